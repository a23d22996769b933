/**
 * Fuzz of the command line in this process: arbitrary argument lists, and case files that are
 * arbitrary JSON or near-valid mutations of the shipped examples. `main` always returns an exit
 * code from the table, never throws, never reports an internal error (70) or a stack trace, and a
 * figure it prints is never NaN or Infinity.
 *
 * Runs per property: env YIBAO_FUZZ_RUNS (default 100).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../core/cli/exitCodes.ts';
import { EXAMPLES, work, yibaoInProcess } from './support/yibao.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 100);
const TIMEOUT = 30_000 + RUNS * 10;
const CODES = new Set<number>(Object.values(EXIT));
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as unknown);

/** Every path (list of keys) inside a JSON value. */
function pathsOf(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]));
  return out;
}

/** A copy of `doc` with the value at one path deleted or replaced. */
function mutate(doc: unknown, pick: number, replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc);
  const paths = pathsOf(copy).filter((p) => p.length > 0);
  const path = paths[pick % paths.length]!;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const nearValid = fc
  .tuple(fc.nat({ max: examples.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([i, edits]) => edits.reduce((doc, [pick, value, remove]) => mutate(doc, pick, value, remove), examples[i]));

const TOKENS = ['settle', 'check', 'estimate', 'policies', 'help', '--explain', '--json', '--lang', 'en', 'zh', '--port', '--host', '--seed',
  '--state', '--help', '-h', '--version', '-v', '--', '-', '--lang=en', '--explian', join(EXAMPLES, 'example-4.json'), join(EXAMPLES, 'not-filed.json')];

let n = 0;
function caseFile(doc: unknown): string {
  const file = join(work, `fuzz-${n++ % 20}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

function expectWellBehaved(r: { code: number; stdout: string; stderr: string }): void {
  expect(CODES.has(r.code)).toBe(true);
  expect(r.code).not.toBe(EXIT.INTERNAL);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/NaN|Infinity/);
}

describe('main (fuzz)', () => {
  it('answers any argument list with an exit code from the table', { timeout: TIMEOUT }, async () => {
    // `mock` would start a server and wait for Ctrl-C; it is tested by spawning it.
    const token = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }).filter((s) => !s.includes('mock') && !s.startsWith('/')));
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        expectWellBehaved(await yibaoInProcess(...argv));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers any case file with 0, 1 or 2 (settle, settle --explain, check, estimate)', { timeout: TIMEOUT }, async () => {
    const doc = fc.oneof({ weight: 4, arbitrary: nearValid }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
    const command = fc.constantFrom<string[]>(['settle'], ['settle', '--explain'], ['check'], ['estimate'], ['settle', '--lang', 'en']);
    await fc.assert(
      fc.asyncProperty(doc, command, async (d, [cmd, ...flags]) => {
        const r = await yibaoInProcess(cmd!, caseFile(d), ...flags);
        expectWellBehaved(r);
        expect([EXIT.OK, EXIT.NOT_DIRECT, EXIT.BAD_INPUT]).toContain(r.code);
        if (r.code !== EXIT.BAD_INPUT && !flags.includes('--explain')) expect(() => JSON.parse(r.stdout)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
