import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sparticuz from '@sparticuz/chromium';

/** A Chromium unpacked from `@sparticuz/chromium`, and the environment it needs to find its fonts. */
export interface BundledChromium {
  executablePath: string;
  env: Record<string, string>;
}

const require = createRequire(import.meta.url);

/**
 * Unpacks the headless Chromium that `npm install` brought (once per version, into the temp folder)
 * with its fonts and Noto Sans Arabic, so Arabic renders on a machine without system fonts.
 *
 * `@sparticuz/chromium` unpacks into `os.tmpdir()` and reuses whatever is there; several test
 * processes may start at once on a fresh machine, so each unpacks into a folder of its own and
 * renames it into place: a reader never sees half a browser.
 */
export async function bundledChromium(): Promise<BundledChromium> {
  const version = sparticuzVersion();
  const home = join(tmpdir(), `resayil-chromium-${version}`);
  if (!existsSync(join(home, 'ready'))) await unpackInto(home);
  return { executablePath: join(home, 'chromium'), env: { FONTCONFIG_FILE: join(home, 'fonts.conf') } };
}

/** The installed `@sparticuz/chromium` version (its package.json is not exported). */
function sparticuzVersion(): string {
  const root = join(dirname(require.resolve('@sparticuz/chromium')), '..');
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

async function unpackInto(home: string): Promise<void> {
  const staging = await mkdtemp(`${home}-staging-`);
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging; // @sparticuz/chromium unpacks into os.tmpdir()
  try {
    await sparticuz.executablePath();
  } finally {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  }
  const arabic = dirname(
    require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  );
  const bold = dirname(
    require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
  );
  await writeFile(
    join(staging, 'fonts.conf'),
    fontsConf([join(home, 'fonts'), arabic, bold], join(home, 'fonts-cache')),
  );
  await writeFile(join(staging, 'ready'), '');
  await mkdir(dirname(home), { recursive: true });
  try {
    await rename(staging, home);
  } catch (error) {
    // Another process got there first: keep its copy.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(home, 'ready'))) throw error;
  }
}

/** A fontconfig file that sees only the bundled fonts: the same rendering on every machine. */
function fontsConf(dirs: string[], cacheDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((dir) => `  <dir>${dir}</dir>`),
    `  <cachedir>${cacheDir}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}
