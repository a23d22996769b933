import { CliError } from './CliError.ts';
import type { Lang } from './CliIo.ts';
import { EXIT } from './exitCodes.ts';
import { nearestKey } from '../schemas/nearestKey.ts';

/** The commands `yibao` knows. */
export type Command = 'settle' | 'check' | 'estimate' | 'policies' | 'calendar' | 'declare' | 'mock' | 'help';

const COMMANDS: Readonly<Record<Command, { file: boolean }>> = {
  settle: { file: true },
  check: { file: true },
  estimate: { file: true },
  policies: { file: false },
  calendar: { file: false },
  declare: { file: true },
  mock: { file: false },
  help: { file: false },
};

interface FlagSpec {
  type: 'boolean' | 'string';
  /** The commands the flag applies to; absent = every command. */
  commands?: readonly Command[];
  /** A sample value, shown when the value is missing. */
  example?: string;
  short?: string;
}

const FLAGS = {
  explain: { type: 'boolean', commands: ['settle'] },
  json: { type: 'boolean', commands: ['policies', 'calendar', 'declare'] },
  month: { type: 'string', commands: ['declare'], example: '2025-09' },
  lang: { type: 'string', example: 'en' },
  port: { type: 'string', commands: ['mock'], example: '8787' },
  host: { type: 'string', commands: ['mock'], example: '127.0.0.1' },
  seed: { type: 'string', commands: ['mock'], example: '1' },
  state: { type: 'string', commands: ['mock'], example: 'mock-state.json' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Record<string, FlagSpec>;

type FlagName = keyof typeof FLAGS;
const FLAG_NAMES = Object.keys(FLAGS) as FlagName[];

/** A checked command line. */
export type CommandLine =
  | { command: 'help' | 'version'; lang: Lang }
  | { command: 'settle'; file: string; explain: boolean; lang: Lang }
  | { command: 'check' | 'estimate'; file: string; lang: Lang }
  | { command: 'policies'; json: boolean; lang: Lang }
  | { command: 'calendar'; month: string; json: boolean; lang: Lang }
  | { command: 'declare'; file: string; month?: string; json: boolean; lang: Lang }
  | { command: 'mock'; port: number; host: string; seed: number; state?: string; lang: Lang };

const usage = (text: ConstructorParameters<typeof CliError>[1]): CliError => new CliError(EXIT.USAGE, text, true);

function wholeNumber(flag: string, text: string, max: number): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) > max) throw usage((t) => t.wholeNumber(flag, max));
  return Number(text);
}

/** A settlement month `YYYY-MM` given on the command line. */
function monthArg(text: string, shown: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1 || Number(m[1]) > 9998) throw usage((t) => t.monthValue(shown));
  return text;
}

function readLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'zh-CN') return 'zh';
  if (value === 'en') return 'en';
  throw usage((t) => t.langValue);
}

/** The language asked for with `--lang`, read before anything else can fail (zh when absent or unclear). */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en') return 'en';
  }
  return 'zh';
}

/**
 * Reads `yibao`'s arguments (after the program name).
 * @throws CliError with EXIT.USAGE: an unknown command or flag (with the nearest known name), a
 *   flag that does not apply to the command, a missing or extra argument, a bad flag value.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const given = new Map<FlagName, string | true>();
  const positionals: string[] = [];
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (rest || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      rest = true;
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const raw = long ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1);
    const name = long ? FLAG_NAMES.find((n) => n === raw) : FLAG_NAMES.find((n) => (FLAGS[n] as FlagSpec).short === raw);
    if (!name) {
      const near = nearestKey(raw, FLAG_NAMES);
      const shown = long ? `--${raw}` : arg;
      throw usage((t) => t.unknownFlag(shown, near === null ? undefined : `--${near}`));
    }
    const spec: FlagSpec = FLAGS[name];
    if (given.has(name)) throw usage((t) => t.flagRepeated(`--${name}`));
    if (spec.type === 'boolean') {
      if (long && eq > 0) throw usage((t) => t.flagTakesNoValue(`--${name}`));
      given.set(name, true);
      continue;
    }
    let value: string | undefined = long && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) [value, i] = [next, i + 1];
    }
    if (value === undefined || value === '') throw usage((t) => t.flagNeedsValue(`--${name}`, spec.example ?? ''));
    given.set(name, value);
  }
  const str = (n: FlagName): string | undefined => {
    const v = given.get(n);
    return typeof v === 'string' ? v : undefined;
  };
  const lang = readLang(str('lang'));
  if (given.has('help')) return { command: 'help', lang };
  if (given.has('version')) return { command: 'version', lang };

  const [word, ...args] = positionals;
  if (word === undefined) {
    const flag = [...given.keys()].find((n) => n !== 'lang');
    throw usage((t) => (flag ? t.flagOnlyGlobal(`--${flag}`) : t.noCommand));
  }
  if (!Object.hasOwn(COMMANDS, word)) {
    const near = nearestKey(word, Object.keys(COMMANDS)) ?? undefined;
    throw usage((t) => t.unknownCommand(word, near));
  }
  const command = word as Command;
  for (const n of given.keys()) {
    const only: readonly Command[] | undefined = (FLAGS[n] as FlagSpec).commands;
    if (only && !only.includes(command)) throw usage((t) => t.flagNotFor(`--${n}`, command, only.join(', ')));
  }
  if (COMMANDS[command].file) {
    const [file, ...extra] = args;
    if (file === undefined) throw usage((t) => (command === 'declare' ? t.needsRecords : t.needsFile(command)));
    if (extra.length) throw usage((t) => (command === 'declare' ? t.extraRecords : t.extraArgument(command, true)));
    if (command === 'settle') return { command, file, explain: given.has('explain'), lang };
    if (command === 'declare') {
      const month = str('month');
      return { command, file, json: given.has('json'), lang, ...(month === undefined ? {} : { month: monthArg(month, '--month') }) };
    }
    return { command: command as 'check' | 'estimate', file, lang };
  }
  if (command === 'calendar') {
    const [month, ...extra] = args;
    if (month === undefined) throw usage((t) => t.needsMonth);
    if (extra.length) throw usage((t) => t.extraMonth);
    return { command, month: monthArg(month, 'calendar'), json: given.has('json'), lang };
  }
  if (args.length) throw usage((t) => t.extraArgument(command, false));
  switch (command) {
    case 'policies':
      return { command, json: given.has('json'), lang };
    case 'mock': {
      const state = str('state');
      return {
        command,
        port: wholeNumber('--port', str('port') ?? '8787', 65535),
        host: str('host') ?? '127.0.0.1',
        seed: wholeNumber('--seed', str('seed') ?? '1', 2 ** 32 - 1),
        ...(state === undefined ? {} : { state }),
        lang,
      };
    }
    default:
      return { command: 'help', lang };
  }
}
