import { createResayil } from '@resayil/ai-sdk-provider';
import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
  toUIMessageStream,
  type UIMessage,
} from 'ai';
import { getBackend } from '../../../lib/get-backend.ts';
import { getTimeTool } from '../../../lib/get-time-tool.ts';
import { toErrorText } from '../../../lib/to-error-text.ts';

// Stream on Node (not the edge runtime), never cache, and allow long answers.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const maxDuration = 300;

const SYSTEM =
  'You are a helpful assistant in a demo chat. Answer in the language of the question. ' +
  'Use the get_time tool when asked for the time somewhere.';

/**
 * `POST /api/chat` with `useChat`'s `{ messages }`: `streamText` with the Resayil provider and the
 * `get_time` tool, streamed back in the AI SDK's UI message protocol. The request's signal goes
 * upstream, so Stop in the browser (or a closed tab) ends the gateway request too.
 */
export async function POST(request: Request): Promise<Response> {
  const { messages } = (await request.json()) as { messages: UIMessage[] };
  const backend = await getBackend();
  const result = streamText({
    model: createResayil(backend.settings)(backend.model),
    system: SYSTEM,
    messages: await convertToModelMessages(messages),
    tools: { get_time: getTimeTool },
    stopWhen: stepCountIs(4),
    abortSignal: request.signal,
    onError: ({ error }) => console.error(`[nextjs-ai-sdk] ${(error as Error).message}`),
  });
  return createUIMessageStreamResponse({
    stream: toUIMessageStream({ stream: result.stream, onError: toErrorText }),
  });
}
