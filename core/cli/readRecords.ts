import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { describeError, isCoreError, parseSettlementRecord, type SettlementRecord } from '../index.ts';
import { CliError } from './CliError.ts';
import type { Lang } from './CliIo.ts';
import { EXIT } from './exitCodes.ts';
import { lineColumnOf } from './decodeCaseText.ts';
import { locateJsonError } from './locateJsonError.ts';

const READ_ERRORS: Readonly<Record<string, (file: string) => CliError>> = {
  ENOENT: (file) => new CliError(EXIT.BAD_INPUT, (t) => t.recordsNotFound(file)),
  EISDIR: (file) => new CliError(EXIT.BAD_INPUT, (t) => t.recordsIsDirectory(file)),
  EACCES: (file) => new CliError(EXIT.BAD_INPUT, (t) => t.recordsNoAccess(file)),
};

const readError = (file: string, e: unknown): CliError => {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  return READ_ERRORS[code]?.(file) ?? new CliError(EXIT.BAD_INPUT, (t) => t.recordsUnreadable(file, code));
};

/** One record's JSON read into a SettlementRecord, or a CliError naming the record and the path. */
function toRecord(json: unknown, file: string, n: number, lang: Lang): SettlementRecord {
  const r = parseSettlementRecord(json);
  if (r.ok) return r.value;
  const { title, action } = describeError(r.error, lang);
  const where = r.error.path ?? '(root)';
  const detail = r.error.message.replace(/^[A-Z_]+( at \S+)?: /, '');
  throw new CliError(EXIT.BAD_INPUT, (t) => `${t.recordInvalid(file, n, where, title, r.error.code)}\n  ${action}\n  ${t.detail}${detail}`);
}

/** JSON text that starts on line `firstLine` of the file; a syntax error names the file's line and column, never the text. */
function parseJson(text: string, file: string, firstLine: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const found = locateJsonError(text) ?? { offset: text.length, problem: 'end' as const };
    const { line, column } = lineColumnOf(text, found.offset);
    throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsJsonSyntax(file, firstLine + line - 1, column, t.json[found.problem]));
  }
}

/**
 * The settlement records of a file, one at a time: NDJSON (one `yibao.settlement-record` per line,
 * blank lines allowed) is streamed in constant memory; a file whose first character is `[` is read
 * whole as a JSON array. UTF-8 with or without a BOM.
 * @throws CliError EXIT.BAD_INPUT for a file that cannot be read, is empty, not UTF-8, not JSON, or
 *   holds a record that `parseSettlementRecord` refuses (with its number and JSON path)
 */
export async function* readRecords(file: string, lang: Lang): AsyncGenerator<SettlementRecord> {
  try {
    if ((await stat(file)).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (e) {
    throw readError(file, e);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pending = '';
  let line = 0;
  let n = 0;
  let started = false;
  let sawContent = false;
  const stream = createReadStream(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!started) {
        started = true;
        const [b0, b1] = chunk;
        if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (chunk.length >= 2 && (b0 === 0) !== (b1 === 0))) {
          throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsUtf16(file));
        }
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        // The line of the first bad byte: where a lenient decoder puts its first replacement character.
        const lenient = pending + new TextDecoder().decode(chunk);
        const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
        const at = line + 1 + (before.match(/\n/g)?.length ?? 0);
        throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsNotUtf8(file, at));
      }
      pending += text;
      if (!sawContent && pending.trimStart().startsWith('[')) {
        stream.destroy();
        yield* readArray(file, lang);
        return;
      }
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const row = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        line += 1;
        if (row.trim() === '') continue;
        sawContent = true;
        n += 1;
        yield toRecord(parseJson(row, file, line), file, n, lang);
      }
      if (pending.trim() !== '') sawContent = true;
    }
    try {
      pending += decoder.decode();
    } catch {
      throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsNotUtf8(file, line + 1));
    }
  } catch (e) {
    if (e instanceof CliError || isCoreError(e)) throw e;
    throw readError(file, e);
  }
  if (pending.trim() !== '') {
    n += 1;
    yield toRecord(parseJson(pending, file, line + 1), file, n, lang);
  }
  if (n === 0) throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsEmpty(file));
}

async function* readArray(file: string, lang: Lang): AsyncGenerator<SettlementRecord> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (e) {
    if (e instanceof TypeError) throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsNotUtf8(file, 1));
    throw readError(file, e);
  }
  const json = parseJson(text.replace(/^\uFEFF/, ''), file, 1);
  if (!Array.isArray(json)) throw new CliError(EXIT.BAD_INPUT, (t) => t.recordsNotArray(file));
  for (let i = 0; i < json.length; i++) yield toRecord(json[i], file, i + 1, lang);
}
