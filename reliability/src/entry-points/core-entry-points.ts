import { Resayil, ResayilError, type ChatCompletion, type Message } from '@resayil/core';
import { MODEL, PROMPT, TIMEOUTS, type CallEnv, type EntryPoint } from './entry-point.ts';

const client = (env: CallEnv) =>
  new Resayil({ apiKey: env.apiKey, baseURL: env.baseURL, maxRetries: 0, ...TIMEOUTS });

const messages = [{ role: 'user' as const, content: PROMPT }];

const textOf = (message: Message) =>
  message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');

function resultOf(message: Message, env: CallEnv): string {
  env.outputs.push(JSON.stringify(message));
  return textOf(message);
}

function completionResult(completion: ChatCompletion, env: CallEnv): string {
  env.outputs.push(JSON.stringify(completion));
  // What a caller does first: a reply that is not a completion must have been a typed error.
  return completion.choices.map((choice) => choice.message.content ?? '').join('');
}

const coreErrorName = (error: unknown) => (ResayilError.isInstance(error) ? error.name : undefined);

async function streamed(stream: ReturnType<Resayil['messages']['stream']>, env: CallEnv): Promise<string> {
  for await (const event of stream) {
    env.outputs.push(JSON.stringify(event));
    if (event.type === 'text_delta') env.onText?.(event.text);
  }
  return resultOf(await stream.finalMessage(), env);
}

const signalOf = (env: CallEnv) => (env.signal ? { signal: env.signal } : {});

/** `@resayil/core`: the four model calls, streamed and not, Messages and chat completions. */
export const CORE_ENTRY_POINTS: EntryPoint[] = [
  {
    name: 'core messages.stream',
    streamed: true,
    path: '/v1/messages',
    call: (env) =>
      streamed(client(env).messages.stream({ model: MODEL, max_tokens: 300, messages }, signalOf(env)), env),
    errorName: coreErrorName,
    abortOutcome: 'UserAbortError',
  },
  {
    name: 'core messages.create',
    streamed: false,
    path: '/v1/messages',
    call: async (env) =>
      resultOf(
        await client(env).messages.create({ model: MODEL, max_tokens: 300, messages }, signalOf(env)),
        env,
      ),
    errorName: coreErrorName,
    abortOutcome: 'UserAbortError',
  },
  {
    name: 'core chat.completions.stream',
    streamed: true,
    path: '/v1/chat/completions',
    call: (env) =>
      streamed(
        client(env).chat.completions.stream({ model: MODEL, max_tokens: 300, messages }, signalOf(env)),
        env,
      ),
    errorName: coreErrorName,
    abortOutcome: 'UserAbortError',
  },
  {
    name: 'core chat.completions.create',
    streamed: false,
    path: '/v1/chat/completions',
    call: async (env) =>
      completionResult(
        await client(env).chat.completions.create({ model: MODEL, max_tokens: 300, messages }, signalOf(env)),
        env,
      ),
    errorName: coreErrorName,
    abortOutcome: 'UserAbortError',
  },
];
