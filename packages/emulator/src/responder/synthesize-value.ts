import type { PromptHints } from './prompt-hints.ts';
import { wordsOf } from './tool-mentions.ts';

type Schema = Record<string, unknown>;

/** What value synthesis needs besides the schema. */
interface Context {
  root: Schema;
  hints: PromptHints;
  /** Index of the next prompt number to hand out. */
  nextNumber: number;
  /** Index of the next quoted string to hand out. */
  nextQuoted: number;
  /** Index of the next date to hand out. */
  nextDate: number;
}

const MAX_DEPTH = 8;
const LOCATION = /city|location|place|town|country|destination|region|address|origin/iu;
const FREE_TEXT =
  /^(q|query|question|prompt|text|input|message|search|term|terms|keywords?|topic|content|description|body)$/iu;
const DATE_NAME =
  /(?:^| )(?:date|day|when|deadline|birthday|departure|arrival|check in|check out|checkin|checkout)$/u;
const FORMATS: Record<string, string> = {
  date: '2026-01-15',
  'date-time': '2026-01-15T09:30:00Z',
  time: '09:30:00',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
};

/**
 * Builds a value that validates against a JSON schema (required properties, types, enums, consts,
 * nested objects and arrays, local `$ref`s, `anyOf`/`oneOf`/`allOf`), picking values from the
 * prompt where it can: a place for location-like fields, quoted text or the prompt for free text,
 * numbers in order, enum values the prompt mentions.
 */
export function synthesizeArguments(schema: Schema, hints: PromptHints): unknown {
  const context: Context = { root: schema, hints, nextNumber: 0, nextQuoted: 0, nextDate: 0 };
  return valueFor(schema, '', context, 0);
}

function valueFor(raw: unknown, name: string, context: Context, depth: number): unknown {
  const schema = resolve(raw, context.root);
  if (depth > MAX_DEPTH) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return pickEnum(schema.enum, context.hints);
  const variants = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) {
    const usable = variants.find((v) => resolve(v, context.root).type !== 'null') ?? variants[0];
    return valueFor(
      { ...withoutKeys(schema, ['anyOf', 'oneOf']), ...resolve(usable, context.root) },
      name,
      context,
      depth + 1,
    );
  }
  if (Array.isArray(schema.allOf)) return valueFor(mergeAll(schema, context.root), name, context, depth + 1);
  const free = typeof schema.format !== 'string' && typeof schema.pattern !== 'string';
  const given = free ? labelledValue(name, typeOf(schema), context.hints) : undefined;
  if (given !== undefined) return given;
  switch (typeOf(schema)) {
    case 'object':
      return objectFor(schema, context, depth);
    case 'array':
      return arrayFor(schema, name, context, depth);
    case 'integer':
      return numberFor(schema, context, true);
    case 'number':
      return numberFor(schema, context, false);
    case 'boolean':
      return typeof schema.default === 'boolean' ? schema.default : true;
    case 'null':
      return null;
    default:
      return stringFor(schema, name, context);
  }
}

function objectFor(schema: Schema, context: Context, depth: number): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(properties)) {
    if (required.has(key) || promptGives(key, resolve(sub, context.root), context)) {
      out[key] = valueFor(sub, key, context, depth + 1);
    }
  }
  for (const key of required) {
    if (!(key in out)) out[key] = 'example';
  }
  return out;
}

function arrayFor(schema: Schema, name: string, context: Context, depth: number): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const count = Math.min(Math.max(min, 1), max);
  const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as unknown[]) : [];
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const itemSchema = prefix[i] ?? schema.items ?? {};
    let item = valueFor(itemSchema, name, context, depth + 1);
    if (schema.uniqueItems === true && items.some((x) => JSON.stringify(x) === JSON.stringify(item))) {
      item = distinct(item, i, resolve(itemSchema, context.root));
    }
    items.push(item);
  }
  return items;
}

function numberFor(schema: Schema, context: Context, integer: boolean): number {
  const lo =
    num(schema.minimum) ??
    (num(schema.exclusiveMinimum) !== undefined ? (num(schema.exclusiveMinimum) ?? 0) + 1 : undefined);
  const hi =
    num(schema.maximum) ??
    (num(schema.exclusiveMaximum) !== undefined ? (num(schema.exclusiveMaximum) ?? 0) - 1 : undefined);
  const fits = (n: number) =>
    (!integer || Number.isInteger(n)) && (lo === undefined || n >= lo) && (hi === undefined || n <= hi);
  const fromPrompt = context.hints.numbers[context.nextNumber];
  if (fromPrompt !== undefined && fits(fromPrompt)) {
    context.nextNumber += 1;
    return fromPrompt;
  }
  const fallback = num(schema.default) ?? lo ?? (hi !== undefined ? Math.min(1, hi) : 1);
  return integer ? Math.ceil(fallback) : fallback;
}

