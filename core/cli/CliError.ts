import type { CliTexts } from './cliTexts.ts';
import type { ExitCode } from './exitCodes.ts';

/**
 * A failure the CLI reports itself (usage, file, environment), with its exit code. The message is
 * rendered late, in the language of `--lang`, from the CLI's text table.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly exit: ExitCode,
    readonly text: (t: CliTexts) => string,
    /** Usage errors end with the pointer to `--help`. */
    readonly showHelp = false,
  ) {
    super('yibao CLI error');
  }
}
