import { spawn, type ChildProcess } from 'node:child_process';

/** What a finished command printed and how it ended. */
export interface ShellResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command line in a shell, as a reader would type it, and collects its output. */
export function runShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      cwd,
      env,
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      stopGroup(child);
      reject(
        new Error(
          `\`${command}\` did not finish within ${timeoutMs / 1000} s.\nstdout: ${stdout}\nstderr: ${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A command that keeps running (a server), started and later stopped with everything it spawned. */
export interface Background {
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts a long-running command and resolves once it prints an address (it listens), or rejects if it exits first. */
export function startShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Background> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      cwd,
      env,
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const background: Background = {
      output: () => output,
      stop: () =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('close', () => done());
          stopGroup(child);
        }),
    };
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/https?:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(output)) {
        clearTimeout(timer);
        resolve(background);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      stopGroup(child);
      reject(new Error(`\`${command}\` printed no address within ${timeoutMs / 1000} s.\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command}\` exited (${code}) before it listened.\n${output}`));
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
