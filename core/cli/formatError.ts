import { describeError, isCoreError } from '../index.ts';
import { CliError } from './CliError.ts';
import type { Lang } from './CliIo.ts';
import { CLI_TEXTS } from './cliTexts.ts';
import { EXIT, type ExitCode } from './exitCodes.ts';

/** The name of an unexpected error, without its message (which may quote input data). */
const errorName = (e: unknown): string => {
  const err = e as { name?: unknown; code?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : typeof e;
  return typeof err?.code === 'string' ? `${name} ${err.code}` : name;
};

/**
 * What the CLI prints on stderr for a failure, and the exit code (exitCodes.ts). A CoreError gets
 * the core's localized title and action, its JSON path and the core's detail; a CliError its own
 * message; anything else is an internal error named without its message or stack (unless
 * YIBAO_DEBUG=1).
 * @param file the case file the command read, named before a core error's path
 */
export function formatError(e: unknown, lang: Lang, file?: string, debug = false): { text: string; exit: ExitCode } {
  const t = CLI_TEXTS[lang];
  if (e instanceof CliError) {
    return { text: `${t.prefix}: ${e.text(t)}${e.showHelp ? `\n${t.seeHelp}` : ''}`, exit: e.exit };
  }
  if (isCoreError(e)) {
    const { title, action } = describeError(e, lang);
    const where = [file, e.path].filter(Boolean).join(' → ');
    const detail = e.message.replace(/^[A-Z_]+( at \S+)?: /, '');
    return {
      text: [`${t.prefix}: ${t.coreError(title, e.code)}${where ? ` · ${t.at(where)}` : ''}`, `  ${action}`, `  ${t.detail}${detail}`].join('\n'),
      exit: e.code === 'NOT_DIRECT' ? EXIT.NOT_DIRECT : EXIT.BAD_INPUT,
    };
  }
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return { text: `${t.prefix}: ${t.internal(errorName(e))}${stack}`, exit: EXIT.INTERNAL };
}
