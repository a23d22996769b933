/**
 * Near-valid fuzz of the institution side: each public function gets a valid call with one value
 * somewhere inside its arguments deleted or replaced by something odd (null, NaN, a non-finite or
 * sub-fen Dec, a wrong date, arbitrary JSON). It returns, or throws a CoreError; never another
 * exception, never NaN, Infinity or a non-finite Dec in what it returns.
 *
 * Runs per function: env YIBAO_FUZZ_RUNS (default 100).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError, Dec } from '../../../core/index.ts';
import * as inst from '../../../core/institution/index.ts';
import { recordOf, reversalOf, settledExamples } from './records.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 100);
const d = (s: string) => new Dec(s);

const s0 = settledExamples().find((s) => s.lines.length > 0)!;
const items = [{ lineId: s0.lines[0]!.lineId, itemCode: 'X1', qty: d('3'), restricted: true, indicationMet: false }];
const records = [recordOf(s0, { setlId: 'A', items }), recordOf(s0, { setlId: 'B', items, filingValidTo: '2025-09-01' })];
records.push(reversalOf(records[0]!, 'A-R'));
const audit = inst.auditSettlements(records, { sampleShare: d('0.5'), seed: 9, limits: { X1: { maxQty: d('2'), maxAmount: d('1.00') } } });

const SEEDS: Record<string, () => unknown[]> = {
  dayKind: () => ['2025-10-11'],
  isWorkingDay: () => ['2026-02-14'],
  addWorkingDays: () => ['2025-09-30', 5],
  countWorkingDays: () => ['2025-09-01', '2025-10-31'],
  declarationDeadline: () => ['2025-12', { onNonWorkingDay: 'NEXT_WORKING_DAY' }],
  paymentDueDate: () => ['2026-01', { inclusive: false, calendar: inst.CHINA_HOLIDAYS }],
  checkPayment: () => ['2025-09', '2025-11-10'],
  settlementSchedule: () => ['2026-09'],
  perTransactionSchedule: () => ['2026-02-13', { declareWithinWorkingDays: 1, payWithinWorkingDays: 5 }],
  bookAgainstAdvance: () => [d('100.00'), [d('1.50'), d('-0.50')]],
  parseSettlementRecord: () => [JSON.parse(JSON.stringify(inst.toStoredSettlementRecord(records[0]!)))],
  toStoredSettlementRecord: () => [records[0]],
  createDeclarationAccumulator: () => ['2025-09', { fixmedinsCode: 'H13010200001' }],
  buildDeclaration: () => [records, '2025-09', { fixmedinsCode: 'H13010200001' }],
  auditSettlements: () => [records, { sampleShare: d('0.5'), seed: 9, limits: { X1: { maxQty: d('2') } }, rules: ['AUD-QTY-LIMIT', 'AUD-DUP-SAME-DAY'] }],
  sampleForReview: () => [['a', 'b', 'c'], d('0.34'), 3],
  seededRank: () => [3, 'a'],
  monthlyDeductions: () => ['2025-09', audit.findings, [{ setlId: audit.findings[0]!.setlId, ruleId: audit.findings[0]!.ruleId, lineId: audit.findings[0]!.lineId, upheld: true }]],
  monitorRisk: () => [[{ month: '2025-08', fundPaySumamt: d('20000.00'), settlements: 10 }, { month: '2025-09', fundPaySumamt: d('40000.00'), settlements: 10 }], 'ACTIVE', { fundGrowth: d('0.2') }],
  checkFundConditions: () => [{ fund: 'EMPLOYEE', accumulatedBalance: d('1300.00'), averageMonthlyPayment: d('100.00'), deficitLastYear: false, deficitProjected: false }],
  checkInstitutionConditions: () => [{ settlementYearsUnderAgreement: 2, suspendedOrTerminatedLastYear: false, financesSound: true, repaidLastPrepayment: true }],
  sizePrepayment: () => [[{ year: 2025, fundPaid: d('1200.00'), months: 12 }, { year: 2024, fundPaid: d('600.00'), months: 6 }], 2026, d('1')],
  settlePrepaymentAtYearEnd: () => [{ advanced: d('100.00'), repaid: d('40.00'), settlementsDue: d('30.00') }],
  instantSettlementMetrics: () => [{ monthlyFunds: d('100.00'), instantFunds: d('80.00'), institutions: 10, instantInstitutions: 8, level2PlusInstitutions: 2, level2PlusInstant: 2 }],
};

const functions = Object.entries(inst).filter(([, v]) => typeof v === 'function') as [string, (...a: unknown[]) => unknown][];

/** Copies arrays and plain objects; Dec values and anything else are kept as they are. */
function copy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copy);
  if (v !== null && typeof v === 'object' && !Dec.isDecimal(v) && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  }
  return v;
}

/** Every path (keys) to a value inside arrays and plain objects. */
function pathsOf(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (v !== null && typeof v === 'object' && !Dec.isDecimal(v) && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]));
  }
  return out;
}

const odd = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, Number.NaN, Infinity, -1, 1.5, 0, '', '2025-02-30', '2027-01-05', '2025-9', [], {}, true),
  fc.constantFrom(d('NaN'), d('Infinity'), d('-1'), d('0.001'), d('1e20'), d('0')),
  fc.jsonValue({ maxDepth: 2 }),
);

function nonFinite(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Dec.isDecimal(v)) return !v.isFinite();
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  return Object.values(v).some((x) => nonFinite(x, seen));
}

describe('institution side (near-valid fuzz)', () => {
  it('has a seed for every exported function', () => {
    expect(functions.map(([n]) => n).filter((n) => !SEEDS[n])).toEqual([]);
  });

  it.each(functions)('%s: returns or throws a CoreError, never NaN', (name, fn) => {
    const seed = SEEDS[name]!;
    expect(() => fn(...seed())).not.toThrow();
    fc.assert(
      fc.property(fc.nat(), odd, fc.boolean(), (pick, value, remove) => {
        const args = copy(seed()) as unknown[];
        const paths = pathsOf(args).filter((p) => p.length > 0);
        const path = paths[pick % paths.length]!;
        let parent = args as unknown as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        const last = path.at(-1)!;
        if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
        else if (remove) delete parent[last];
        else parent[last] = value;
        let out: unknown;
        try {
          out = fn(...args);
          if (out && typeof out === 'object' && 'result' in out && typeof (out as { result: unknown }).result === 'function') out = (out as { result: () => unknown }).result();
        } catch (e) {
          if (!(e instanceof CoreError)) throw new Error(`${name} threw ${(e as Error)?.name}: ${(e as Error)?.message} at ${path.join('.')}`);
          return;
        }
        expect(nonFinite(out)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 5);
});
