import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { useGateway } from './support/use-gateway.ts';

const CLI = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

function runCli(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; chunks: number }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, RESAYIL_API_KEY: '', RESAYIL_BASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    let chunks = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      chunks++;
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr, chunks }));
  });
}

describe('resayil CLI', () => {
  const env = useGateway({ profile: 'resayil', latency: { firstTokenMs: 0, tokenIntervalMs: 20 } });

  it('without a key, chats with the embedded emulator, says so on stderr and streams to stdout', async () => {
    const result = await runCli(['chat', 'Explain quantum entanglement in simple terms.'], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('local emulator');
    expect(result.stdout.trim().length).toBeGreaterThan(20);
    expect(result.chunks).toBeGreaterThan(1);
  });

  it('with a key, talks to RESAYIL_BASE_URL', async () => {
    const before = env.emulator.requests.length;
    const result = await runCli(['chat', 'Hello', '--model', 'glm-5.1', '--max-tokens', '64'], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: env.emulator.url,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('emulator');
    const request = env.emulator.requests.slice(before).find((entry) => entry.path.endsWith('/messages'));
    expect(request?.body).toMatchObject({ model: 'glm-5.1', max_tokens: 64, stream: true });
  });

  it('--json prints one event per line', async () => {
    const result = await runCli(['chat', 'Hi', '--json'], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: env.emulator.url,
    });
    const events = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    expect(events.at(-1)?.type).toBe('message_end');
  });

  it('models and health', async () => {
    const vars = { RESAYIL_API_KEY: TEST_KEY, RESAYIL_BASE_URL: env.emulator.url };
    const models = await runCli(['models'], vars);
    const lines = models.stdout.trim().split('\n');
    expect(lines[0]?.split(/\s+/u)).toEqual([
      'MODEL',
      'CATEGORY',
      'IMAGES',
      'DOCUMENTS',
      'THINKING',
      'TOOLS',
    ]);
    expect(lines.find((line) => line.startsWith('glm-5.1 '))?.split(/\s+/u)).toEqual([
      'glm-5.1',
      'thinking',
      'no',
      'no',
      'yes',
      'yes',
    ]);
    expect(
      lines
        .find((line) => line.startsWith('qwen3.5:397b '))
        ?.split(/\s+/u)
        .slice(2, 3),
    ).toEqual(['yes']);
    const json = await runCli(['models', '--json'], vars);
    const listed = JSON.parse(json.stdout) as {
      data: Array<{ id: string; capabilities: { images?: boolean } }>;
    };
    expect(listed.data.find((model) => model.id === 'kimi-k2.6')?.capabilities.images).toBe(true);
    const health = await runCli(['health'], vars);
    expect(JSON.parse(health.stdout)).toMatchObject({ status: 'ok' });
  });

  it('--max-cost refuses a chat estimated over it, before sending, with the figures', async () => {
    const before = env.emulator.requests.length;
    const result = await runCli(['chat', 'Tell me everything. '.repeat(200), '--max-cost', '0.0001'], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: env.emulator.url,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('BudgetExceededError');
    expect(result.stderr).toContain('$0.000100');
    expect(env.emulator.requests.slice(before).some((entry) => entry.path.endsWith('/messages'))).toBe(false);
    const ok = await runCli(['chat', 'Hi', '--max-cost', '0.5'], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: env.emulator.url,
    });
    expect(ok.code).toBe(0);
    const bad = await runCli(['chat', 'Hi', '--max-cost', 'lots'], {});
    expect(bad.code).toBe(2);
  });

  it('a wrong key fails with a clear message, exit 1, and no key in the output', async () => {
    const result = await runCli(['chat', 'Hi'], {
      RESAYIL_API_KEY: 'sk-wrong-9999999999',
      RESAYIL_BASE_URL: env.emulator.url,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('AuthenticationError');
    expect(result.stderr + result.stdout).not.toContain('sk-wrong-9999999999');
  });

  it('RESAYIL_BASE_URL without a key is refused, naming the variable to set; nothing is sent anywhere', async () => {
    const before = env.emulator.requests.length;
    const result = await runCli(['chat', 'Hi'], {
      RESAYIL_BASE_URL: env.emulator.url,
      ANTHROPIC_API_KEY: 'sk-ant-not-for-resayil-000000000000',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'RESAYIL_BASE_URL is set but RESAYIL_API_KEY is not: set RESAYIL_API_KEY',
    );
    expect(result.stderr).toContain('ANTHROPIC_API_KEY is set but not used');
    expect(result.stderr).not.toContain('answering with the local emulator');
    expect(result.stdout).toBe('');
    expect(env.emulator.requests.length).toBe(before);
    expect(result.stderr).not.toContain('sk-ant-not-for-resayil');
  });

  it('ANTHROPIC_API_KEY alone gets a one-line hint that it is not used, then the local emulator answers', async () => {
    const result = await runCli(['models'], { ANTHROPIC_API_KEY: 'sk-ant-not-for-resayil-000000000000' });
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'ANTHROPIC_API_KEY is set but not used: Resayil reads its own key from RESAYIL_API_KEY.',
    );
    expect(lines[1]).toContain('local emulator');
    expect(result.stdout).toMatch(/^qwen3\.5:397b\s/m); // the capabilities table's first column
  });

  it.each([
    ['a gateway that never answers', { type: 'stall', afterEvents: 0 }, ['chat', 'Hi'], 'connect'],
    [
      'an error status whose body never ends',
      { type: 'status', status: 500, stallBody: true },
      ['chat', 'Hi'],
      'idle',
    ],
    [
      'a models list whose body never ends',
      { type: 'status', status: 200, stallBody: true },
      ['models'],
      'idle',
    ],
  ] as const)('%s ends with a TimeoutError after --timeout of silence', async (_, fault, args, kind) => {
    // A connect timeout is retried (twice by default): every attempt meets the same gateway.
    for (let attempt = 0; attempt < (kind === 'connect' ? 3 : 1); attempt++) {
      env.emulator.enqueue({ path: args[0] === 'models' ? '/v1/models' : '/v1/messages', fault });
    }
    const result = await runCli([...args, '--timeout', '0.5'], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: env.emulator.url,
    });
    expect(result.code, `stdout: ${result.stdout}\nstderr: ${result.stderr}`).toBe(1);
    if (kind === 'connect') {
      // An attempt the CLI gave up on can still reach a busy emulator later, and would take the next
      // test's step: let every attempt land before this test ends (bounded, for attempts never sent).
      for (let waited = 0; env.emulator.requests.length < 3 && waited < 3000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(result.stderr).toContain('TimeoutError');
    expect(result.stderr).toContain(kind === 'connect' ? '`timeout` of 500 ms' : '`idleTimeout` of 500 ms');
  });

  it('a stream that only sends pings ends with a TimeoutError after --total-timeout', async () => {
    env.emulator.enqueue({ fault: { type: 'keepalive', intervalMs: 20 } });
    const result = await runCli(['chat', 'Hi', '--total-timeout', '1'], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: env.emulator.url,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TimeoutError');
    expect(result.stderr).toContain('`totalTimeout` of 1000 ms');
  });

  it('documents --timeout with a default well under a minute, and rejects a bad value', async () => {
    const help = await runCli(['--help'], {});
    expect(help.stderr).toMatch(/--timeout SECONDS .*\n.*\(default 30\)/);
    const bad = await runCli(['models', '--timeout', 'soon'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout must be a number of seconds greater than 0');
  });

  it('bad usage exits 2 with the usage text', async () => {
    const result = await runCli(['chat'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage');
  });
});
