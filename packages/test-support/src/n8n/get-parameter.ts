/**
 * `getNodeParameter` as n8n answers it for tests: the value by name, else by dotted path inside
 * the parameters (`messages.values`), else the fallback; `extractValue` unwraps a resource locator.
 */
export function getParameter(
  parameters: Record<string, unknown>,
  name: string,
  fallback: unknown,
  extractValue: boolean,
): unknown {
  let value: unknown = name in parameters ? parameters[name] : lookup(parameters, name.split('.'));
  if (value === undefined) value = fallback;
  if (extractValue && typeof value === 'object' && value !== null && 'value' in value) {
    return (value as { value: unknown }).value;
  }
  return value;
}

function lookup(source: unknown, path: string[]): unknown {
  let current = source;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A fake context's `getNodeParameter` over these parameters (see {@link getParameter}). */
export function nodeParameterGetter(parameters: Record<string, unknown>) {
  return (
    name: string,
    _itemIndex: number,
    fallback?: unknown,
    extra?: { extractValue?: boolean },
  ): unknown => getParameter(parameters, name, fallback, extra?.extractValue === true);
}
