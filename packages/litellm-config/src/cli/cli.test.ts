import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each test runs the built CLI as child processes, several in a row: room for a busy CI machine.
vi.setConfig({ testTimeout: 60_000 });

// The built CLI as a separate process (`node dist/cli.mjs`), talking to the emulator over HTTP.
const CLI = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(RESAYIL_|LITELLM_)/.test(name)),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...base, ...env }, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const gateway = useEmulator({ profile: 'resayil' });
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resayil-litellm-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 9;
}

describe('resayil-litellm', () => {
  it('prints help with exit code 0, and usage errors with exit code 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/resayil-litellm generate \[options\]/);
    for (const args of [
      [],
      ['deploy'],
      ['generate', '--nope'],
      ['generate', '--api', 'grpc'],
      ['validate'],
    ]) {
      const result = await run(args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(/^resayil-litellm: .*\n\nUsage:/);
    }
  });
});

describe('resayil-litellm generate', () => {
  it('reads the live catalog with RESAYIL_API_KEY and writes a config that references the key, never contains it', async () => {
    const out = join(dir, 'live.yaml');
    const result = await run(['generate', '--api', 'both', '--base-url', gateway.url, '--out', out], {
      RESAYIL_API_KEY: TEST_KEY,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      new RegExp(`Wrote ${out}: \\d+ models, \\d+ groups \\(openai \\+ anthropic\\)`),
    );
    const yaml = await readFile(out, 'utf8');
    expect(yaml).toContain(`api_base: ${gateway.url}/v1\n`);
    expect(yaml).toContain(`api_base: ${gateway.url}\n`);
    expect(yaml).toContain('api_key: os.environ/RESAYIL_API_KEY');
    expect(yaml).toMatch(/input_cost_per_token: 6\.0e-07/);
    for (const text of [yaml, result.stdout, result.stderr]) expect(text).not.toContain(TEST_KEY);
  });

  it('takes the gateway from RESAYIL_BASE_URL and prints to standard output', async () => {
    const result = await run(
      ['generate', '--models', 'qwen3.5:397b,glm-5.1', '--fallback', 'glm-5.1=qwen3.5:397b'],
      {
        RESAYIL_API_KEY: TEST_KEY,
        RESAYIL_BASE_URL: gateway.url,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('model: openai/qwen3.5:397b');
    expect(result.stdout).toContain('- glm-5.1: [qwen3.5-397b]');
  });

  it('fails with exit code 1 and a clear message on a wrong key, without printing it', async () => {
    const result = await run(['generate', '--base-url', gateway.url], { RESAYIL_API_KEY: 'wrong-key-9876' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Could not read the model catalog from .*Authentication failed \(401\)/);
    expect(result.stderr + result.stdout).not.toContain('wrong-key-9876');
  });

  it('fails with exit code 1 when the gateway cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await run(['generate', '--base-url', url], { RESAYIL_API_KEY: TEST_KEY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Could not read the model catalog from ${url}: Could not connect`);
    expect(result.stderr).toMatch(/--catalog bundled/);
  });

  it('uses the bundled snapshot and says so when neither a key nor a gateway is given (the offline default)', async () => {
    const result = await run(['generate', '--api', 'anthropic']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/RESAYIL_API_KEY is not set: using the catalog snapshot bundled/);
    expect(result.stdout).toBe(
      (await run(['generate', '--api', 'anthropic', '--catalog', 'bundled'])).stdout,
    );
  });

  it('prints the usage for `generate --help` and `validate -h`', async () => {
    for (const argv of [
      ['generate', '--help'],
      ['validate', '-h'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/resayil-litellm generate \[options\]/);
    }
  });

  it('fails with exit code 1 when a gateway is given without a key, pointing at the alternatives', async () => {
    const result = await run(['generate', '--base-url', gateway.url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/RESAYIL_API_KEY/);
    expect(result.stderr).toMatch(/--catalog FILE/);
  });

  it('generates offline from the bundled snapshot or a catalog file', async () => {
    const bundled = await run(['generate', '--catalog', 'bundled', '--api', 'anthropic']);
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toContain('Catalog: bundled snapshot');
    expect(bundled.stdout).toContain('api_base: https://llmapi.resayil.io\n');

    const file = join(dir, 'catalog.json');
    await writeFile(
      file,
      JSON.stringify({ object: 'list', data: [{ id: 'glm-5.1' }, { id: 'kimi-k2:1t' }] }),
    );
    const fromFile = await run([
      'generate',
      '--catalog',
      file,
      '--price',
      'glm-5.1=1,3.2',
      '--alias',
      'smart=glm-5.1',
    ]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('input_cost_per_token: 1.0e-06');
    expect(fromFile.stdout).toContain('output_cost_per_token: 3.2e-06');
    expect(fromFile.stdout).toContain('smart: glm-5.1');
    expect(fromFile.stderr).toMatch(/warning: .*cost of 0 for: kimi-k2:1t/);
  });

  it('reports option errors with exit code 2 and a suggestion', async () => {
    const unknown = await run(['generate', '--catalog', 'bundled', '--models', 'qwen3.5:379b']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean `qwen3.5:397b`\?/);
    expect((await run(['generate', '--catalog', 'bundled', '--price', 'glm-5.1=1'])).code).toBe(2);
    expect((await run(['generate', '--catalog', 'bundled', '--num-retries', 'two'])).code).toBe(2);
    const missing = await run(['generate', '--catalog', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: no such file/);
  });
});

describe('resayil-litellm validate', () => {
  it('accepts a generated config with exit code 0', async () => {
    const out = join(dir, 'good.yaml');
    expect((await run(['generate', '--catalog', 'bundled', '--out', out])).code).toBe(0);
    const result = await run(['validate', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${out}: 0 errors, 0 warnings: OK\n`);
  });

  it('--instances warns about state each instance keeps alone; --redis shares it', async () => {
    const alone = join(dir, 'alone.yaml');
    const shared = join(dir, 'shared.yaml');
    expect((await run(['generate', '--catalog', 'bundled', '--rpm', '60', '--out', alone])).code).toBe(0);
    expect(
      (await run(['generate', '--catalog', 'bundled', '--rpm', '60', '--redis', '--out', shared])).code,
    ).toBe(0);
    expect(await readFile(shared, 'utf8')).toContain('redis_host: os.environ/REDIS_HOST');
    const single = await run(['validate', alone]);
    expect(single.stdout).toBe(`${alone}: 0 errors, 0 warnings: OK\n`);
    const fleet = await run(['validate', '--instances', '3', '--strict', alone]);
    expect(fleet.code).toBe(1);
    expect(fleet.stdout).toMatch(/warning \[rate-limit-not-shared\] model_list\[0\]\.litellm_params\.rpm/);
    expect(fleet.stdout).toMatch(/warning \[cooldown-not-shared\] router_settings\.cooldown_time/);
    const sharedFleet = await run(['validate', '--instances', '3', '--strict', shared]);
    expect(sharedFleet.code).toBe(0);
    expect((await run(['validate', '--instances', 'many', shared])).code).toBe(2);
  });

  it('prints each error and warning with its place and YAML path, exit code 1', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(
      file,
      [
        'model_list:',
        '  - model_name: q',
        '    litellm_params:',
        '      model: anthropic/qwen3.5:397b',
        '      api_base: https://llmapi.resayil.io/v1',
        '      api_key: os.environ/RESAYIL_API_KEY',
        '    model_info: {id: q, input_cost_per_token: 3e-7, supports_vison: true}',
        'general_settings:',
        '  master_key: sk-1234',
        '',
      ].join('\n'),
    );
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /bad\.yaml:5:17: error \[anthropic-base-v1\] model_list\[0\]\.litellm_params\.api_base: /,
      ),
      expect.stringMatching(
        /bad\.yaml:7:\d+: error \[invalid-value\] model_list\[0\]\.model_info\.input_cost_per_token: .*3\.0e-07/,
      ),
      expect.stringMatching(
        /bad\.yaml:7:\d+: warning \[unknown-key\] model_list\[0\]\.model_info\.supports_vison: .*`supports_vision`/,
      ),
      expect.stringMatching(/bad\.yaml:9:15: error \[master-key-inline\] general_settings\.master_key: /),
      expect.stringMatching(/bad\.yaml:9:15: error \[master-key-weak\] general_settings\.master_key: /),
      expect.stringMatching(/bad\.yaml: 4 errors, 1 warning$/),
    ]);
    expect(result.stdout).not.toContain('sk-1234');
  });

  it('--strict fails on warnings, --json prints findings, --check-env checks the master key', async () => {
    const file = join(dir, 'warn.yaml');
    await writeFile(
      file,
      'model_list:\n  - model_name: q\n    litellm_params: {model: openai/q, api_base: "https://h.example/v1", api_key: os.environ/K}\n    model_info: {id: q}\ngeneral_settings: {master_key: os.environ/LITELLM_MASTER_KEY}\nlitellm_settings: {drop_param: true}\n',
    );
    expect((await run(['validate', file])).code).toBe(0);
    expect((await run(['validate', '--strict', file])).code).toBe(1);
    const json = JSON.parse((await run(['validate', '--json', file])).stdout) as {
      valid: boolean;
      warnings: { code: string }[];
    };
    expect(json).toMatchObject({
      valid: true,
      warnings: [{ code: 'unknown-key', suggestion: 'drop_params' }],
    });
    const weak = await run(['validate', '--check-env', file], { LITELLM_MASTER_KEY: 'sk-1234' });
    expect(weak.code).toBe(1);
    expect(weak.stdout).toMatch(/master-key-weak/);
    expect(weak.stdout).toMatch(/api-key-unset\] model_list\[0\]\.litellm_params\.api_key: K is not set/);
    expect(weak.stdout).not.toContain('sk-1234');
    expect(
      (
        await run(['validate', '--check-env', file], {
          LITELLM_MASTER_KEY: 'sk-5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
          K: 'resayil-key',
        })
      ).code,
    ).toBe(0);
  });

  it('reports an unreadable file as a usage error', async () => {
    const result = await run(['validate', join(dir, 'missing.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read .*missing\.yaml: no such file/);
  });
});
