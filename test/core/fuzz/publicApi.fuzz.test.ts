/**
 * Fuzz of the whole public API (`core/index.ts`): every exported function, handed arbitrary
 * JSON-like values, arbitrary JS values, or near-valid mutations of the golden cases, either returns
 * (an error Result counts as a return) or throws a CoreError; no other exception, and no NaN,
 * Infinity or non-finite Dec anywhere in what it returns.
 *
 * Runs per function: env YIBAO_FUZZ_RUNS (default 200). `YIBAO_FUZZ_RUNS=3000 npx vitest run test/core/fuzz`.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../../../core/index.ts';
import { CoreError, Dec, checkDirectSettlement, settle } from '../../../core/index.ts';
import { caseOf, readExamples } from '../settle/fixtures.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 200);

/** Constructors and non-functions are not fuzzed: `Dec` is decimal.js's own constructor. */
const NOT_FUZZED = new Set(['Dec', 'CoreError']);

type Args = unknown[];

// ---- seeds: real inputs from the golden examples -------------------------------------------------
const seeds = readExamples().map((f) => {
  const c = caseOf(f);
  const ytd = c.ytd ?? core.emptyYearToDate('2025-01-01');
  const input = { person: c.person, claim: c.claim, ytd, policy: c.policySet };
  const verdict = checkDirectSettlement(input);
  const settlement = verdict.settles ? settle(input).settlement : null;
  return { ...input, verdict, settlement };
});
const settled = seeds.filter((s) => s.settlement !== null);
const pick = <T>(xs: readonly T[]) => fc.integer({ min: 0, max: xs.length - 1 }).map((i) => xs[i]!);

/** Seed argument lists for the functions that take domain objects. */
const SEED_ARGS: Record<string, fc.Arbitrary<Args>> = {
  settle: pick(seeds).map((s) => [{ person: s.person, claim: s.claim, ytd: s.ytd, policy: s.policy }]),
  computeSettlement: pick(settled).map((s) => [{ person: s.person, claim: s.claim, ytd: s.ytd, policy: s.policy, verdict: s.verdict }]),
  estimateSettlement: pick(seeds).map((s) => [{ person: s.person, claim: s.claim, policy: s.policy }]),
  checkDirectSettlement: pick(seeds).map((s) => [{ person: s.person, claim: s.claim, policy: s.policy }]),
  reverseSettlement: pick(settled).map((s) => [s.settlement, s.settlement!.ytdAfter]),
  toWireSettlement: pick(settled).map((s) => [s.settlement]),
  applyYtdDelta: pick(settled).map((s) => [s.ytd, s.settlement!.ytdDelta, 1]),
  splitLines: pick(seeds).map((s) => [s.claim.lines, 'HALF_UP']),
  insuranceYearDateOf: pick(seeds).map((s) => [s.claim, s.policy]),
  insuranceYearStartOf: pick(seeds).map((s) => ['2025-03-02', s.policy]),
  paramSource: pick(seeds).map((s) => [s.policy, 'inpatient.cap']),
  filingRules: pick(seeds).map((s) => [s.policy]),
  pharmacyMode: pick(seeds).map((s) => [s.person, true, true, s.policy]),
  createFiling: pick(seeds).map((s) => [
    { id: 'N1', category: 'TMP_OTHER', targetAdmdvs: '320500', validFrom: '2025-03-01' },
    { existing: s.person.filings, policy: s.policy, now: '2025-03-01T09:00:00+08:00' },
  ]),
  changeFiling: pick(seeds).map((s) => [
    s.person.filings[0]?.id ?? 'F1', { id: 'N1', category: 'LT_RESIDENT', targetAdmdvs: '320500', validFrom: '2025-09-01' },
    { existing: s.person.filings, policy: s.policy, now: '2025-09-01T09:00:00+08:00' },
  ]),
  cancelFiling: pick(seeds).map((s) => [s.person.filings[0]?.id ?? 'F1', { existing: s.person.filings, now: '2025-09-01T09:00:00+08:00' }]),
  checkChangeAllowed: pick(seeds).map((s) => [s.person.filings[0]?.id ?? 'F1', { existing: s.person.filings, policy: s.policy, now: '2025-09-01T09:00:00+08:00' }]),
  earliestChangeDate: pick(seeds).filter((s) => s.person.filings.length > 0).map((s) => [s.person.filings[0], 6]),
  sliceBands: fc.constant([[{ upTo: new Dec(10000), ratio: new Dec('0.8') }, { upTo: null, ratio: new Dec('0.9') }], new Dec(0), new Dec(25000), false, 'HALF_UP']),
  roundToFen: fc.constant([new Dec('1.005'), 'HALF_UP']),
  coversPlace: fc.constant(['320500', '320508']),
  addDays: fc.constant(['2025-03-01', 30]),
  addMonths: fc.constant(['2025-01-31', 1]),
  daysBetween: fc.constant(['2025-01-01', '2025-03-01']),
  assertDateRange: fc.constant(['2025-01-01', '2025-03-01', 'from', 'to']),
  verdictHint: fc.constant(['NOT_FILED', { notFiledDetail: 'EXPIRED' }]),
  parseCase: pick(readExamples()).map((f) => [f.case]),
  describeError: fc.constant([new CoreError('POLICY_MISMATCH', 'x'), 'en']),
  toStoredSettlement: pick(settled).map((s) => [s.settlement]),
  parseStoredSettlement: pick(settled).map((s) => [JSON.parse(JSON.stringify(core.toStoredSettlement(s.settlement!)))]),
  toStoredYearToDate: pick(seeds).map((s) => [s.ytd]),
  parseStoredYearToDate: pick(seeds).map((s) => [JSON.parse(JSON.stringify(core.toStoredYearToDate(s.ytd)))]),
  toStoredFiling: pick(seeds).filter((s) => s.person.filings.length > 0).map((s) => [s.person.filings[0]]),
  parseStoredFiling: pick(seeds).filter((s) => s.person.filings.length > 0).map((s) => [core.toStoredFiling(s.person.filings[0]!)]),
};

