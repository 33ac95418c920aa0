import { EXIT, type CliIO } from './cli-io.ts';
import { generateCommand } from './generate-command.ts';
import { USAGE } from './usage-text.ts';
import { UsageError } from './usage-error.ts';
import { validateCommand } from './validate-command.ts';

/** Runs `resayil-litellm` with `argv` (without `node` and the script). Returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  try {
    switch (command) {
      case 'generate':
        return await generateCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT.ok;
      case undefined:
        throw new UsageError('a command is required');
      default:
        throw new UsageError(`unknown command \`${command}\``);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`resayil-litellm: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
}
