import { describe, expect, it } from 'vitest';
import { resolveChromium, type ChromiumHost } from './resolve-chromium.ts';

function host(overrides: Partial<ChromiumHost> & { files?: string[] } = {}): ChromiumHost {
  const files = new Set(overrides.files ?? []);
  return {
    env: overrides.env ?? {},
    platform: overrides.platform ?? 'linux',
    arch: overrides.arch ?? 'x64',
    exists: (path) => files.has(path),
  };
}

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, even when a system Chromium is there', () => {
    const chosen = resolveChromium(
      host({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome', '/usr/bin/chromium'] }),
    );
    expect(chosen).toEqual({ kind: 'path', path: '/opt/chrome', from: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of quietly using another browser', () => {
    const chosen = resolveChromium(
      host({ env: { CHROMIUM_PATH: '/nope/chrome' }, files: ['/usr/bin/chromium'] }),
    );
    expect(chosen.kind).toBe('none');
    expect(chosen.kind === 'none' && chosen.reason).toMatch(
      /CHROMIUM_PATH is set to \/nope\/chrome, which does not exist/,
    );
  });

  it('uses the system Chromium when there is one', () => {
    expect(resolveChromium(host({ files: ['/usr/bin/chromium'] }))).toEqual({
      kind: 'path',
      path: '/usr/bin/chromium',
      from: 'system',
    });
    expect(resolveChromium(host({ files: ['/usr/bin/chromium-browser'] }))).toMatchObject({
      path: '/usr/bin/chromium-browser',
    });
  });

  it('falls back to the Chromium that npm installed on Linux x64', () => {
    expect(resolveChromium(host())).toEqual({ kind: 'bundled' });
    expect(resolveChromium(host({ env: { CHROMIUM_PATH: '' } }))).toEqual({ kind: 'bundled' });
  });

  it('names the fix where no browser can run', () => {
    for (const [platform, arch] of [
      ['darwin', 'arm64'],
      ['linux', 'arm64'],
      ['win32', 'x64'],
    ] as const) {
      const chosen = resolveChromium(host({ platform, arch }));
      expect(chosen.kind).toBe('none');
      expect(chosen.kind === 'none' && chosen.reason).toMatch(
        new RegExp(`${platform}/${arch}.*set CHROMIUM_PATH`, 's'),
      );
    }
  });
});
