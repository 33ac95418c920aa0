import type { DocumentedCommand } from './documented-command.ts';

/** How the check treats a documented command. */
export type CommandPlan =
  | { kind: 'run'; command: string }
  | { kind: 'server'; command: string }
  | { kind: 'script-exists'; script: string; workspace: string | undefined };

/** `npm run` scripts that the check runs; the others are long (builds, e2e, benches) and are only looked up. */
const RUN_SCRIPTS = new Set(['start', 'core', 'sdk', 'validate']);
/** `npm run` scripts that start a server. */
const SERVER_SCRIPTS = new Set(['dev']);

/**
 * Decides how to check a command: run it to the end, start it as a server and stop it once it
 * listens, or (for builds, lints and end-to-end runs, which CI runs on their own) check that the
 * script exists. Usage brackets (`[--model ID]`) are dropped before running.
 */
export function planCommand(entry: DocumentedCommand, scripts: Record<string, string>): CommandPlan {
  const command = entry.command.replace(/\s+\[[^\]]*\]/g, '').trim();
  const npmRun = /^npm run (\S+)(?:\s+(?:-w|--workspace)\s+(\S+))?/.exec(command);
  if (npmRun?.[1]) {
    const script = npmRun[1];
    if (SERVER_SCRIPTS.has(script)) return { kind: 'server', command };
    if (RUN_SCRIPTS.has(script) && !npmRun[2]) return { kind: 'run', command };
    return { kind: 'script-exists', script, workspace: npmRun[2] };
  }
  if (command.startsWith('npx resayil-emulator') || entry.background) return { kind: 'server', command };
  if (/^npm start\b/.test(command) && /^next\s/.test(scripts.start ?? '')) return { kind: 'server', command };
  return { kind: 'run', command };
}
