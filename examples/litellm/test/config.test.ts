import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { parseConfigYaml, validateConfig, type LiteLLMConfig } from '@resayil/litellm-config';
import { describe, expect, it } from 'vitest';
import { exampleDir, runLitellmCli } from './support/run-litellm-cli.ts';

const configPath = join(exampleDir, 'config.yaml');
const committed = readFileSync(configPath, 'utf8');
const { scripts } = JSON.parse(readFileSync(join(exampleDir, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/** The arguments of `npm run generate`, the one place where this config's options are written down. */
function generateArgs(): string[] {
  const [command, ...args] = (scripts.generate ?? '').split(/\s+/u);
  expect(command).toBe('resayil-litellm');
  return args;
}

describe('config.yaml', () => {
  it('is exactly what `npm run generate` produces from the bundled catalog', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'litellm-example-'));
    try {
      const args = generateArgs();
      const out = args.indexOf('--out');
      expect(args[out + 1]).toBe('config.yaml');
      args[out + 1] = join(dir, 'config.yaml');

      const result = await runLitellmCli(args);
      expect(result.code, result.stderr).toBe(0);
      expect(await readFile(join(dir, 'config.yaml'), 'utf8')).toBe(committed);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('passes `resayil-litellm validate --strict`', async () => {
    const result = await runLitellmCli(['validate', 'config.yaml', '--strict']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain('0 errors, 0 warnings');
  });

  it('has no errors or warnings from validateConfig, and no key in it', () => {
    const result = validateConfig(committed);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const config = parseConfigYaml(committed).value as LiteLLMConfig;
    for (const entry of config.model_list ?? []) {
      expect(entry.litellm_params.api_key).toBe('os.environ/RESAYIL_API_KEY');
      expect(entry.litellm_params.api_base).toBe('https://llmapi.resayil.io/v1');
    }
    expect(config.general_settings?.master_key).toBe('os.environ/LITELLM_MASTER_KEY');
  });
});

describe('config.yaml against a Resayil-compatible gateway', () => {
  const gateway = useEmulator({ profile: 'resayil' });

  it('names models the gateway serves, at the URL LiteLLM builds from it', async () => {
    const config = parseConfigYaml(committed).value as LiteLLMConfig;
    const entries = config.model_list ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      // LiteLLM's openai/ route: strip the prefix, POST {api_base}/chat/completions.
      const model = String(entry.litellm_params.model).replace(/^openai\//u, '');
      const base = new URL(String(entry.litellm_params.api_base));
      const url = `${gateway.url}${base.pathname}/chat/completions`;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${TEST_KEY}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'ping' }] }),
      });
      expect(response.status, `${model}: ${await response.clone().text()}`).toBe(200);
      const body = (await response.json()) as { choices: { message: { content: string } }[] };
      expect(body.choices[0]?.message.content).toContain('ping');
    }
  });
});
