import { readFile } from 'node:fs/promises';
import { parseCase, type Case } from '../index.ts';
import { CliError } from './CliError.ts';
import { decodeCaseText, lineColumnOf } from './decodeCaseText.ts';
import { EXIT } from './exitCodes.ts';
import { locateJsonError } from './locateJsonError.ts';

const READ_ERRORS: Readonly<Record<string, (file: string) => CliError>> = {
  ENOENT: (file) => new CliError(EXIT.BAD_INPUT, (t) => t.fileNotFound(file)),
  EISDIR: (file) => new CliError(EXIT.BAD_INPUT, (t) => t.fileIsDirectory(file)),
  EACCES: (file) => new CliError(EXIT.BAD_INPUT, (t) => t.fileNoAccess(file)),
};

/**
 * Reads and parses a case file (`CASE-FORMAT.md`).
 * @throws CliError EXIT.BAD_INPUT when the file cannot be read, is empty, is not UTF-8 or not
 *   JSON (with line and column); the schema's CoreError (with its JSON path) when the JSON is not
 *   a valid case.
 */
export async function readCase(file: string): Promise<Case> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw READ_ERRORS[code]?.(file) ?? new CliError(EXIT.BAD_INPUT, (t) => t.fileUnreadable(file, code));
  }
  const text = decodeCaseText(bytes, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's own message quotes the text (possibly personal data) and often lacks a position.
    const found = locateJsonError(text) ?? { offset: text.length, problem: 'end' as const };
    const { line, column } = lineColumnOf(text, found.offset);
    throw new CliError(EXIT.BAD_INPUT, (t) => t.jsonSyntax(file, line, column, t.json[found.problem]));
  }
  const r = parseCase(json);
  if (!r.ok) throw r.error;
  return r.value;
}
