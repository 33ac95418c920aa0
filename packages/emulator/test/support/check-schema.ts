/**
 * A small JSON-schema checker for tests (type, properties, required, additionalProperties,
 * enum, const, items, min/maxItems, minimum/maximum, min/maxLength, anyOf/oneOf/allOf, local $ref).
 * Returns the list of problems; empty means valid.
 */
export function checkSchema(
  value: unknown,
  schema: Record<string, unknown>,
  root = schema,
  at = '$',
): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    return checkSchema(value, target as Record<string, unknown>, root, at);
  }
  const problems: string[] = [];
  const sub = (v: unknown, s: unknown, where: string) =>
    checkSchema(v, s as Record<string, unknown>, root, where);
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value))
    problems.push(`${at}: not the const`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    problems.push(`${at}: not in enum`);
  }
  if (Array.isArray(schema.allOf)) for (const s of schema.allOf) problems.push(...sub(value, s, at));
  for (const key of ['anyOf', 'oneOf']) {
    const options = schema[key];
    if (Array.isArray(options) && !options.some((s) => sub(value, s, at).length === 0))
      problems.push(`${at}: matches no ${key}`);
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((t) => hasType(value, t as string)))
    problems.push(`${at}: not ${types.join('|')}`);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) problems.push(`${at}.${key}: required`);
    for (const [key, v] of Object.entries(object)) {
      if (key in properties) problems.push(...sub(v, properties[key], `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not allowed`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      problems.push(`${at}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      problems.push(`${at}: too many items`);
    if (schema.items) value.forEach((v, i) => problems.push(...sub(v, schema.items, `${at}[${i}]`)));
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${at}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${at}: above maximum`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      problems.push(`${at}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      problems.push(`${at}: too long`);
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
