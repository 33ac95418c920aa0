import type { ModelProfile } from '@langchain/core/language_models/profile';
import { resolveCapabilities } from '@resayil/core';

/**
 * What agents and middleware may rely on for a Resayil model:
 *
 * - images, PDFs, reasoning output and tool calling: from `@resayil/core`'s capabilities of the
 *   model (the bundled catalog snapshot), and images by name for vision models it does not know
 *   (`-vl`, `vision`); left unset where unknown;
 * - `tool_choice`: yes (the Messages API's tool-use format);
 * - native structured output: no. The gateway has no JSON-schema response format, so `createAgent`
 *   uses its tool strategy (a forced tool call), which works;
 * - audio and video: no;
 * - system messages in the middle of a conversation are accepted but folded into the top-level
 *   system prompt (the Messages API has no system role), so this is reported as `false`;
 * - `maxInputTokens` is left unset: the gateway publishes no context sizes.
 *
 * `overrides` (the `profile` constructor option) win over all of this.
 */
export function resayilProfile(model: string, overrides: Partial<ModelProfile> = {}): ModelProfile {
  const capabilities = resolveCapabilities({ id: model });
  const images = capabilities.images ?? visionByName(model);
  const profile: ModelProfile = {
    toolCalling: capabilities.tools ?? true,
    toolChoice: true,
    structuredOutput: false,
    midConversationSystemMessages: false,
    midConversationTools: true,
    audioInputs: false,
    videoInputs: false,
    pdfToolMessage: false,
    imageOutputs: false,
    audioOutputs: false,
    videoOutputs: false,
  };
  if (images !== undefined) {
    profile.imageInputs = images;
    profile.imageUrlInputs = images;
    profile.imageToolMessage = images;
  }
  if (capabilities.documents !== undefined) profile.pdfInputs = capabilities.documents;
  if (capabilities.thinking !== undefined) profile.reasoningOutput = capabilities.thinking;
  return { ...profile, ...overrides };
}

function visionByName(model: string): boolean | undefined {
  return /(^|[-_:/.])vl([-_:/.]|$)|vision/u.test(model.toLowerCase()) ? true : undefined;
}
