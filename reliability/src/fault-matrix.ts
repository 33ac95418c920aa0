import type { Emulator, EmulatorProfile } from '@resayil/emulator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntryPoint } from './entry-points/entry-point.ts';
import { FAULT_CASES, type FaultCase } from './fault-cases.ts';
import { knownMatrixIssue } from './known-issues.ts';
import { captureOutput } from './support/capture-output.ts';
import { everythingShown, findSecrets } from './support/find-secrets.ts';
import { REJECTED_KEY } from './support/reliability-key.ts';
import { TEST_KEY, startEmulator } from '@resayil-internal/test-support/emulator';
import { openRequests } from './support/open-requests.ts';
import { UnhandledRejections } from './support/unhandled-rejections.ts';
import { HungError, within } from './support/within.ts';

/** How long any one call may take, whatever the fault: the slowest (keep-alives for ever) ends by its 3 s total timeout. */
const DEADLINE_MS = 5_000;

type Outcome = { ok: true; text: string } | { ok: false; error: unknown };

/**
 * Declares the fault matrix for one emulator profile: every case of the shared table through
 * every entry point. Each test checks the typed error (or an unchanged reply), that the call
 * settled in bounded time, that no rejection went unhandled, that the emulator saw every
 * request end, and that no key appears in the error, the outputs or anything printed.
 */
export function describeFaultMatrix(profile: EmulatorProfile, entryPoints: readonly EntryPoint[]): void {
  describe(`fault matrix, ${profile} profile`, () => {
    let emulator: Emulator;
    const unhandled = new UnhandledRejections();
    const reference = new Map<string, string>();

    beforeAll(async () => {
      unhandled.install();
      emulator = await startEmulator({ profile });
      for (const entry of entryPoints) {
        reference.set(entry.name, await entry.call({ baseURL: emulator.url, apiKey: TEST_KEY, outputs: [] }));
      }
    });
    afterAll(async () => {
      unhandled.uninstall();
      await emulator.close();
    });

    async function run(entry: EntryPoint, testCase: FaultCase) {
      emulator.reset();
      if (testCase.fault) emulator.enqueue({ path: entry.path, fault: testCase.fault });
      const printed = captureOutput();
      const outputs: string[] = [];
      const mark = unhandled.reasons.length;
      const apiKey = testCase.rejectedKey ? REJECTED_KEY : TEST_KEY;
      const outcome: Outcome = await within(
        entry.call({ baseURL: emulator.url, apiKey, outputs }),
        DEADLINE_MS,
        entry.name,
      ).then(
        (text) => ({ ok: true, text }),
        (error: unknown) => ({ ok: false, error }),
      );
      return { outcome, printed, outputs, mark };
    }

    for (const testCase of FAULT_CASES) {
      for (const entry of entryPoints) {
        const expected = entry.streamed ? testCase.streamed : testCase.unstreamed;
        const issue = knownMatrixIssue(entry.name, testCase.name);
        // A known defect of another package: the test must fail until it is fixed (see known-issues.ts).
        const test = issue ? it.fails : it;
        test(`${testCase.name} → ${expected} through ${entry.name}${issue ? ` (known issue ${issue.id})` : ''}`, async () => {
          const { outcome, printed, outputs, mark } = await run(entry, testCase);
          if (!outcome.ok && outcome.error instanceof HungError) throw outcome.error;

          if (expected === 'success') {
            expect(outcome.ok, outcome.ok ? '' : everythingShown(outcome.error)).toBe(true);
            if (outcome.ok) expect(outcome.text).toBe(reference.get(entry.name));
          } else {
            expect(outcome.ok, 'the call should have failed').toBe(false);
            const error = outcome.ok ? undefined : outcome.error;
            expect(entry.errorName(error), everythingShown(error)).toBe(expected);
          }

          // The fault really was applied to this call.
          const model = emulator.requests.filter((request) => request.path === entry.path);
          expect(model).toHaveLength(1);
          expect(model[0]?.fault).toBe(testCase.fault?.type);
          expect(await unhandled.since(mark)).toEqual([]);
          await vi.waitFor(() => expect(openRequests(emulator)).toEqual([]), {
            timeout: 2_000,
            interval: 20,
          });

          const shown = [outcome.ok ? outcome.text : everythingShown(outcome.error), ...outputs, ...printed];
          expect(findSecrets(shown.join('\n'))).toEqual([]);
        });
      }
    }
  });
}
