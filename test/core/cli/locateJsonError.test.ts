import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../core/cli/locateJsonError.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 300);

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A JSON text with one character deleted, inserted or replaced: mostly invalid, sometimes still valid. */
const mutated = fc
  .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom(...'{}[],:"\\ \n0-.eEtfnux'.split('')), fc.constantFrom('delete', 'insert', 'replace'))
  .map(([text, at, ch, how]) => {
    const i = text.length ? at % text.length : 0;
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + ch + text.slice(how === 'insert' ? i : i + 1);
  });

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 8, 'propertyName'],
    ['{"a" 1}', 5, 'colon'],
    ['{"a": 1', 7, 'end'],
    ['{"a": 1 "b": 2}', 8, 'commaOrBrace'],
    ['[1, 2', 5, 'end'],
    ['[1 2]', 3, 'commaOrBracket'],
    ['[1,]', 3, 'value'],
    ['{"a": tru}', 6, 'value'],
    ['{"a": "x\ny"}', 6, 'string'],
    ['{"a": "x', 6, 'string'],
    ['{"a": "x\u0001"}', 8, 'control'],
    ['{"a": "\\q"}', 7, 'escape'],
    ['{"a": "\\u12g4"}', 7, 'escape'],
    ['{"a": 01}', 6, 'number'],
    ['{"a": .5}', 6, 'value'],
    ['{"a": 1.}', 6, 'number'],
    ['{"a": -}', 6, 'number'],
    ['{"a": 1e}', 6, 'number'],
    ['{} x', 3, 'trailing'],
    ['  ', 2, 'end'],
  ])('finds the first problem in %j', (text, offset, problem) => {
    expect(locateJsonError(text)).toEqual({ offset, problem });
  });

  it('accepts every valid JSON text, however deep', () => {
    fc.assert(fc.property(fc.json(), (text) => locateJsonError(text) === null), { numRuns: RUNS });
    expect(locateJsonError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
  });

  it('agrees with JSON.parse on near-valid texts', () => {
    fc.assert(fc.property(mutated, (text) => (locateJsonError(text) === null) === parses(text)), { numRuns: RUNS });
  });
});
