/**
 * Parsed JSON in test assertions, where walking into deep wire shapes with full typing would
 * drown the point of the test. Used by tests only.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON wire shapes
export type AnyJson = any;
