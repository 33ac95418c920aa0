import { afterAll, beforeAll } from 'vitest';
import { createEmulator } from '../../src/create-emulator.ts';
import type { Emulator } from '../../src/emulator.ts';
import type { EmulatorOptions } from '../../src/emulator-options.ts';

/** Starts an emulator before the suite's tests and closes it after; read `.current` inside tests. */
export function withEmulator(options: EmulatorOptions = {}): { current: Emulator } {
  const holder = {} as { current: Emulator };
  beforeAll(async () => {
    holder.current = await createEmulator(options);
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
