import { StreamParseError, TruncatedStreamError, type Message } from '../protocol/index.ts';
import { N8nStreamError } from './n8n-stream-error.ts';
import type { N8nChunkMetadata, N8nStreamEvent } from './n8n-stream-event.ts';
import { parseN8nStreamLine } from './parse-n8n-stream-line.ts';
import { readLines } from './read-lines.ts';

const NOT_A_STREAM =
  'The n8n webhook answered with a whole reply, not a stream: set the Webhook (or Chat Trigger) ' +
  'node\'s Respond option to "Streaming", and turn on streaming in the node that should stream ' +
  "(the Resayil node's Stream option, or the AI Agent's Enable Streaming).";

/**
 * Reads the reply of a streaming n8n webhook (a Webhook or Chat Trigger node whose Respond
 * option is "Streaming"): yields each `begin`, `item` and `end` chunk as it
 * arrives. It never returns a short answer as if it were whole:
 *
 * - an `error` line from a node throws `N8nStreamError` naming the node;
 * - a reply that ends while a node has begun but not ended (the execution stopped, for example
 *   because the worker running it died; n8n sends no error line then), or before any node
 *   streamed, throws `TruncatedStreamError` with the text received in `error.partial`;
 * - an HTTP error, or a webhook that answers with a whole reply, throws `N8nStreamError`.
 *
 * Breaking out of the loop cancels the response. Works in browsers and in Node.
 *
 * ```ts
 * const response = await fetch(webhookUrl, { method: 'POST', body: JSON.stringify({ prompt }), signal });
 * for await (const chunk of readN8nStream(response)) if (chunk.type === 'item') append(chunk.content);
 * ```
 */
export async function* readN8nStream(response: Response): AsyncGenerator<N8nStreamEvent> {
  if (!response.ok) throw await httpError(response);
  if (!response.body) throw new N8nStreamError(`${NOT_A_STREAM} (The reply has no body.)`);
  const reader = response.body.getReader();
  const open = new Map<string, N8nChunkMetadata>();
  const text: string[] = [];
  let lines = 0;
  let begun = 0;
  let finished = false;
  try {
    for await (const line of readLinesOrCut(reader, () => ({ lines, open, text }))) {
      const chunk = parseN8nStreamLine(line);
      lines += 1;
      if (chunk.type === 'invalid') {
        if (lines === 1) throw new N8nStreamError(`${NOT_A_STREAM} It began: ${snippet(line)}`);
        throw new StreamParseError({ dataSnippet: snippet(line), problem: chunk.problem });
      }
      if (chunk.type === 'error') throw nodeError(chunk.content, chunk.metadata);
      if (chunk.type === 'keepalive' || chunk.type === 'unknown') continue;
      const key = keyOf(chunk.metadata);
      if (chunk.type === 'begin') {
        open.set(key, chunk.metadata);
        begun += 1;
      } else if (chunk.type === 'end') {
        open.delete(key);
      } else {
        text.push(chunk.content);
      }
      yield chunk;
    }
    if (open.size > 0 || begun === 0) throw truncated({ lines, open, text });
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

interface Progress {
  lines: number;
  open: Map<string, N8nChunkMetadata>;
  text: string[];
}

/** `readLines`, with a connection that fails mid-body reported as a truncated stream. */
async function* readLinesOrCut(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  progress: () => Progress,
): AsyncGenerator<string> {
  try {
    yield* readLines(reader);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw truncated(progress(), error);
  }
}

function truncated({ lines, open, text }: Progress, cause?: unknown): TruncatedStreamError {
  const names = [...new Set([...open.values()].map((metadata) => `"${metadata.nodeName}"`))];
  const what =
    cause !== undefined
      ? 'The connection to n8n failed before the stream ended.'
      : names.length > 0
        ? `The n8n stream ended while ${names.join(', ')} had not finished (no "end" line): the execution stopped, for example because the n8n worker running it died. Check the execution in n8n.`
        : 'The n8n stream ended before any node streamed: the execution failed first, or no node in the workflow has streaming turned on. Check the execution in n8n.';
  return new TruncatedStreamError({ message: what, eventCount: lines, partial: partialOf(text), cause });
}

function nodeError(content: string | undefined, metadata: N8nChunkMetadata | undefined): N8nStreamError {
  const node = metadata ? `The n8n node "${metadata.nodeName}"` : 'An n8n node';
  const details = content?.trim() ? `: ${content.trim()}` : ' without details';
  return new N8nStreamError(`${node} failed${details}. Open the execution in n8n to see the whole error.`, {
    nodeName: metadata?.nodeName,
    nodeId: metadata?.nodeId,
  });
}

async function httpError(response: Response): Promise<N8nStreamError> {
  const body = await response.text().catch(() => '');
  let said = body.trim();
  try {
    const parsed = JSON.parse(body) as { message?: unknown; hint?: unknown };
    if (typeof parsed.message === 'string') {
      said = typeof parsed.hint === 'string' ? `${parsed.message} ${parsed.hint}` : parsed.message;
    }
  } catch {
    // not JSON: keep the text
  }
  const fix =
    response.status === 404
      ? ' Check the webhook URL, and that the workflow is active (production URL) or listening (test URL).'
      : response.status >= 500
        ? ' The workflow failed before streaming; check the execution in n8n.'
        : '';
  return new N8nStreamError(
    `The n8n webhook answered ${response.status}${said ? `: ${snippet(said)}` : '.'}${fix}`,
    { status: response.status },
  );
}

function partialOf(text: string[]): Message {
  return {
    id: '',
    type: 'message',
    role: 'assistant',
    model: '',
    content: text.length > 0 ? [{ type: 'text', text: text.join('') }] : [],
    stop_reason: null,
    stop_sequence: null,
    usage: {},
  };
}

function keyOf(metadata: N8nChunkMetadata): string {
  return `${metadata.nodeId}\u0000${metadata.runIndex}\u0000${metadata.itemIndex}`;
}

function snippet(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
