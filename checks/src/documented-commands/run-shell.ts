import { spawn, type ChildProcess } from 'node:child_process';

/** What a finished command printed and how it ended. */
export interface ShellResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A command that keeps running (a server), started and later stopped with everything it spawned. */
export interface Background {
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Called with each piece of output, whichever stream it came on. */
  onOutput(listener: () => void): void;
}

/** Starts a command line in a shell, as a reader would type it, in a process group of its own. */
function start(command: string, cwd: string, env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners: (() => void)[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const listener of listeners) listener();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const listener of listeners) listener();
  });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    onOutput: (listener) => listeners.push(listener),
  };
}

/** Runs a command line to its end and collects its output; rejects after `timeoutMs`. */
export function runShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const run = start(command, cwd, env);
    const timer = setTimeout(() => {
      stopGroup(run.child);
      reject(
        new Error(
          `\`${command}\` did not finish within ${timeoutMs / 1000} s.\nstdout: ${run.stdout()}\nstderr: ${run.stderr()}`,
        ),
      );
    }, timeoutMs);
    run.child.on('error', reject);
    run.child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: run.stdout(), stderr: run.stderr() });
    });
  });
}

/** Starts a long-running command and resolves once it prints a local address, or rejects if it exits first. */
export function startShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Background> {
  return new Promise((resolve, reject) => {
    const run = start(command, cwd, env);
    const output = (): string => run.stdout() + run.stderr();
    const background: Background = {
      output,
      stop: () =>
        new Promise((done) => {
          if (run.child.exitCode !== null || run.child.signalCode !== null) return done();
          run.child.once('close', () => done());
          stopGroup(run.child);
        }),
    };
    const timer = setTimeout(() => {
      stopGroup(run.child);
      reject(new Error(`\`${command}\` printed no address within ${timeoutMs / 1000} s.\n${output()}`));
    }, timeoutMs);
    run.onOutput(() => {
      if (!/https?:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(output())) return;
      clearTimeout(timer);
      resolve(background);
    });
    run.child.on('error', reject);
    run.child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command}\` exited (${code}) before it listened.\n${output()}`));
    });
  });
}

function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
