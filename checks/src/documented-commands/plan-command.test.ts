import { describe, expect, it } from 'vitest';
import type { DocumentedCommand } from './documented-command.ts';
import { planCommand } from './plan-command.ts';

function entry(command: string, background = false): DocumentedCommand {
  return { file: 'README.md', line: 1, command, cwd: '.', env: {}, background };
}

describe('planCommand', () => {
  it('runs the CLIs, dropping usage brackets', () => {
    expect(planCommand(entry('npx resayil chat "hi" [--model ID] [--json]'), {})).toEqual({
      kind: 'run',
      command: 'npx resayil chat "hi"',
    });
    expect(planCommand(entry('npx resayil-litellm validate config.yaml'), {}).kind).toBe('run');
  });

  it('starts servers and stops them once they listen', () => {
    expect(planCommand(entry('npx resayil-emulator --port 4010'), {}).kind).toBe('server');
    expect(planCommand(entry('npm run dev'), { dev: 'next dev' }).kind).toBe('server');
    expect(planCommand(entry('npm start'), { start: 'next start' }).kind).toBe('server');
    expect(planCommand(entry('npx resayil chat hi', true), {}).kind).toBe('server');
  });

  it('runs demo scripts and only looks up long ones', () => {
    expect(planCommand(entry('npm start -- "hi"'), { start: 'node dist/main.mjs' }).kind).toBe('run');
    expect(planCommand(entry('npm run core -- "hi"'), {}).kind).toBe('run');
    expect(planCommand(entry('npm run e2e:n8n -- --record'), {})).toEqual({
      kind: 'script-exists',
      script: 'e2e:n8n',
      workspace: undefined,
    });
    expect(planCommand(entry('npm run bench -w @x/bench -- --quick'), {})).toEqual({
      kind: 'script-exists',
      script: 'bench',
      workspace: '@x/bench',
    });
  });
});
