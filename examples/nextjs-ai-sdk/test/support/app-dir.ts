import { fileURLToPath } from 'node:url';

/** The example's root folder (where `package.json` and `.next/` are). */
export const appDir = fileURLToPath(new URL('../../', import.meta.url));

/** Where the browser test saves its screenshots (gitignored). */
export const artifactsDir = fileURLToPath(new URL('../../.artifacts/', import.meta.url));
