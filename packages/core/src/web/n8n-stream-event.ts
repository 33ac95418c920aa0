/** Which node run, and which of its input items, an n8n stream chunk belongs to. */
export interface N8nChunkMetadata {
  nodeId: string;
  nodeName: string;
  /** The input item the node is streaming for (each item gets its own `begin`…`end`). */
  itemIndex: number;
  /** Which run of the node (a node in a loop runs more than once). */
  runIndex: number;
  /** When n8n sent the chunk, in milliseconds since the epoch. */
  timestamp?: number;
}

/**
 * One line of a streaming n8n webhook reply (Webhook node with Respond set to "Streaming"), as
 * `readN8nStream` yields it: a node starts streaming an item (`begin`), sends text (`item`), and
 * finishes it (`end`). `error` lines and keepalives are handled by the reader, not yielded.
 */
export type N8nStreamEvent =
  | { type: 'begin'; metadata: N8nChunkMetadata }
  | { type: 'item'; content: string; metadata: N8nChunkMetadata }
  | { type: 'end'; metadata: N8nChunkMetadata };
