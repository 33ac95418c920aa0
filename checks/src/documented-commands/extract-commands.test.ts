import { describe, expect, it } from 'vitest';
import { extractCommands } from './extract-commands.ts';

const doc = [
  'Run `npx resayil models` or `npm test`, then `npm start -- "hi" && npx resayil health`.',
  '',
  '```sh',
  'cd examples/demo',
  'npm run build          # builds it',
  'npx resayil-litellm generate --api both \\',
  '  --out config.yaml',
  'export RESAYIL_API_KEY=your-key',
  'npx resayil-emulator --port 4010 &',
  'echo "npx resayil not ours"',
  '```',
  '',
  '```yaml',
  'npx resayil chat in yaml is not a command',
  '```',
].join('\n');

describe('extractCommands', () => {
  const found = extractCommands('examples/x/README.md', doc);

  it('finds inline commands of ours, split on &&, where the document is', () => {
    const inline = found.filter((c) => c.line === 1);
    expect(inline.map((c) => c.command)).toEqual([
      'npx resayil models',
      'npm start -- "hi"',
      'npx resayil health',
    ]);
    expect(inline.every((c) => c.cwd === 'examples/x')).toBe(true);
  });

  it('follows cd, joins continuation lines, drops comments and reads exports in a shell block', () => {
    const block = found.filter((c) => c.line > 1);
    expect(block.map((c) => [c.line, c.command, c.cwd])).toEqual([
      [5, 'npm run build', 'examples/demo'],
      [6, 'npx resayil-litellm generate --api both --out config.yaml', 'examples/demo'],
      [9, 'npx resayil-emulator --port 4010', 'examples/demo'],
    ]);
    expect(block[0]?.env).toEqual({});
    expect(block[2]?.env).toEqual({ RESAYIL_API_KEY: 'your-key' });
    expect(block[2]?.background).toBe(true);
  });

  it('runs the commands of a docs/ page in its owner folder', () => {
    expect(extractCommands('docs/scaling.md', '`npm run e2e:n8n`')[0]?.cwd).toBe('.');
    expect(extractCommands('packages/n8n/docs/e2e.md', '`npm run e2e:n8n`')[0]?.cwd).toBe('packages/n8n');
  });

  it('resolves cd from the repository root for root documents', () => {
    const [first] = extractCommands('README.md', '```sh\ncd examples/demo\nnpm start\n```');
    expect(first).toMatchObject({ cwd: 'examples/demo', command: 'npm start' });
  });
});