function stringFor(schema: Schema, name: string, context: Context): string {
  const { hints } = context;
  let value: string;
  const date = hints.dates[context.nextDate];
  if (schema.format === 'date' && date !== undefined) {
    context.nextDate += 1;
    value = date;
  } else if (schema.format === 'date-time' && date !== undefined) {
    context.nextDate += 1;
    value = `${date}T09:30:00Z`;
  } else if (typeof schema.format === 'string' && FORMATS[schema.format])
    value = FORMATS[schema.format] ?? '';
  else if (isDateName(name) && date !== undefined) {
    context.nextDate += 1;
    value = date;
  } else if (LOCATION.test(name))
    value = hints.place ?? (hints.text.match(/\p{Script=Arabic}/u) ? 'الكويت' : 'Kuwait City');
  else if (FREE_TEXT.test(name)) value = hints.quoted[0] ?? (hints.text || 'example');
  else if (hints.quoted[context.nextQuoted] !== undefined) value = hints.quoted[context.nextQuoted++] ?? '';
  else if (typeof schema.default === 'string') value = schema.default;
  else value = name ? `example ${name}` : 'example';
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength) ?? Infinity;
  const chars = Array.from(value).slice(0, max);
  while (chars.length < min) chars.push('x');
  return chars.join('');
}

/**
 * Whether the prompt gives a value for an optional property: it names the property, labels a
 * value with its name, mentions one of its enum values, or holds a date (for a date) or a place
 * (for a location) not handed out yet.
 */
function promptGives(key: string, schema: Schema, context: Context): boolean {
  const { hints } = context;
  if (hints.words.has(key.toLowerCase()) || hints.labelled.has(label(key))) return true;
  if (Array.isArray(schema.enum)) return mentionedEnum(schema.enum, hints) !== undefined;
  const isDate = schema.format === 'date' || schema.format === 'date-time' || isDateName(key);
  if (isDate) return hints.dates.length > context.nextDate;
  return LOCATION.test(key) && hints.place !== undefined;
}

/** A value the prompt gives under this property's name ("Service name: X" for `serviceName`), typed. */
function labelledValue(name: string, type: string, hints: PromptHints): unknown {
  if (!name) return undefined;
  const raw = hints.labelled.get(label(name));
  if (raw === undefined || raw === null) return undefined;
  const parsed = typeof raw === 'string' ? parseJson(raw) : raw;
  switch (type) {
    case 'string':
      return typeof raw === 'string' ? raw : JSON.stringify(raw);
    case 'number':
    case 'integer': {
      const n = typeof parsed === 'number' ? parsed : Number.NaN;
      return Number.isFinite(n) && (type === 'number' || Number.isInteger(n)) ? n : undefined;
    }
    case 'boolean':
      return typeof parsed === 'boolean' ? parsed : undefined;
    case 'object':
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
    case 'array':
      return Array.isArray(parsed) ? parsed : undefined;
    default:
      return undefined;
  }
}

/** `date`, `start_date`, `checkIn`, `departure`, … (by the name's words). */
function isDateName(name: string): boolean {
  return DATE_NAME.test(label(name));
}

function label(name: string): string {
  return wordsOf(name).join(' ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function pickEnum(values: unknown[], hints: PromptHints): unknown {
  return mentionedEnum(values, hints) ?? values[0];
}

function mentionedEnum(values: unknown[], hints: PromptHints): unknown {
  const lower = hints.text.toLowerCase();
  return values.find((v) => typeof v === 'string' && v.length > 0 && lower.includes(v.toLowerCase()));
}

function distinct(item: unknown, i: number, schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[i % schema.enum.length];
  if (typeof item === 'number') return item + i;
  if (typeof item === 'string') return `${item} ${i + 1}`;
  return item;
}

function typeOf(schema: Schema): string {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return (type.find((t) => t !== 'null') as string | undefined) ?? 'null';
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  return 'string';
}

function mergeAll(schema: Schema, root: Schema): Schema {
  const parts = (schema.allOf as unknown[]).map((part) => resolve(part, root));
  const merged: Schema = { ...withoutKeys(schema, ['allOf']) };
  const properties: Record<string, unknown> = { ...((schema.properties ?? {}) as Record<string, unknown>) };
  const required = new Set<string>(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const part of parts) {
    Object.assign(merged, withoutKeys(part, ['properties', 'required']));
    Object.assign(properties, part.properties ?? {});
    for (const key of Array.isArray(part.required) ? (part.required as string[]) : []) required.add(key);
  }
  return { ...merged, properties, required: [...required] };
}

function resolve(raw: unknown, root: Schema): Schema {
  let schema: Schema = typeof raw === 'object' && raw !== null ? (raw as Schema) : {};
  for (let hops = 0; typeof schema.$ref === 'string' && hops < MAX_DEPTH; hops++) {
    const ref = schema.$ref;
    if (!ref.startsWith('#')) break;
    let target: unknown = root;
    for (const segment of ref
      .slice(1)
      .split('/')
      .filter((s) => s.length > 0)) {
      const key = decodeURIComponent(segment).replace(/~1/gu, '/').replace(/~0/gu, '~');
      target = typeof target === 'object' && target !== null ? (target as Schema)[key] : undefined;
    }
    schema = {
      ...withoutKeys(schema, ['$ref']),
      ...(typeof target === 'object' && target !== null ? (target as Schema) : {}),
    };
  }
  return schema;
}

function withoutKeys(schema: Schema, keys: string[]): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
