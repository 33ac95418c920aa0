#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { Resayil } from '../client/resayil.ts';
import { readEnv } from '../client/read-env.ts';
import { DEFAULT_MAX_TOKENS, ResayilError, UserAbortError } from '../protocol/index.ts';
import { formatCapabilitiesTable } from './format-capabilities-table.ts';
import { startLocalGateway, type LocalGateway } from './start-local-gateway.ts';

/** Seconds of silence before the CLI gives up: a stuck gateway is reported well within a minute. */
const DEFAULT_TIMEOUT_S = 30;

const USAGE = `Usage:
  resayil chat "prompt" [--model ID] [--system TEXT] [--max-tokens N (default ${DEFAULT_MAX_TOKENS})] [--max-cost USD] [--json]
  resayil models [--json]        the catalog with each model's capabilities
  resayil health

Options of every command:
  --timeout SECONDS        how long the gateway may stay silent: before it answers, and between
                           two chunks of its reply (default ${DEFAULT_TIMEOUT_S})
  --total-timeout SECONDS  how long the whole call may take (default: no limit)

Environment: RESAYIL_API_KEY, RESAYIL_BASE_URL, RESAYIL_MODEL. With neither RESAYIL_API_KEY nor
RESAYIL_BASE_URL set, a local emulator answers.`;

const DEFAULT_MODEL = 'qwen3.5:397b';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string', short: 'm' },
      system: { type: 'string', short: 's' },
      'max-tokens': { type: 'string' },
      'max-cost': { type: 'string' },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'total-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || !['chat', 'models', 'health'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const prompt = rest.join(' ').trim();
  if (command === 'chat' && !prompt) {
    process.stderr.write(`resayil chat needs a prompt.\n${USAGE}\n`);
    return 2;
  }
  const maxTokens = Number(values['max-tokens'] ?? DEFAULT_MAX_TOKENS);
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    process.stderr.write('--max-tokens must be a whole number of at least 1.\n');
    return 2;
  }

  const maxCost = values['max-cost'] === undefined ? undefined : Number(values['max-cost']);
  if (maxCost !== undefined && !(Number.isFinite(maxCost) && maxCost > 0)) {
    process.stderr.write('--max-cost must be a number of US dollars above 0, e.g. 0.01.\n');
    return 2;
  }

  const timeout = seconds(values.timeout ?? String(DEFAULT_TIMEOUT_S), '--timeout');
  const totalTimeout =
    values['total-timeout'] === undefined ? undefined : seconds(values['total-timeout'], '--total-timeout');
  if (timeout instanceof Error || totalTimeout instanceof Error) {
    process.stderr.write(`${(timeout instanceof Error ? timeout : (totalTimeout as Error)).message}\n`);
    return 2;
  }

  const gateway = chooseGateway();
  if (gateway.hint) process.stderr.write(`${gateway.hint}\n`);
  if (gateway.kind === 'refuse') {
    process.stderr.write(`${gateway.message}\n`);
    return 2;
  }
  let local: LocalGateway | undefined;
  if (gateway.kind === 'local') {
    local = await startLocalGateway();
    process.stderr.write(
      `Neither RESAYIL_API_KEY nor RESAYIL_BASE_URL is set: answering with the local emulator at ${local.url}.\n`,
    );
  }
  const client = new Resayil({
    ...(local ? { apiKey: local.apiKey, baseURL: local.url } : {}),
    timeout,
    idleTimeout: timeout,
    ...(totalTimeout === undefined ? {} : { totalTimeout }),
  });
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    if (command === 'models') {
      const models = await client.models.withCapabilities({ signal: controller.signal });
      if (values.json) process.stdout.write(`${JSON.stringify({ object: 'list', data: models }, null, 2)}\n`);
      else process.stdout.write(`${formatCapabilitiesTable(models)}\n`);
      return 0;
    }
    if (command === 'health') {
      const health = await client.health({ signal: controller.signal });
      process.stdout.write(`${JSON.stringify(health)}\n`);
      return 0;
    }
    const stream = client.messages.stream(
      {
        model: values.model ?? readEnv('RESAYIL_MODEL') ?? DEFAULT_MODEL,
        max_tokens: maxTokens,
        messages: [{ role: 'user', content: prompt }],
        ...(values.system ? { system: values.system } : {}),
      },
      { signal: controller.signal, ...(maxCost === undefined ? {} : { maxCostUsd: maxCost }) },
    );
    if (values.json) {
      for await (const event of stream) process.stdout.write(`${JSON.stringify(event)}\n`);
    } else {
      for await (const text of stream.textStream()) process.stdout.write(text);
      process.stdout.write('\n');
    }
    return 0;
  } catch (error) {
    if (error instanceof UserAbortError) {
      process.stderr.write('\nStopped.\n');
      return 130;
    }
    process.stderr.write(
      `\n${error instanceof ResayilError ? `${error.name}: ` : ''}${(error as Error).message}\n`,
    );
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    await local?.close();
  }
}

/** Where the CLI sends its requests, from the environment. */
type Gateway =
  | { kind: 'remote'; hint?: string | undefined }
  | { kind: 'local'; hint?: string | undefined }
  | { kind: 'refuse'; message: string; hint?: string | undefined };

/**
 * The local emulator answers only when neither RESAYIL_API_KEY nor RESAYIL_BASE_URL is set: a base
 * URL without a key is a mistake to report, never a reason to answer from somewhere else.
 */
function chooseGateway(): Gateway {
  const hint = readEnv('ANTHROPIC_API_KEY')
    ? 'ANTHROPIC_API_KEY is set but not used: Resayil reads its own key from RESAYIL_API_KEY.'
    : undefined;
  if (readEnv('RESAYIL_API_KEY')) return { kind: 'remote' };
  if (readEnv('RESAYIL_BASE_URL')) {
    return {
      kind: 'refuse',
      hint,
      message:
        'RESAYIL_BASE_URL is set but RESAYIL_API_KEY is not: set RESAYIL_API_KEY to your Resayil API key (from https://llm.resayil.io/dashboard), or unset RESAYIL_BASE_URL to try the local emulator.',
    };
  }
  return { kind: 'local', hint };
}

/** A `--timeout`-style value in seconds, as milliseconds; an `Error` naming the option when invalid. */
function seconds(value: string, option: string): number | Error {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0
    ? Math.round(parsed * 1000)
    : new Error(`${option} must be a number of seconds greater than 0, e.g. ${option} 30.`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
