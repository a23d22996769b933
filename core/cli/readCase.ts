import { readFile } from 'node:fs/promises';
import { CoreError } from '../errors/index.ts';
import { parseCase, type Case } from '../schemas/index.ts';

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * Reads and parses a case file (`CASE-FORMAT.md`).
 * @throws CoreError INVALID_INPUT when the file cannot be read or is not JSON; the schema's
 *   typed error (with its JSON path) when the JSON is not a valid case.
 */
export async function readCase(file: string): Promise<Case> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((e as NodeJS.ErrnoException).code ?? 'unreadable');
    throw new CoreError('INVALID_INPUT', `cannot read the case file "${file}" (${why}): check the path`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const where = pos ? ` at ${lineColumn(text, Number(pos[1]))}` : '';
    throw new CoreError('INVALID_INPUT', `"${file}" is not valid JSON${where}: fix the syntax (quotes, commas, brackets)`);
  }
  const r = parseCase(json);
  if (!r.ok) throw r.error;
  return r.value;
}
