#!/usr/bin/env node
/**
 * The `yibao` process: runs `main` with the real stdio and owns what only a process can fail at.
 * - stdout closed by its reader (`yibao settle big.json | head -1`, EPIPE): stop writing, no
 *   message, the command's own exit code;
 * - stdout not writable (`> /dev/full`, ENOSPC, EIO …): one line on stderr, exit 74;
 * - anything thrown outside `main`: one line naming the error (no stack unless YIBAO_DEBUG=1), exit 70.
 */
import type { CliIo } from './CliIo.ts';
import { CLI_TEXTS } from './cliTexts.ts';
import { EXIT } from './exitCodes.ts';
import { formatError } from './formatError.ts';
import { main } from './main.ts';
import { langOf } from './parseCommandLine.ts';

const argv = process.argv.slice(2);
const lang = langOf(argv);
const debug = process.env.YIBAO_DEBUG === '1';
let stdoutGone = false;
let outputFailed = false;

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
// stderr is the last place to report anything: if it fails too, there is nowhere left.
process.stderr.on('error', () => {});
const warn = (text: string): void => void process.stderr.write(line(text));

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (stdoutGone) return;
  stdoutGone = true;
  if (e.code === 'EPIPE') return;
  outputFailed = true;
  const t = CLI_TEXTS[lang];
  warn(`${t.prefix}: ${t.outputFailed(e.code ?? e.name)}`);
  process.exitCode = EXIT.OUTPUT;
});

const crash = (e: unknown): void => {
  warn(formatError(e, lang, undefined, debug).text);
  process.exit(EXIT.INTERNAL);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const io: CliIo = {
  out: (text) => {
    if (!stdoutGone) process.stdout.write(line(text));
  },
  err: warn,
};

const code = await main(argv, io);
if (!outputFailed) process.exitCode = code;
