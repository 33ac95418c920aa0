import type { EmulatorFault, KeyEcho } from '../scripting/emulator-step.ts';

/** The presented key in the form a fault echoes it. */
export function echoedKey(key: string, echo: KeyEcho): string {
  if (echo === 'prefix') return `${key.slice(0, 24)}...`;
  if (echo === 'base64') return Buffer.from(key, 'utf8').toString('base64');
  return key;
}

/**
 * Resolves a fault's `echoKey` against the key the request presented: the error event's message
 * and the redirect's `Location` get the key written into them, so sending them needs no key.
 * Status and HTML faults keep `echoKey` and read the key from `key` when rendered.
 */
export function withEchoedKey(fault: EmulatorFault, key: string | undefined): EmulatorFault {
  if (key === undefined || !('echoKey' in fault) || fault.echoKey === undefined) return fault;
  const echoed = echoedKey(key, fault.echoKey);
  if (fault.type === 'error_event') {
    return { ...fault, message: `${fault.message ?? 'Overloaded'} (key ${echoed})` };
  }
  return fault;
}
