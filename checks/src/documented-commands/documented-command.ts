/** A shell command that a document shows, where it shows it, and what it needs to run. */
export interface DocumentedCommand {
  /** The document, relative to the repository root. */
  file: string;
  /** 1-based line of the command in the document. */
  line: number;
  /** The command as written, continuation lines joined, comments and a trailing `&` removed. */
  command: string;
  /** Where a reader runs it, relative to the repository root (a `cd` earlier in its block counts). */
  cwd: string;
  /** Variables the block exports before the command (`export NAME=value`). */
  env: Record<string, string>;
  /** Written with a trailing `&`: the reader leaves it running in the background. */
  background: boolean;
}
