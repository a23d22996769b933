import { describe, expect, it } from 'vitest';
import { CliError } from '../../../core/cli/CliError.ts';
import { CLI_TEXTS } from '../../../core/cli/cliTexts.ts';
import { EXIT } from '../../../core/cli/exitCodes.ts';
import { langOf, parseCommandLine } from '../../../core/cli/parseCommandLine.ts';
import { yibaoInProcess } from './support/yibao.ts';

/** The usage message parseCommandLine throws for argv, in English. */
function refusal(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exit).toBe(EXIT.USAGE);
    return (e as CliError).text(CLI_TEXTS.en);
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads each command with its flags and defaults', () => {
    expect(parseCommandLine(['settle', 'a.json', '--explain', '--lang', 'en'])).toEqual({ command: 'settle', file: 'a.json', explain: true, lang: 'en' });
    expect(parseCommandLine(['check', 'a.json'])).toEqual({ command: 'check', file: 'a.json', lang: 'zh' });
    expect(parseCommandLine(['estimate', '--lang=en', 'a.json'])).toEqual({ command: 'estimate', file: 'a.json', lang: 'en' });
    expect(parseCommandLine(['policies', '--json'])).toEqual({ command: 'policies', json: true, lang: 'zh' });
    expect(parseCommandLine(['mock'])).toEqual({ command: 'mock', port: 8787, host: '127.0.0.1', seed: 1, lang: 'zh' });
    expect(parseCommandLine(['mock', '--port', '0', '--host=::1', '--seed', '7', '--state', 's.json'])).toEqual({
      command: 'mock', port: 0, host: '::1', seed: 7, state: 's.json', lang: 'zh',
    });
    expect(parseCommandLine(['settle', '--', '-odd-name.json'])).toMatchObject({ file: '-odd-name.json' });
  });

  it('lets --help and --version win over the rest of the line', () => {
    expect(parseCommandLine(['settle', '-h'])).toEqual({ command: 'help', lang: 'zh' });
    expect(parseCommandLine(['help', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en' });
    expect(parseCommandLine(['-v'])).toEqual({ command: 'version', lang: 'zh' });
  });

  it.each([
    [['settle', 'a.json', '--explian'], 'unknown flag --explian; did you mean --explain?'],
    [['settle', 'a.json', '--lnag', 'en'], 'unknown flag --lnag; did you mean --lang?'],
    [['policies', '--jsno'], 'unknown flag --jsno; did you mean --json?'],
    [['mock', '--prot', '1'], 'unknown flag --prot; did you mean --port?'],
    [['settle', 'a.json', '-explain'], 'unknown flag -explain; did you mean --explain?'],
    [['settle', 'a.json', '--frobnicate'], 'unknown flag --frobnicate.'],
    [['setle', 'a.json'], 'unknown command "setle"; did you mean settle?'],
    [['frob'], 'unknown command "frob": use settle, check, estimate, policies, calendar, declare or mock.'],
  ])('suggests the nearest name for a mistyped one: %j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it.each([
    [['check', 'a.json', '--explain'], 'the flag --explain does not apply to check, only to settle: leave it out.'],
    [['estimate', 'a.json', '--explain'], 'the flag --explain does not apply to estimate, only to settle: leave it out.'],
    [['settle', 'a.json', '--json'], 'the flag --json does not apply to settle, only to policies, calendar, declare: leave it out.'],
    [['settle', 'a.json', '--port', '1'], 'the flag --port does not apply to settle, only to mock: leave it out.'],
    [['policies', '--state', 's.json'], 'the flag --state does not apply to policies, only to mock: leave it out.'],
  ])('refuses a flag that does not apply to the command: %j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it.each([
    [['policies', 'extra'], 'too many arguments after policies: yibao policies takes none; remove the rest.'],
    [['mock', 'now'], 'too many arguments after mock: yibao mock takes none; remove the rest.'],
    [['help', 'settle'], 'too many arguments after help: yibao help takes none; remove the rest.'],
    [['settle', 'a.json', 'b.json'], 'too many arguments after settle: yibao settle takes one case file; remove the rest.'],
    [['check'], 'check needs a case file: yibao check CASE.json'],
    [[], 'no command given: write settle, check, estimate, policies, calendar, declare or mock.'],
    [['--explain'], 'the flag --explain needs a command, e.g. yibao settle CASE.json --explain.'],
  ])('refuses missing and extra arguments: %j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it.each([
    [['settle', 'a.json', '--lang', 'fr'], '--lang takes zh or en.'],
    [['settle', 'a.json', '--lang'], 'the flag --lang needs a value, e.g. --lang en.'],
    [['settle', 'a.json', '--lang', '--explain'], 'the flag --lang needs a value, e.g. --lang en.'],
    [['settle', 'a.json', '--explain=yes'], 'the flag --explain takes no value: write --explain, not --explain=….'],
    [['settle', 'a.json', '--lang', 'en', '--lang', 'zh'], 'the flag --lang is given more than once: give it once.'],
    [['mock', '--port', '65536'], '--port takes a whole number from 0 to 65535.'],
    [['mock', '--port', '-1'], '--port takes a whole number from 0 to 65535.'],
    [['mock', '--seed', '1.5'], '--seed takes a whole number from 0 to 4294967295.'],
  ])('refuses a bad flag value: %j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });
});

describe('langOf', () => {
  it('reads --lang before anything else is checked, zh when absent or unclear', () => {
    expect(langOf(['--bogus', '--lang', 'en'])).toBe('en');
    expect(langOf(['--lang=en', 'frob'])).toBe('en');
    expect(langOf(['--lang', 'fr'])).toBe('zh');
    expect(langOf(['--', '--lang', 'en'])).toBe('zh');
    expect(langOf([])).toBe('zh');
  });
});

describe('main (usage mistakes)', () => {
  it('exits 64 with the message in the language asked for and the pointer to --help', async () => {
    const en = await yibaoInProcess('settle', 'a.json', '--explian', '--lang', 'en');
    expect(en).toEqual({ code: 64, stdout: '', stderr: 'yibao: unknown flag --explian; did you mean --explain?\nRun yibao --help for usage.\n' });
    const zh = await yibaoInProcess('settle', 'a.json', '--explian');
    expect(zh).toEqual({ code: 64, stdout: '', stderr: 'yibao: 未知选项 --explian，是否想用 --explain？\n运行 yibao --help 查看用法。\n' });
  });
});
