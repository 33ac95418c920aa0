import { posix } from 'node:path';
import type { DocumentedCommand } from './documented-command.ts';

/** The commands of ours a reader types: the CLIs, `npm start` and `npm run`. */
const COMMAND = /^(?:npx (?:resayil|resayil-litellm|resayil-emulator)(?:\s|$)|npm start(?:\s|$)|npm run \S)/;
const FENCE = /^\s*(```|~~~)\s*(\w*)/;
const SHELL_FENCES = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh']);
const INLINE = /`([^`\n]+)`/g;

/**
 * Finds the commands a Markdown document shows: lines of shell code blocks and inline code spans
 * that start with one of the toolkit's commands. A `cd` in a block moves the lines after it (our docs
 * say "from the repository root", so its path is taken from there);
 * `export NAME=value` in a block applies to the lines after it; `a && b` gives two commands.
 */
export function extractCommands(file: string, markdown: string): DocumentedCommand[] {
  const home = homeOf(file);
  const lines = markdown.split('\n');
  const found: DocumentedCommand[] = [];
  let block: { shell: boolean; cwd: string; env: Record<string, string> } | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const fence = FENCE.exec(raw);
    if (fence) {
      block = block ? undefined : { shell: SHELL_FENCES.has(fence[2] ?? ''), cwd: home, env: {} };
      continue;
    }
    if (block) {
      if (!block.shell) continue;
      let text = raw;
      const start = i;
      while (text.trimEnd().endsWith('\\') && i + 1 < lines.length) {
        i += 1;
        text = `${text.trimEnd().slice(0, -1).trimEnd()} ${(lines[i] ?? '').trim()}`;
      }
      for (const part of splitAnd(stripComment(text))) {
        const cd = /^cd\s+(\S+)$/.exec(part);
        const exported = /^export\s+([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(part);
        if (cd?.[1]) block.cwd = posix.normalize(cd[1]);
        else if (exported?.[1]) block.env = { ...block.env, [exported[1]]: exported[2] ?? '' };
        else pushIfOurs(found, { file, line: start + 1, text: part, cwd: block.cwd, env: block.env });
      }
      continue;
    }
    for (const match of raw.matchAll(INLINE)) {
      for (const part of splitAnd(match[1] ?? ''))
        pushIfOurs(found, { file, line: i + 1, text: part, cwd: home, env: {} });
    }
  }
  return found;
}

function pushIfOurs(
  found: DocumentedCommand[],
  at: { file: string; line: number; text: string; cwd: string; env: Record<string, string> },
): void {
  const background = /\s&$/.test(at.text);
  const command = at.text.replace(/\s&$/, '').trim();
  if (!COMMAND.test(command)) return;
  found.push({
    file: at.file,
    line: at.line,
    command,
    cwd: at.cwd === '' ? '.' : at.cwd,
    env: at.env,
    background,
  });
}

/** The folder a document's commands run in: its own, or its owner's for a page under `docs/`. */
function homeOf(file: string): string {
  const folder = posix.dirname(file);
  return folder === 'docs' ? '.' : folder.replace(/\/docs$/, '');
}

/** Drops a `# comment` that is outside quotes. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i).trim();
  }
  return line.trim();
}

function splitAnd(line: string): string[] {
  return line
    .split(/\s&&\s/)
    .map((part) => part.trim())
    .filter(Boolean);
}
