import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_ENTRY_POINTS } from './entry-points/core-entry-points.ts';
import type { EntryPoint } from './entry-points/entry-point.ts';
import { LANGCHAIN_ENTRY_POINTS } from './entry-points/langchain-entry-points.ts';
import { N8N_ENTRY_POINTS } from './entry-points/n8n-entry-points.ts';
import { ROUTE_ENTRY_POINT } from './entry-points/route-entry-point.ts';
import { QUIRK_EXCEPTIONS, QUIRK_VECTORS, textOf, toolIdsOf } from './quirk-vectors.ts';
import { startFuzzServer, type FuzzServer } from './support/fuzz-server.ts';

// A quirk fixed once in core's protocol is fixed everywhere: every vector of core's fixtures (each
// recorded stream, a JSON reply to a streamed request, tool calls without ids) goes through every
// entry point of every adapter, byte for byte from a real socket, and must give what core reads.

const ENTRY_POINTS: readonly EntryPoint[] = [
  ...CORE_ENTRY_POINTS,
  ROUTE_ENTRY_POINT,
  ...LANGCHAIN_ENTRY_POINTS,
  ...N8N_ENTRY_POINTS,
];

const cases = ENTRY_POINTS.flatMap((entry) =>
  QUIRK_VECTORS.filter((vector) => vector.path === entry.path && (vector.whole || entry.streamed)).map(
    (vector) => ({ entry, vector, name: `${entry.name} ← ${vector.file}` }),
  ),
);

describe('quirk vectors through every entry point', () => {
  let server: FuzzServer;
  beforeAll(async () => {
    server = await startFuzzServer();
  });
  afterAll(() => server.close());

  it('covers every vector, the quirks included', () => {
    const files = QUIRK_VECTORS.map((vector) => vector.file);
    expect(files).toContain('anthropic-reply.json');
    expect(files).toContain('resayil-tool-use-no-id.sse');
    expect(files).toContain('openai-ollama-tools.sse');
    for (const vector of QUIRK_VECTORS) {
      expect(cases.filter((c) => c.vector === vector).length, vector.file).toBeGreaterThan(0);
    }
  });

  it.each(cases)('$name', async ({ entry, vector }) => {
    server.respondWith({
      status: 200,
      headers: { 'content-type': vector.contentType },
      chunks: [vector.body],
      cut: false,
    });
    const outputs: string[] = [];
    const text = await entry.call({ baseURL: server.url, apiKey: TEST_KEY, outputs });
    expect(text).toBe(textOf(vector.message));
    const exception = QUIRK_EXCEPTIONS.find((e) => e.entryPoint === entry.name);
    const shown = outputs.join('\n');
    for (const id of toolIdsOf(vector.message)) {
      expect(id).not.toBe('');
      if (!exception?.skipsToolCalls) expect(shown, `tool id ${id}`).toContain(JSON.stringify(id));
    }
    expect(shown).not.toMatch(/"id":""|"toolCallId":""|"tool_call_id":""/);
  });
});
