/**
 * `@resayil/ai-sdk-provider`: LLM Resayil for the Vercel AI SDK, built on `@resayil/core`.
 */
export {
  createResayil,
  resayil,
  type ResayilProvider,
  type ResayilProviderSettings,
} from './resayil-provider.ts';
export { ResayilLanguageModel, type ResayilModelId } from './resayil-language-model.ts';
export type { ResayilCallOptions, ResayilPartOptions } from './resayil-provider-options.ts';
export type { ResayilRoute } from './prepare-request.ts';
export { VERSION } from './version.ts';
