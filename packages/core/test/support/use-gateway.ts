import type { EmulatorOptions } from '@resayil/emulator';
import { useEmulator } from '@resayil-internal/test-support/emulator';
import type { Emulator } from '@resayil/emulator';
import { Resayil, type ResayilOptions } from '../../src/index.ts';

/** The shared emulator fixture plus a client pointed at it (no retries unless `clientOptions` say so). */
export function useGateway(
  options: EmulatorOptions = {},
  clientOptions: ResayilOptions = {},
): { readonly emulator: Emulator; readonly client: Resayil } {
  const gateway = useEmulator(options);
  let client: Resayil | undefined;
  return {
    get emulator() {
      return gateway.emulator;
    },
    get client() {
      client ??= new Resayil({
        apiKey: gateway.apiKey,
        baseURL: gateway.url,
        maxRetries: 0,
        ...clientOptions,
      });
      return client;
    },
  };
}

/** A short user turn. */
export const ask = (content: string) => [{ role: 'user' as const, content }];
