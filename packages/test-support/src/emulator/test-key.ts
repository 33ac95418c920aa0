/**
 * The API key every test emulator accepts. Unusual enough that finding it in an error message, a
 * log line, a node output or a snapshot can only mean a leak, so tests search for it.
 */
export const TEST_KEY = 'rsk-test-5c1e9a7f3b2d4e6f8a0b1c2d3e4f5a6b';
