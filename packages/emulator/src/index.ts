/**
 * `@resayil/emulator`: a local LLM Resayil-compatible gateway. Deterministic, scriptable, with
 * fault injection; the toolkit's offline default and the server every integration test talks to.
 */
export { createEmulator } from './create-emulator.ts';
export type { Emulator } from './emulator.ts';
export type { EmulatorOptions, EmulatorProfile, LatencyOptions } from './emulator-options.ts';
export type {
  EmulatorFault,
  EmulatorReply,
  EmulatorReplyBlock,
  EmulatorStep,
  KeyEcho,
} from './scripting/emulator-step.ts';
export { InvalidStepError } from './scripting/invalid-step-error.ts';
export { EmulatorTimeoutError } from './emulator-timeout-error.ts';
export type { RecordedRequest } from './log/recorded-request.ts';
export type { CatalogModel } from './catalog/catalog-model.ts';
export { defaultCatalog } from './catalog/default-catalog.ts';
export { STEP_HEADER } from './scripting/step-header.ts';
export { REDACTED_THINKING_TRIGGER } from './thinking/thinking-seals.ts';
