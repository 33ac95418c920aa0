import { inspect } from 'node:util';
import { SECRETS } from './reliability-key.ts';

const WINDOW = 12;

/**
 * Which secrets appear in the text, whole or in part: any run of 12 characters from a secret's
 * random tail counts, so a truncated echo (`Invalid key: rsk-test-5c1e9a7f3b2d…`) is caught too.
 */
export function findSecrets(text: string, secrets: readonly string[] = SECRETS): string[] {
  return secrets.filter((secret) => {
    const tail = secret.slice(secret.lastIndexOf('-') + 1);
    for (let at = 0; at + WINDOW <= tail.length; at++) {
      if (text.includes(tail.slice(at, at + WINDOW))) return true;
    }
    return false;
  });
}

/**
 * Everything a value shows anyone who logs or prints it: `String()`, the stack, every property
 * (causes and nested objects included) and its JSON where it has one.
 */
export function everythingShown(value: unknown): string {
  const parts = [String(value), inspect(value, { depth: 10, showHidden: true, breakLength: Infinity })];
  if (value instanceof Error && value.stack) parts.push(value.stack);
  try {
    parts.push(JSON.stringify(value) ?? '');
  } catch {
    // circular: inspect already walked it
  }
  return parts.join('\n');
}
