import { Resayil } from '../client/resayil.ts';
import { DEFAULT_MAX_TOKENS } from '../protocol/index.ts';
import type { ResayilOptions } from '../client/resolve-options.ts';
import type { ToolDefinition } from '../client/tool-definition.ts';
import { createChatStreamMapper } from './chat-stream-mapper.ts';
import { parseChatRequest, type ChatRequest } from './parse-chat-request.ts';
import { toChatEventStream, type ChatEventSource } from './to-chat-event-stream.ts';
import { toChatStreamError } from './to-chat-stream-error.ts';

/** Options of `createChatRouteHandler`. */
export interface ChatRouteOptions {
  /** The model, or a function choosing it from the request. */
  model: string | ((request: ChatRequest) => string);
  /** The client, or the options to create one on first use (the key stays on the server). Default: `new Resayil()`. */
  client?: Resayil | ResayilOptions;
  /** Default: `DEFAULT_MAX_TOKENS` (4096), as in every adapter. */
  maxTokens?: number;
  /** A system prompt applied to every conversation. */
  system?: string;
  /** Server-side tools the model may call; their calls and results are streamed to the browser. */
  tools?: ToolDefinition[];
  /** The most model replies per request when tools are used. Default: 8. */
  maxRounds?: number;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

/**
 * A route handler for Next.js (App Router) and any `Request`/`Response` runtime: it reads
 * `{ messages }` from the request body, streams the model's reply as server-sent events
 * (`ChatStreamEvent`s), and passes `request.signal` upstream so that a client that disconnects or
 * presses Stop ends the gateway request too. Errors arrive as a final `error` event; the API
 * key never leaves the server.
 *
 * ```ts
 * // app/api/chat/route.ts
 * export const POST = createChatRouteHandler({ model: 'qwen3.5:397b' });
 * ```
 */
export function createChatRouteHandler(options: ChatRouteOptions): (request: Request) => Promise<Response> {
  // Duck-typed rather than `instanceof`: bundlers (Next.js builds routes and instrumentation
  // separately) can give the caller a `Resayil` from another copy of this module.
  const given = isClient(options.client) ? options.client : undefined;
  let client: Resayil | undefined = given;
  return async (request) => {
    let chat: ChatRequest;
    try {
      chat = parseChatRequest(await request.text());
    } catch (error) {
      return Response.json({ error: toChatStreamError(error) }, { status: 400 });
    }
    const tools = options.tools ?? [];
    const runsTools = tools.length > 0;
    const open = (): ChatEventSource => {
      // Created inside the stream, so that a missing key arrives as an `error` event.
      client ??= new Resayil(given ? {} : (options.client as ResayilOptions | undefined));
      const params = {
        model: typeof options.model === 'function' ? options.model(chat) : options.model,
        max_tokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
        messages: chat.messages,
        ...(options.system === undefined ? {} : { system: options.system }),
      };
      const { maxRounds } = options;
      if (runsTools) {
        const run = client.messages.runTools(
          { ...params, tools, ...(maxRounds === undefined ? {} : { maxRounds }) },
          { signal: request.signal },
        );
        return run[Symbol.asyncIterator]();
      }
      // Text is forwarded, never reread: not keeping it keeps memory flat on long replies.
      const stream = client.messages.stream(params, { signal: request.signal, keepText: false });
      return Object.assign(stream[Symbol.asyncIterator](), { connected: stream.connected });
    };
    return new Response(await toChatEventStream(open, createChatStreamMapper(runsTools)), {
      headers: { ...SSE_HEADERS, ...options.headers },
    });
  };
}

function isClient(value: unknown): value is Resayil {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Resayil>).messages?.runTools === 'function'
  );
}
