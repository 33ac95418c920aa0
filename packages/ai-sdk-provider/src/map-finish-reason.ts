import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';
import type { StopReason } from '@resayil/core';

/**
 * The gateway's `stop_reason` as the AI SDK's finish reason (the raw value kept). A forced call
 * of the structured-output tool is the answer itself, so it finishes with `stop`.
 */
export function mapFinishReason(
  stopReason: StopReason | null,
  structuredOutput = false,
): LanguageModelV4FinishReason {
  const raw = stopReason ?? undefined;
  switch (stopReason) {
    case 'end_turn':
    case 'stop_sequence':
    case 'pause_turn':
      return { unified: 'stop', raw };
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return { unified: 'length', raw };
    case 'tool_use':
      return { unified: structuredOutput ? 'stop' : 'tool-calls', raw };
    case 'refusal':
      return { unified: 'content-filter', raw };
    default:
      return { unified: 'other', raw };
  }
}