// ---- mutations -------------------------------------------------------------------------------------
const isDecLike = (v: unknown): v is Dec => v instanceof Dec;
const isPlain = (v: unknown): v is Record<string, unknown> | unknown[] =>
  v !== null && typeof v === 'object' && !isDecLike(v) && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);

/** Paths of every value inside `v` (Dec values are leaves). */
function pathsOf(v: unknown, at: PropertyKey[] = [], out: PropertyKey[][] = [], depth = 0): PropertyKey[][] {
  if (depth > 8 || out.length > 2000) return out;
  if (isPlain(v)) {
    for (const k of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[k];
      out.push([...at, Array.isArray(v) ? Number(k) : k]);
      pathsOf(child, [...at, Array.isArray(v) ? Number(k) : k], out, depth + 1);
    }
  }
  return out;
}

/** A copy of `v` with the value at `path` replaced (plain objects copied, getters read). */
function replaceAt(v: unknown, path: PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (!isPlain(v)) return v;
  const [k, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...v }) as Record<PropertyKey, unknown>;
  copy[k as string] = replaceAt((v as Record<PropertyKey, unknown>)[k as string], rest, value);
  return copy;
}

/** Values a caller might wrongly hand in: a Dec as text or a number (as after JSON), junk, holes. */
const badValue = (old: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(isDecLike(old) ? old.toString() : String(old)),
    fc.constant(isDecLike(old) ? old.toNumber() : Number.NaN),
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(new Dec(Number.NaN)),
    fc.constant(new Dec(Number.POSITIVE_INFINITY)),
    fc.jsonValue({ maxDepth: 2 }),
    fc.anything({ maxDepth: 1 }),
  );

const mutated = (seed: fc.Arbitrary<Args>): fc.Arbitrary<Args> =>
  seed.chain((args) => {
    const paths = pathsOf(args);
    if (paths.length === 0) return fc.constant(args);
    return fc.constantFrom(...paths).chain((path) => {
      let old: unknown = args;
      for (const k of path) old = (old as Record<PropertyKey, unknown>)?.[k as string];
      return badValue(old).map((value) => replaceAt(args, path, value) as Args);
    });
  });

