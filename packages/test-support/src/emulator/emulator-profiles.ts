import type { EmulatorProfile } from '@resayil/emulator';

/**
 * Both emulator profiles: `anthropic` (the official wire format) and `resayil` (the real gateway's
 * quirks). Integration tests of an adapter run in both, e.g. `describe.each(EMULATOR_PROFILES)`.
 */
export const EMULATOR_PROFILES: readonly EmulatorProfile[] = ['anthropic', 'resayil'];
