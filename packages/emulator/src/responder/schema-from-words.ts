type Schema = Record<string, unknown>;

const LIST_INTRO =
  /\b(?:keys?|fields?|properties|attributes|members|entries)\b(?:\s+(?:named|called))?\s*:?\s*/iu;
const QUOTED_KEY = /^[`"'“‘]([^`"'”’]{1,64})[`"'”’]/u;
const FILLER = new Set(
  'a an the one called named key field property with plus also list array set of as is'.split(' '),
);
const NUMERIC_NAME =
  /^(?:age|count|number|total|amount|price|cost|quantity|qty|year|score|rating|size|length|width|height|weight|[a-z]*_?(?:count|total|amount|price|number|num))$/iu;
const BOOLEAN_NAME = /^(?:is|has|can|should|was)[_A-Z]/u;

/**
 * A JSON Schema for the object a prompt describes in words: "Reply in JSON with the keys name
 * (string), age (integer) and tags (a list of strings)" or "fields: city as a string, sunny as a
 * boolean". Keys may be quoted or bare; a key's type comes from the words beside it (string,
 * text, number, integer, boolean, list/array of …, object), else from its name (`age`, `count`,
 * `price` → number, `is_…`, `has…` → boolean), else string. Every key is required. `undefined`
 * when the text lists no keys.
 */
export function schemaFromWords(text: string): Schema | undefined {
  const intro = LIST_INTRO.exec(text);
  if (!intro) return undefined;
  const list = (text.slice(intro.index + intro[0].length).split(/[.!?\n](?:\s|$)/u)[0] ?? '').trim();
  const properties: Record<string, Schema> = {};
  for (const piece of list.split(/,|;|\band\b|\bplus\b|&/iu)) {
    const key = keyOf(piece.trim());
    if (key && !(key in properties)) properties[key] = typeFromWords(piece, key);
  }
  const keys = Object.keys(properties);
  if (keys.length === 0) return undefined;
  return { type: 'object', properties, required: keys, additionalProperties: false };
}

function keyOf(piece: string): string | undefined {
  const quoted = QUOTED_KEY.exec(piece);
  if (quoted) return quoted[1];
  const anywhere = /[`"“]([^`"”]{1,64})[`"”]/u.exec(piece);
  if (anywhere) return anywhere[1];
  const words = piece.match(/[A-Za-z_][A-Za-z0-9_]*/gu) ?? [];
  return words.find((word) => !FILLER.has(word.toLowerCase()) && typeWord(word) === undefined);
}

function typeFromWords(piece: string, key: string): Schema {
  const rest = piece.replace(key, ' ');
  const list = /\b(?:list|array|set)s?\s+of\s+(\w+)/iu.exec(rest);
  if (list) return { type: 'array', items: { type: typeWord(list[1] ?? '') ?? 'string' }, minItems: 1 };
  if (/\b(?:list|array)\b/iu.test(rest)) return { type: 'array', items: { type: 'string' }, minItems: 1 };
  for (const word of rest.match(/[A-Za-z]+/gu) ?? []) {
    const type = typeWord(word);
    if (type) return type === 'object' ? { type, properties: {} } : { type };
  }
  if (NUMERIC_NAME.test(key)) return { type: 'number' };
  if (BOOLEAN_NAME.test(key)) return { type: 'boolean' };
  return { type: 'string' };
}

function typeWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (/^(?:strings?|text|str|words?)$/u.test(lower)) return 'string';
  if (/^(?:integers?|int|ints|whole)$/u.test(lower)) return 'integer';
  if (/^(?:numbers?|float|floats|decimal|double|numeric)$/u.test(lower)) return 'number';
  if (/^(?:booleans?|bool|flag)$/u.test(lower)) return 'boolean';
  if (/^(?:objects?|dict|dictionary|map|mapping)$/u.test(lower)) return 'object';
  return undefined;
}
