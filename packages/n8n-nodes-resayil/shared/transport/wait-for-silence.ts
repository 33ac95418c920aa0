import { sleep } from 'n8n-workflow';

/**
 * Resolves `true` once `lastActivity()` (a `Date.now()` time) lies `ms` in the past, or `false`
 * as soon as `stopped()` holds. It wakes at least once a second, so a finished read leaves at
 * most a one-second sleep behind (n8n's Cloud rules allow `sleep`, not timers that can be
 * cleared).
 */
export async function waitForSilence(
	ms: number,
	lastActivity: () => number,
	stopped: () => boolean,
): Promise<boolean> {
	for (;;) {
		if (stopped()) return false;
		const silentFor = Date.now() - lastActivity();
		if (silentFor >= ms) return true;
		await sleep(Math.min(ms - silentFor, 1000));
	}
}
