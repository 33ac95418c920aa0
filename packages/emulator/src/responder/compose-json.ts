import type { PromptHints } from './prompt-hints.ts';
import type { JsonRequest } from './requested-json.ts';
import { synthesizeArguments } from './synthesize-value.ts';

/**
 * The JSON text of an answer the request wants as JSON: a value valid against the requested
 * schema (filled from the hints like tool arguments), or `{"answer": …}` when any object will do.
 */
export function composeJson(request: JsonRequest, hints: PromptHints, answer: string): string {
  return JSON.stringify(request.schema ? synthesizeArguments(request.schema, hints) : { answer });
}
