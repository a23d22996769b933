/** Why a text is not JSON, as a key of the CLI's `json` messages. */
export type JsonProblem =
  | 'value'
  | 'end'
  | 'propertyName'
  | 'colon'
  | 'commaOrBrace'
  | 'commaOrBracket'
  | 'string'
  | 'control'
  | 'escape'
  | 'number'
  | 'trailing';

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const DIGIT = /[0-9]/;

/**
 * Finds the first JSON syntax error (RFC 8259) in a text, without recursion (deep nesting cannot
 * overflow the stack) and without quoting the text (it may hold personal data).
 * @returns the character offset and the problem, or null when the text is valid JSON
 */
export function locateJsonError(text: string): { offset: number; problem: JsonProblem } | null {
  let pos = 0;
  const stack: ('{' | '[')[] = [];
  const fail = (problem: JsonProblem, offset = pos) => ({ offset, problem });
  const skip = () => {
    while (pos < text.length && WS.has(text[pos]!)) pos++;
  };
  const scanString = (): JsonProblem | null => {
    const start = pos++;
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '"') {
        pos++;
        return null;
      }
      if (c === '\n' || c === '\r') {
        pos = start;
        return 'string';
      }
      if (c < ' ') return 'control';
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u' ? !HEX.test(text.slice(pos + 2, pos + 6)) : e === undefined || !ESCAPES.has(e)) return 'escape';
        pos += e === 'u' ? 6 : 2;
      } else pos++;
    }
    pos = start;
    return 'string';
  };
  const scanNumber = (): boolean => {
    const start = pos;
    if (text[pos] === '-') pos++;
    if (text[pos] === '0') {
      pos++;
      if (DIGIT.test(text[pos] ?? '')) return (pos = start), false;
    } else if (/[1-9]/.test(text[pos] ?? '')) {
      while (DIGIT.test(text[pos] ?? '')) pos++;
    } else return (pos = start), false;
    if (text[pos] === '.') {
      pos++;
      if (!DIGIT.test(text[pos] ?? '')) return (pos = start), false;
      while (DIGIT.test(text[pos] ?? '')) pos++;
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      if (!DIGIT.test(text[pos] ?? '')) return (pos = start), false;
      while (DIGIT.test(text[pos] ?? '')) pos++;
    }
    return true;
  };

  let want: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skip();
    if (want === 'value') {
      const c = text[pos];
      if (c === undefined) return fail('end');
      if (c === '{' || c === '[') {
        stack.push(c);
        pos++;
        skip();
        if (text[pos] === (c === '{' ? '}' : ']')) {
          stack.pop();
          pos++;
          want = 'after';
        } else want = c === '{' ? 'key' : 'value';
      } else if (c === '"') {
        const p = scanString();
        if (p) return fail(p);
        want = 'after';
      } else if (c === '-' || DIGIT.test(c)) {
        if (!scanNumber()) return fail('number');
        want = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, pos));
        if (!word) return fail('value');
        pos += word.length;
        want = 'after';
      }
    } else if (want === 'key') {
      if (pos >= text.length) return fail('end');
      if (text[pos] !== '"') return fail('propertyName');
      const p = scanString();
      if (p) return fail(p);
      skip();
      if (pos >= text.length) return fail('end');
      if (text[pos] !== ':') return fail('colon');
      pos++;
      want = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return pos < text.length ? fail('trailing') : null;
      const c = text[pos];
      if (c === undefined) return fail('end');
      const close = top === '{' ? '}' : ']';
      if (c === ',') {
        pos++;
        want = top === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        pos++;
      } else return fail(top === '{' ? 'commaOrBrace' : 'commaOrBracket');
    }
  }
}
