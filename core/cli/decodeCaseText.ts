import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';

/** Byte offset of the first malformed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
function firstBadUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    // overlong 3/4-byte forms, surrogates and code points past U+10FFFF
    const c1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a character offset in a text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/**
 * The text of a case file: UTF-8, with or without a BOM.
 * @throws CliError EXIT.BAD_INPUT when the file is empty (or only white space), UTF-16, or not
 *   UTF-8 (with the line and column where it stops being UTF-8)
 */
export function decodeCaseText(bytes: Uint8Array, file: string): string {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (bytes.length >= 2 && (b0 === 0) !== (b1 === 0))) {
    throw new CliError(EXIT.BAD_INPUT, (t) => t.fileUtf16(file));
  }
  const body = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = firstBadUtf8(body);
  if (bad >= 0) {
    const valid = new TextDecoder().decode(body.subarray(0, bad));
    const { line, column } = lineColumnOf(valid, valid.length);
    throw new CliError(EXIT.BAD_INPUT, (t) => t.fileNotUtf8(file, line, column));
  }
  const text = new TextDecoder().decode(body);
  if (text.trim() === '') throw new CliError(EXIT.BAD_INPUT, (t) => t.fileEmpty(file));
  return text;
}
