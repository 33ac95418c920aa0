import { parsePartialJson } from '../json/parse-partial-json.ts';
import type { ToolInputDeltaStreamEvent } from '../stream-event.ts';

/**
 * The `tool_input_delta` event of one input fragment. Its `snapshot` (the best parse of `json`,
 * everything received so far) is parsed when first read, and kept: a consumer that never reads
 * it costs no parse per fragment, which on a long input would be quadratic. Internal.
 */
export function toolInputDelta(
  index: number,
  id: string,
  partialJson: string,
  json: string,
): ToolInputDeltaStreamEvent {
  let parsed: { value: unknown } | undefined;
  return {
    type: 'tool_input_delta',
    index,
    id,
    partialJson,
    get snapshot(): unknown {
      parsed ??= { value: parsePartialJson(json) };
      return parsed.value;
    },
  };
}
