#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { Resayil } from '../client/resayil.ts';
import { readEnv } from '../client/read-env.ts';
import { ResayilError, UserAbortError } from '../protocol/index.ts';
import { formatCapabilitiesTable } from './format-capabilities-table.ts';
import { startLocalGateway, type LocalGateway } from './start-local-gateway.ts';

const USAGE = `Usage:
  resayil chat "prompt" [--model ID] [--system TEXT] [--max-tokens N] [--max-cost USD] [--json]
  resayil models [--json]        the catalog with each model's capabilities
  resayil health

Environment: RESAYIL_API_KEY (without it, a local emulator answers), RESAYIL_BASE_URL, RESAYIL_MODEL.`;

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
  const maxTokens = Number(values['max-tokens'] ?? 1024);
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    process.stderr.write('--max-tokens must be a whole number of at least 1.\n');
    return 2;
  }

  const maxCost = values['max-cost'] === undefined ? undefined : Number(values['max-cost']);
  if (maxCost !== undefined && !(Number.isFinite(maxCost) && maxCost > 0)) {
    process.stderr.write('--max-cost must be a number of US dollars above 0, e.g. 0.01.\n');
    return 2;
  }

  let local: LocalGateway | undefined;
  if (!readEnv('RESAYIL_API_KEY')) {
    local = await startLocalGateway();
    process.stderr.write(`RESAYIL_API_KEY is not set: answering with the local emulator at ${local.url}.\n`);
  }
  const client = new Resayil(local ? { apiKey: local.apiKey, baseURL: local.url } : {});
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
