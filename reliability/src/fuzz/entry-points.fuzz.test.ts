import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CORE_ENTRY_POINTS } from '../entry-points/core-entry-points.ts';
import type { EntryPoint } from '../entry-points/entry-point.ts';
import { LANGCHAIN_ENTRY_POINTS } from '../entry-points/langchain-entry-points.ts';
import { N8N_ENTRY_POINTS } from '../entry-points/n8n-entry-points.ts';
import { ROUTE_ENTRY_POINT } from '../entry-points/route-entry-point.ts';
import { everythingShown, findSecrets } from '../support/find-secrets.ts';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { startFuzzServer, type FuzzServer } from '../support/fuzz-server.ts';
import { UnhandledRejections } from '../support/unhandled-rejections.ts';
import { HungError, within } from '../support/within.ts';
import { knownIssue } from '../known-issues.ts';
import { anyFuzzResponse } from './arbitrary-body.ts';

const ENTRY_POINTS: EntryPoint[] = [
  ...CORE_ENTRY_POINTS,
  ROUTE_ENTRY_POINT,
  ...LANGCHAIN_ENTRY_POINTS,
  ...N8N_ENTRY_POINTS,
];

// A gateway that answers anything at all, over real HTTP: every entry point must give a reply or
// its typed error, in bounded time, with no rejection left unhandled and no request left open.
describe('fuzz: every entry point against a gateway that answers anything', () => {
  let server: FuzzServer;
  const unhandled = new UnhandledRejections();
  beforeAll(async () => {
    unhandled.install();
    server = await startFuzzServer();
  });
  afterAll(async () => {
    unhandled.uninstall();
    await server.close();
  });

  for (const entry of ENTRY_POINTS) {
    it(`through ${entry.name}`, async () => {
      await fc.assert(
        fc.asyncProperty(anyFuzzResponse, async (response) => {
          server.respondWith(response);
          const mark = unhandled.reasons.length;
          const outputs: string[] = [];
          const outcome = await within(
            entry.call({ baseURL: server.url, apiKey: TEST_KEY, outputs }),
            3_000,
            entry.name,
          ).then(
            () => undefined,
            (error: unknown) => error,
          );
          if (outcome instanceof HungError) throw outcome;
          if (outcome !== undefined && entry.errorName(outcome) === undefined && !knownIssue(outcome)) {
            throw new Error(`untyped failure: ${everythingShown(outcome)}`, { cause: outcome });
          }
          expect(await unhandled.since(mark)).toEqual([]);
          expect(findSecrets([everythingShown(outcome), ...outputs].join('\n'))).toEqual([]);
          await vi.waitFor(() => expect(server.openRequests).toBe(0), { timeout: 2_000, interval: 10 });
        }),
        { numRuns: 60 },
      );
    });
  }
});
