import type { JsonFormat } from '../conversation/conversation.ts';
import { instructionTexts, type Instructions } from './gather-instructions.ts';
import { schemaFromWords } from './schema-from-words.ts';

type Schema = Record<string, unknown>;

/** A JSON reply the request asks for: a schema to satisfy, or (`schema: undefined`) any JSON object. */
export interface JsonRequest {
  schema: Schema | undefined;
}

/** Words that ask for a JSON reply ("Reply in JSON", "Return a JSON object", "only valid JSON", "بصيغة JSON"). */
const ASKS_FOR_JSON =
  /\b(?:reply|respond|answer|return|output|produce|give|write|format|formatted|provide|generate)\b[^.!?\n]{0,60}\bJSON\b|\b(?:only|valid)\s+JSON\b|\bJSON\s+only\b|(?:بصيغة|بتنسيق)\s*JSON/iu;

/**
 * Whether, and in what shape, the request wants its answer as JSON: a `response_format` /
 * `output_format` JSON schema; else `json_object`, or a sentence of the instructions that asks for
 * JSON, shaped by the JSON Schema the instructions embed (as `withStructuredOutput`'s `jsonSchema`
 * method does), by an example object, or by keys and types named in words; else any object.
 */
export function requestedJson(
  format: JsonFormat | undefined,
  instructions: Instructions,
): JsonRequest | undefined {
  if (format?.type === 'json_schema') return { schema: format.schema };
  const texts = instructionTexts(instructions);
  const asking = texts.filter((text) => ASKS_FOR_JSON.test(text));
  if (!format && asking.length === 0) return undefined;
  for (const text of asking.length > 0 ? asking : texts) {
    const schema = embeddedSchema(text) ?? schemaFromWords(text);
    if (schema) return { schema };
  }
  return { schema: undefined };
}

/** The first JSON object in a text: a schema as it is, an example object as the schema of its values. */
function embeddedSchema(text: string): Schema | undefined {
  for (const value of jsonObjectsIn(text)) {
    if (looksLikeSchema(value)) return value;
    if (Object.keys(value).length > 0) return schemaOfExample(value);
  }
  return undefined;
}

function looksLikeSchema(value: Schema): boolean {
  return (
    typeof value.properties === 'object' ||
    typeof value.$schema === 'string' ||
    (typeof value.type === 'string' && ['object', 'array'].includes(value.type))
  );
}

/** A schema every value of which has the type of the example's value. */
export function schemaOfExample(example: unknown): Schema {
  if (Array.isArray(example))
    return { type: 'array', items: example.length > 0 ? schemaOfExample(example[0]) : {} };
  if (example === null) return { type: 'null' };
  if (typeof example === 'object') {
    const entries = Object.entries(example as Schema);
    return {
      type: 'object',
      properties: Object.fromEntries(entries.map(([key, value]) => [key, schemaOfExample(value)])),
      required: entries.map(([key]) => key),
    };
  }
  if (typeof example === 'number') return { type: Number.isInteger(example) ? 'integer' : 'number' };
  return { type: typeof example };
}

/** The JSON objects written in a text, in order (each outermost `{…}` that parses). */
function jsonObjectsIn(text: string): Schema[] {
  const found: Schema[] = [];
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end < 0) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        found.push(value as Schema);
        start = end;
      }
    } catch {
      // Not JSON (a template, prose in braces): look further.
    }
  }
  return found;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}
