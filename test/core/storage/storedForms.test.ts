import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec, STORAGE_VERSION, parseStoredFiling, parseStoredSettlement, parseStoredYearToDate, reverseSettlement, settle, toStoredFiling,
  toStoredSettlement, toStoredYearToDate, toWireSettlement, type PolicySet, type Settlement, type YearToDate,
} from '../../../core/index.ts';
import { scenario } from '../settle/arbitraries.ts';
import { caseOf, packWith, readExamples } from '../settle/fixtures.ts';
import { employee } from '../settle/scenarioBuilder.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 200);
const packs: Record<'310' | '390', PolicySet> = { '310': packWith('synthetic-310-examples'), '390': packWith('synthetic-390-examples') };

/** Every Dec inside `v` as its exact text, so two values compare to the last digit. */
function exact(v: unknown): unknown {
  if (Dec.isDecimal(v)) return `Dec(${v.toFixed()})`;
  if (Array.isArray(v)) return v.map(exact);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, exact(x)]));
  return v;
}

/** A JSON round trip as through IndexedDB, a host page or a database. */
const viaJson = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

function roundTrip(s: Settlement): Settlement {
  const r = parseStoredSettlement(viaJson(toStoredSettlement(s)));
  if (!r.ok) throw r.error;
  return r.value;
}

describe('toStoredSettlement / parseStoredSettlement', () => {
  it.each(readExamples().map((f) => [f.name, f] as const))('round-trips %s to the fen, steps and all', (_n, f) => {
    const c = caseOf(f);
    const out = settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet });
    if (!out.settlement) return;
    const back = roundTrip(out.settlement);
    expect(exact(back)).toEqual(exact({ ...out.settlement, steps: out.settlement.steps }));
    expect(toWireSettlement(back)).toEqual(toWireSettlement(out.settlement));
  });

  it('§4.7, E-10: parse(write(s)) has the same figures and reverses exactly like s (property)', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const s = settle({ person: sc.person, claim: sc.claim, ytd: sc.ytd, policy: packs[sc.insutype] }).settlement!;
        const back = roundTrip(s);
        expect(exact(back.amounts)).toEqual(exact(s.amounts));
        expect(exact(back.lines)).toEqual(exact(s.lines));
        expect(exact(back.funds)).toEqual(exact(s.funds));
        expect(exact(back.ytdAfter)).toEqual(exact(s.ytdAfter));
        const r1 = reverseSettlement(s, s.ytdAfter);
        const r2 = reverseSettlement(back, s.ytdAfter);
        expect(exact(r2.amounts)).toEqual(exact(r1.amounts));
        expect(exact(r2.ytdAfter)).toEqual(exact(r1.ytdAfter));
        // The accumulators are restored to what they were before the settlement.
        expect(exact(r2.ytdAfter)).toEqual(exact({ ...sc.ytd, chronicFundPaidByDisease: r1.ytdAfter.chronicFundPaidByDisease }));
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 20);

  it('writes a version field and money as decimal strings', () => {
    const c = caseOf(readExamples().find((f) => f.name === 'example-4')!);
    const stored = toStoredSettlement(settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet }).settlement!);
    expect([stored.format, stored.version]).toEqual(['yibao.settlement', STORAGE_VERSION]);
    expect((stored.amounts as Record<string, unknown>).hifpPay).toBe('42895');
  });

  it('refuses another version with UNSUPPORTED_VERSION and a number amount with INVALID_AMOUNT at its path', () => {
    const c = caseOf(readExamples().find((f) => f.name === 'example-4')!);
    const stored = viaJson(toStoredSettlement(settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet }).settlement!)) as Record<string, any>;
    const v2 = parseStoredSettlement({ ...stored, version: 2 });
    expect(!v2.ok && [v2.error.code, v2.error.path]).toEqual(['UNSUPPORTED_VERSION', 'version']);
    const bad = parseStoredSettlement({ ...stored, amounts: { ...stored.amounts, hifpPay: 42895 } });
    expect(!bad.ok && [bad.error.code, bad.error.path]).toEqual(['INVALID_AMOUNT', 'amounts.hifpPay']);
    const plainJson = parseStoredSettlement(viaJson(settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet }).settlement));
    expect(!plainJson.ok && plainJson.error.path).toBe('format');
  });
});

describe('toStoredFiling / parseStoredFiling', () => {
  it('round-trips a filing, absent ends written as null', () => {
    const f = employee().filings[0]!;
    const r = parseStoredFiling(viaJson(toStoredFiling(f)));
    expect(r.ok && r.value).toEqual({ ...f, validTo: null, cancelledAt: null });
  });
  it('refuses a stored filing whose dates are out of order (INVALID_DATE)', () => {
    const stored = { ...toStoredFiling(employee().filings[0]!), validFrom: '2025-05-01', validTo: '2025-04-01' };
    const r = parseStoredFiling(stored);
    expect(!r.ok && r.error.code).toBe('INVALID_DATE');
  });
});

describe('toStoredYearToDate / parseStoredYearToDate', () => {
  it('round-trips accumulators exactly (property)', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const r = parseStoredYearToDate(viaJson(toStoredYearToDate(sc.ytd)));
        expect(r.ok && exact(r.value)).toEqual(exact(sc.ytd as YearToDate));
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 20);
  it('refuses an unknown key at its path', () => {
    const r = parseStoredYearToDate({ ...toStoredYearToDate(settleYtd()), majorIllnesPaid: '0' });
    expect(!r.ok && [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', 'majorIllnesPaid']);
    expect(!r.ok && r.error.message).toContain('did you mean "majorIllnessPaid"?');
  });
});

function settleYtd(): YearToDate {
  const c = caseOf(readExamples().find((f) => f.name === 'example-4')!);
  return settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet }).settlement!.ytdAfter;
}
