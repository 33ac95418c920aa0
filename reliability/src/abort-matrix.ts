import type { Emulator, EmulatorProfile } from '@resayil/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryPoint } from './entry-points/entry-point.ts';
import { captureOutput } from './support/capture-output.ts';
import { everythingShown, findSecrets } from './support/find-secrets.ts';
import { TEST_KEY, startEmulator } from '@resayil-internal/test-support/emulator';
import { UnhandledRejections } from './support/unhandled-rejections.ts';
import { within } from './support/within.ts';

/** How long an abort may take to reach the emulator, and the call to settle. */
export const ABORT_BOUND_MS = 2_000;

/**
 * Declares the abort tests for one profile: each entry point is aborted while the gateway is
 * still answering (streamed: after the first token of a slow reply; not streamed: while the
 * gateway holds the response back). The emulator must see the client disconnect, and the call
 * must settle with the entry point's abort error, both within {@link ABORT_BOUND_MS}.
 */
export function describeAbortMatrix(profile: EmulatorProfile, entryPoints: readonly EntryPoint[]): void {
  describe(`abort reaches the gateway, ${profile} profile`, () => {
    let emulator: Emulator;
    const unhandled = new UnhandledRejections();
    beforeAll(async () => {
      unhandled.install();
      emulator = await startEmulator({ profile });
    });
    afterAll(async () => {
      unhandled.uninstall();
      await emulator.close();
    });

    for (const entry of entryPoints) {
      it(`through ${entry.name}`, async () => {
        emulator.reset();
        emulator.enqueue({
          path: entry.path,
          fault: entry.streamed ? { type: 'slow', tokenIntervalMs: 50 } : { type: 'stall', afterEvents: 0 },
        });
        const printed = captureOutput();
        const outputs: string[] = [];
        const mark = unhandled.reasons.length;
        const controller = new AbortController();
        let firstText: () => void = () => {};
        const gotText = new Promise<void>((resolve) => {
          firstText = resolve;
        });
        const call = entry
          .call({
            baseURL: emulator.url,
            apiKey: TEST_KEY,
            outputs,
            signal: controller.signal,
            onText: firstText,
          })
          .then(
            () => ({ ok: true as const }),
            (error: unknown) => ({ ok: false as const, error }),
          );
        const request = await emulator.waitForRequest((r) => r.path === entry.path, 3_000);
        if (entry.streamed && entry.reportsText !== false) await within(gotText, 3_000, 'the first token');
        // Streamed without visible text: let a few of the slow events go out first.
        else if (entry.streamed) await new Promise((resolve) => setTimeout(resolve, 150));
        controller.abort();

        const seen = await emulator.waitForDisconnect(request.id, ABORT_BOUND_MS);
        expect(seen.clientDisconnected).toBe(true);
        expect(seen.completedAt).toBeUndefined();
        const outcome = await within(call, ABORT_BOUND_MS, `${entry.name} after the abort`);
        expect(outcome.ok, 'an aborted call must not resolve as if complete').toBe(false);
        const error = outcome.ok ? undefined : outcome.error;
        expect(entry.errorName(error), everythingShown(error)).toBe(entry.abortOutcome);
        expect(await unhandled.since(mark)).toEqual([]);
        expect(findSecrets([everythingShown(error), ...outputs, ...printed].join('\n'))).toEqual([]);
      });
    }
  });
}
