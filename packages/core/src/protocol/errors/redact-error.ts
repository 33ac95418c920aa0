import { redactSecrets } from './redact-secrets.ts';

/** How deep {@link redactError} walks into an error's properties. */
const MAX_DEPTH = 8;

/**
 * Removes every form of the secrets (see `redactSecrets`) from everything an error shows: its
 * message, stack and every string property, nested plain objects and arrays (e.g. a
 * `config.headers` carrying the key), and its `cause` chain. The error is changed in place and
 * returned; properties that cannot be changed, and objects that are not plain data (sockets,
 * requests), are left alone. Non-errors are returned as they are.
 */
export function redactError<T>(error: T, secrets: readonly string[]): T {
  if (!(error instanceof Error) || !secrets.some((secret) => secret !== '')) return error;
  scrub(error, secrets, new Set(), 0);
  return error;
}

function scrub(target: object, secrets: readonly string[], seen: Set<object>, depth: number): void {
  if (seen.has(target) || depth > MAX_DEPTH) return;
  seen.add(target);
  for (const key of Object.getOwnPropertyNames(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor || !('value' in descriptor) || !descriptor.writable) continue;
    const value: unknown = descriptor.value;
    if (typeof value === 'string') {
      const redacted = redactSecrets(value, secrets);
      if (redacted !== value) assign(target, key, redacted);
    } else if (typeof value === 'object' && value !== null && isData(value)) {
      scrub(value, secrets, seen, depth + 1);
    }
  }
}

/** Errors, arrays and plain objects: what can hold a copy of the key without being a live resource. */
function isData(value: object): boolean {
  if (value instanceof Error || Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function assign(target: object, key: string, value: string): void {
  try {
    (target as Record<string, unknown>)[key] = value;
  } catch {
    // frozen: nothing to do
  }
}
