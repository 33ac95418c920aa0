import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { N8N_ENTRY_POINTS, NodeApiError } from './entry-points/n8n-entry-points.ts';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { startFuzzServer, type FuzzServer } from './support/fuzz-server.ts';

// Reproductions of the defects in KNOWN_ISSUES that the fault matrix does not already show. Each
// is `it.fails`: it passes while the defect is there; when the owner fixes it, the test fails and
// the entry in known-issues.ts goes.
describe('known issues in other packages', () => {
  let server: FuzzServer;
  beforeAll(async () => {
    server = await startFuzzServer();
  });
  afterAll(() => server.close());

  it('n8n node: a 503 cut mid-body gives a NodeApiError naming the error (fixed; kept as a regression test)', async () => {
    server.respondWith({
      status: 503,
      headers: { 'content-type': 'application/json' },
      chunks: [new TextEncoder().encode('{"error":')],
      cut: true,
    });
    const entry = N8N_ENTRY_POINTS[0];
    const error = await entry
      ?.call({ baseURL: server.url, apiKey: TEST_KEY, outputs: [] })
      .catch((e: unknown) => e);
    // n8n's own error class, and the typed class says what happened: the connection broke while
    // the error body was being read.
    expect(error).toBeInstanceOf(NodeApiError);
    expect((error as InstanceType<typeof NodeApiError>).errorResponse?.errorType).toBe('ConnectionError');
  });
});
