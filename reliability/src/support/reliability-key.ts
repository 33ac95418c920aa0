import { TEST_KEY } from '@resayil-internal/test-support/emulator';

/** A second key the emulator rejects, for the "wrong key" case; it must not leak either. */
export const REJECTED_KEY = 'sk-rejected-0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d';

/** Every secret the scan looks for: the key the test emulators accept, and the rejected one. */
export const SECRETS = [TEST_KEY, REJECTED_KEY] as const;
