/** Where the browser tests get their Chromium, in the order they look. */
export type ChromiumSource =
  | { kind: 'path'; path: string; from: 'CHROMIUM_PATH' | 'system' }
  | { kind: 'bundled' }
  | { kind: 'none'; reason: string };

/** What `resolveChromium` reads of the machine; injectable so the choice is unit-tested. */
export interface ChromiumHost {
  env: Record<string, string | undefined>;
  platform: string;
  arch: string;
  exists(path: string): boolean;
}

/** Debian's and Ubuntu's system Chromium, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/**
 * Chooses the browser: `CHROMIUM_PATH` when set (it must exist), else a system Chromium, else the
 * headless Chromium that `npm install` brought (`@sparticuz/chromium`, Linux x64 only).
 */
export function resolveChromium(host: ChromiumHost): ChromiumSource {
  const fromEnv = host.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    return host.exists(fromEnv)
      ? { kind: 'path', path: fromEnv, from: 'CHROMIUM_PATH' }
      : {
          kind: 'none',
          reason: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist. Point it at a Chromium or Chrome binary, or unset it.`,
        };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => host.exists(path));
  if (system !== undefined) return { kind: 'path', path: system, from: 'system' };
  if (host.platform === 'linux' && host.arch === 'x64') return { kind: 'bundled' };
  return {
    kind: 'none',
    reason:
      `No Chromium for the browser tests on ${host.platform}/${host.arch}: the one that npm installs ` +
      '(@sparticuz/chromium) runs only on Linux x64. Install Chromium or Chrome and set CHROMIUM_PATH to its binary ' +
      '(for example CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), ' +
      'or on Debian/Ubuntu run `apt-get install chromium`.',
  };
}