/** A JSON round trip of the seed (amounts become strings), as from a database. */
const viaJson = (seed: fc.Arbitrary<Args>): fc.Arbitrary<Args> =>
  seed.map((args) => JSON.parse(JSON.stringify(args, (_k, v: unknown) => (v === undefined ? null : v))) as Args);

const arbitraryArgs = (arity: number): fc.Arbitrary<Args> =>
  fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 })), { minLength: 0, maxLength: Math.max(arity, 1) + 1 });

// ---- the check --------------------------------------------------------------------------------------
/** The first NaN, Infinity, non-finite Dec or text made from one found in `v`, as a path, or null. */
function nonFinite(v: unknown, given: ReadonlySet<string>, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  // A figure or date formatted from NaN (e.g. "NaN-NaN-NaN") counts too; text handed in and back is not the core's.
  if (typeof v === 'string') return /NaN|Infinity/.test(v) && !given.has(v) ? path : null;
  if (isDecLike(v)) return v.isFinite() ? null : path;
  if (v === null || typeof v !== 'object' || seen.has(v)) return null;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    const bad = nonFinite(x, given, `${path}.${k}`, seen);
    if (bad) return bad;
  }
  return null;
}

const valueAt = (v: unknown, path: string): unknown =>
  path.split('.').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], v);

/** Every text inside the arguments (what a function may hand back unchanged). */
function stringsIn(v: unknown, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (typeof v === 'string') out.add(v);
  else if (v !== null && typeof v === 'object' && !seen.has(v)) {
    seen.add(v);
    for (const x of Object.values(v)) stringsIn(x, out, seen);
  }
  return out;
}

function stripInline(out: unknown): unknown {
  const r = out as { ok?: boolean; value?: { policy?: { inline?: unknown } } };
  if (r?.ok && r.value?.policy && 'inline' in r.value.policy) return { ...r, value: { ...r.value, policy: { inline: null } } };
  return out;
}

let total = 0;
const perFunction: Record<string, number> = {};

async function expectCleanCall(name: string, fn: (...a: Args) => unknown, args: Args): Promise<void> {
  total++;
  perFunction[name] = (perFunction[name] ?? 0) + 1;
  let out: unknown;
  try {
    out = fn(...args);
    if (out instanceof Promise) out = await out;
  } catch (e) {
    if (!(e instanceof CoreError)) {
      throw new Error(`${name} threw ${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`);
    }
    expect(e.message).not.toMatch(/invalid input$/i);
    return;
  }
  // Results and objects returned are walked, including lazily formatted explanations. parseCase
  // hands an inline pack on unparsed (loadPolicyPack checks it), so what it holds is not its output.
  const bad = nonFinite(name === 'parseCase' ? stripInline(out) : out, stringsIn(args));
  if (bad) throw new Error(`${name} returned a non-finite value at ${bad}: ${JSON.stringify(valueAt(out, bad)).slice(0, 120)}`);
}

const functions = (Object.entries(core) as [string, unknown][]).filter(
  (e): e is [string, (...a: Args) => unknown] => typeof e[1] === 'function' && !NOT_FUZZED.has(e[0]),
);

describe('public API fuzz (every exported function of core/index.ts)', () => {
  it('covers every exported function', () => {
    expect(functions.length).toBeGreaterThan(40);
  });

  it.each(functions)('%s: only CoreError or a clean value, for arbitrary and near-valid input', async (name, fn) => {
    const seed = SEED_ARGS[name];
    const gens: fc.Arbitrary<Args>[] = [arbitraryArgs(fn.length)];
    if (seed) gens.push(seed, mutated(seed), mutated(seed), mutated(seed), viaJson(seed));
    await fc.assert(
      fc.asyncProperty(fc.oneof(...gens), async (args) => expectCleanCall(name, fn, args)),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 20);

  afterAll(() => {
    if (process.env.YIBAO_FUZZ_REPORT) console.log(`fuzz: ${total} inputs over ${functions.length} functions`, perFunction);
  });
});
