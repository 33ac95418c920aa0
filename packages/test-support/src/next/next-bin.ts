import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The `next` command's script as the app at `appDir` resolves it, run with this Node (`node <bin> build`). */
export function nextBin(appDir: string): string {
  return createRequire(join(appDir, 'package.json')).resolve('next/dist/bin/next');
}
