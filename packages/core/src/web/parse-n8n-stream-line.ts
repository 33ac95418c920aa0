import { isRecord } from '../protocol/json/is-record.ts';
import type { N8nChunkMetadata, N8nStreamEvent } from './n8n-stream-event.ts';

/** What one line of an n8n streaming reply is, as `parseN8nStreamLine` classifies it. */
export type N8nStreamLine =
  | N8nStreamEvent
  | { type: 'error'; content: string | undefined; metadata: N8nChunkMetadata | undefined }
  | { type: 'keepalive' }
  /** A chunk type this reader does not know (a newer n8n); skipped. */
  | { type: 'unknown'; chunkType: string }
  /** Not an n8n stream chunk at all. */
  | { type: 'invalid'; problem: string };

/**
 * Classifies one NDJSON line of a streaming n8n webhook reply. Never throws: lines that are not
 * JSON, or JSON that is not a chunk, come back as `invalid` with the reason.
 */
export function parseN8nStreamLine(line: string): N8nStreamLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { type: 'invalid', problem: 'not JSON' };
  }
  if (!isRecord(value) || typeof value.type !== 'string') {
    return { type: 'invalid', problem: 'not an n8n stream chunk (no "type")' };
  }
  const metadata = readMetadata(value.metadata);
  const content = typeof value.content === 'string' ? value.content : undefined;
  switch (value.type) {
    case 'keepalive':
      return { type: 'keepalive' };
    case 'error':
      return { type: 'error', content, metadata };
    case 'begin':
    case 'end':
    case 'item':
      if (!metadata) return { type: 'invalid', problem: `a "${value.type}" chunk without node metadata` };
      return value.type === 'item'
        ? { type: 'item', content: content ?? '', metadata }
        : { type: value.type, metadata };
    default:
      return { type: 'unknown', chunkType: value.type };
  }
}

function readMetadata(value: unknown): N8nChunkMetadata | undefined {
  if (
    !isRecord(value) ||
    typeof value.nodeId !== 'string' ||
    typeof value.nodeName !== 'string' ||
    typeof value.itemIndex !== 'number' ||
    typeof value.runIndex !== 'number'
  ) {
    return undefined;
  }
  const { nodeId, nodeName, itemIndex, runIndex, timestamp } = value;
  return typeof timestamp === 'number'
    ? { nodeId, nodeName, itemIndex, runIndex, timestamp }
    : { nodeId, nodeName, itemIndex, runIndex };
}
