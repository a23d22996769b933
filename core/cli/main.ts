/**
 * The `yibao` command line (node only; the process entry is bin.ts). Reads case files, calls the
 * core and prints JSON or an explained table. Failures go to stderr in the language of `--lang`,
 * with the JSON path at fault, and end with an exit code from exitCodes.ts.
 */
import { processIo, type CliIo } from './CliIo.ts';
import { EXIT } from './exitCodes.ts';
import { formatError } from './formatError.ts';
import { helpText } from './helpText.ts';
import { packageRoot } from './packageRoot.ts';
import { langOf, parseCommandLine, type CommandLine } from './parseCommandLine.ts';
import { runCalendar } from './runCalendar.ts';
import { runCheck } from './runCheck.ts';
import { runDeclare } from './runDeclare.ts';
import { runEstimate } from './runEstimate.ts';
import { runMock } from './runMock.ts';
import { runPolicies } from './runPolicies.ts';
import { runSettle } from './runSettle.ts';

async function run(cl: CommandLine, io: CliIo): Promise<number> {
  switch (cl.command) {
    case 'help':
      io.out(helpText(cl.lang));
      return EXIT.OK;
    case 'version':
      io.out(packageRoot().version);
      return EXIT.OK;
    case 'settle':
      return runSettle(cl.file, cl, io);
    case 'check':
      return runCheck(cl.file, cl, io);
    case 'estimate':
      return runEstimate(cl.file, cl, io);
    case 'policies':
      return runPolicies(cl, io);
    case 'calendar':
      return runCalendar(cl.month, cl, io);
    case 'declare':
      return runDeclare(cl.file, cl, io);
    case 'mock':
      return runMock(cl, io);
  }
}

/**
 * Runs one `yibao` command.
 * @param argv the arguments after the program name, e.g. `['settle', 'case.json', '--explain']`.
 * @param io where to write (the process's streams by default).
 * @returns the exit code from the table in exitCodes.ts (`yibao --help` prints it).
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let cl: CommandLine | undefined;
  try {
    cl = parseCommandLine(argv);
    return await run(cl, io);
  } catch (e) {
    const file = cl && 'file' in cl ? cl.file : undefined;
    const { text, exit } = formatError(e, cl?.lang ?? langOf(argv), file, process.env.YIBAO_DEBUG === '1');
    io.err(text);
    return exit;
  }
}
