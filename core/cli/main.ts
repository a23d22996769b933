/**
 * The `yibao` command line (node only; run through bin/yibao.js). Reads case files, calls the
 * core and prints JSON or an explained table. Errors go to stderr with the JSON path at fault.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCoreError } from '../errors/index.ts';
import { EXIT, processIo, type CliIo, type Lang } from './CliIo.ts';
import { HELP_TEXT } from './helpText.ts';
import { runCheck } from './runCheck.ts';
import { runEstimate } from './runEstimate.ts';
import { runMock } from './runMock.ts';
import { runPolicies } from './runPolicies.ts';
import { runSettle } from './runSettle.ts';

class UsageError extends Error {}

const OPTIONS = {
  explain: { type: 'boolean' },
  lang: { type: 'string', default: 'zh' },
  json: { type: 'boolean' },
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: '127.0.0.1' },
  seed: { type: 'string', default: '1' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function wholeNumber(name: string, text: string, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > max) throw new UsageError(`--${name} takes a whole number from 0 to ${max}`);
  return n;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (v.help || command === 'help') {
    io.out(HELP_TEXT);
    return EXIT.OK;
  }
  if (v.version) {
    io.out(version());
    return EXIT.OK;
  }
  if (v.lang !== 'zh' && v.lang !== 'en') throw new UsageError('--lang takes zh or en');
  const lang: Lang = v.lang;
  const needsFile = (): string => {
    if (!file) throw new UsageError(`${command} needs a case file: yibao ${command} CASE.json`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return file;
  };
  switch (command) {
    case 'settle':
      return runSettle(needsFile(), { explain: v.explain ?? false, lang }, io);
    case 'check':
      return runCheck(needsFile(), { lang }, io);
    case 'estimate':
      return runEstimate(needsFile(), { lang }, io);
    case 'policies':
      return runPolicies({ json: v.json ?? false }, io);
    case 'mock':
      return runMock(
        { port: wholeNumber('port', v.port, 65535), host: v.host, seed: wholeNumber('seed', v.seed, 2 ** 32 - 1) },
        io,
      );
    case undefined:
      throw new UsageError('no command given');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Runs one `yibao` command.
 * @param argv the arguments after the program name, e.g. `['settle', 'case.json', '--explain']`.
 * @param io where to write (the process's streams by default).
 * @returns the exit code: 0 done, 1 not directly settleable, 2 bad input / usage / policy, 3 internal error.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`yibao: ${e.message}\nRun "yibao --help" for usage.`);
      return EXIT.BAD_INPUT;
    }
    if (isCoreError(e)) {
      const file = e.path ? argv.find((a, i) => i > 0 && !a.startsWith('-') && a.endsWith('.json')) : undefined;
      io.err(`yibao: ${file ? `${file}: ` : ''}${e.message}`);
      return EXIT.BAD_INPUT;
    }
    io.err(`yibao: internal error: ${(e as Error)?.stack ?? String(e)}`);
    return EXIT.INTERNAL;
  }
}
