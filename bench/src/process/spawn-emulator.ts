import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EmulatorOptions, EmulatorStep, RecordedRequest } from '@resayil/emulator';
import type { EmulatorAnswer, EmulatorCommand, EmulatorRequest } from './emulator-messages.ts';

/** An emulator running in a child process. */
export interface EmulatorProcess {
  readonly url: string;
  /** Queues steps; resolves once the emulator has them. */
  enqueue(steps: EmulatorStep | EmulatorStep[]): Promise<void>;
  /** The emulator's request log. */
  requests(): Promise<RecordedRequest[]>;
  /** Empties the queue and the log. */
  reset(): Promise<void>;
  /** Stops the child. */
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./emulator-process.mjs', import.meta.url));

/** How the child process is started. */
export interface SpawnOptions {
  /** A soft limit on open files to start the child with (`ulimit -n`, through `sh`); it must not exceed the hard limit. */
  openFiles?: number | undefined;
}

/** Starts `createEmulator(options)` in a child process and resolves once it listens. */
export async function spawnEmulator(
  options: EmulatorOptions = {},
  spawnOptions: SpawnOptions = {},
): Promise<EmulatorProcess> {
  const args = [SCRIPT, JSON.stringify(options)];
  const stdio = ['ignore', 'inherit', 'inherit', 'ipc'] as const;
  const { openFiles } = spawnOptions;
  // `exec` keeps the IPC channel's file descriptor, which Node finds through NODE_CHANNEL_FD.
  const child: ChildProcess =
    openFiles === undefined
      ? fork(SCRIPT, [JSON.stringify(options)], { stdio: [...stdio] })
      : spawn('sh', ['-c', `ulimit -n ${openFiles} && exec "$0" "$@"`, process.execPath, ...args], {
          stdio: [...stdio],
        });
  const pending = new Map<number, { resolve: (a: EmulatorAnswer) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The emulator process exited with code ${code}`)));
    child.on('message', (answer: EmulatorAnswer) => {
      if (answer.type === 'ready') resolve(answer.url);
      else pending.get(answer.id)?.resolve(answer);
    });
  });
  const call = (request: EmulatorRequest): Promise<EmulatorAnswer> => {
    const id = nextId++;
    return new Promise<EmulatorAnswer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const command: EmulatorCommand = { ...request, id };
      child.send(command);
    }).then((answer) => {
      pending.delete(id);
      if (answer.type === 'failed') throw new Error(answer.message);
      return answer;
    });
  };
  return {
    url,
    async enqueue(steps) {
      await call({ type: 'enqueue', steps: Array.isArray(steps) ? steps : [steps] });
    },
    async requests() {
      const answer = await call({ type: 'requests' });
      return answer.type === 'ok' ? (answer.requests ?? []) : [];
    },
    async reset() {
      await call({ type: 'reset' });
    },
    async close() {
      if (child.exitCode === null && child.connected) child.disconnect();
      await exited;
    },
  };
}
