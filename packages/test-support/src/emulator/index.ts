/**
 * `@resayil-internal/test-support/emulator`: the one emulator fixture every workspace's tests use.
 * The emulator's own tests start it from its source instead, since it is what they test.
 */
export { TEST_KEY } from './test-key.ts';
export { EMULATOR_PROFILES } from './emulator-profiles.ts';
export { startEmulator } from './start-emulator.ts';
export { useEmulator, type EmulatorFixture } from './use-emulator.ts';
export { latestDisconnect } from './latest-disconnect.ts';
export { requestBodies } from './request-bodies.ts';
