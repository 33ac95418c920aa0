/**
 * `@resayil/core/web`: browser-safe pieces. `readChatStream` reads what the server-side
 * `createChatRouteHandler` (from `@resayil/core`) sends; `readN8nStream` reads a streaming n8n
 * webhook's reply.
 */
export { readChatStream } from './read-chat-stream.ts';
export { ChatStreamError } from './chat-stream-error.ts';
export type { ChatStreamEvent, ChatStreamErrorInfo } from './chat-stream-event.ts';
export { readN8nStream } from './read-n8n-stream.ts';
export { N8nStreamError } from './n8n-stream-error.ts';
export type { N8nStreamEvent, N8nChunkMetadata } from './n8n-stream-event.ts';
