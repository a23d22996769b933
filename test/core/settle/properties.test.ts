import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec, applyYtdDelta, reverseSettlement, settle, type PolicySet, type Settlement, type SettlementAmounts, type YearToDate,
} from '../../../core/index.ts';
import { scenario, type Scenario } from './arbitraries.ts';
import { packWith } from './fixtures.ts';

const packs: Record<'310' | '390', PolicySet> = {
  '310': packWith('synthetic-310-examples'),
  '390': packWith('synthetic-390-examples'),
};

function run(s: Scenario, claim = s.claim): Settlement {
  const out = settle({ person: s.person, claim, ytd: s.ytd, policy: packs[s.insutype] });
  expect(out.verdict.settles, out.verdict.code).toBe(true);
  return out.settlement!;
}

const FLAT = (y: YearToDate): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (o: unknown, p: string): void => {
    if (o instanceof Dec) out[p] = o.toFixed();
    else if (typeof o === 'object' && o !== null) for (const [k, v] of Object.entries(o)) walk(v, p ? `${p}.${k}` : k);
    else out[p] = String(o);
  };
  walk(y, '');
  // A zero per-disease counter and an absent one mean the same.
  for (const k of Object.keys(out)) if (k.startsWith('chronicFundPaidByDisease.') && new Dec(out[k]!).isZero()) delete out[k];
  return out;
};

const RUNS = { numRuns: 300 };

describe('settle (properties, §4.6)', () => {
  it('reconciles: funds + personal (+ hospital) = total, account + cash = personal, line parts = total', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = run(s).amounts;
        expect(a.fundPaySumamt.plus(a.psnPartAmt).plus(a.hospPartAmt).eq(a.medfeeSumamt)).toBe(true);
        expect(a.acctPay.plus(a.acctMulaidPay).plus(a.psnCashPay).eq(a.psnPartAmt)).toBe(true);
        expect(a.fulamtOwnpayAmt.plus(a.overlmtSelfpay).plus(a.preselfpayAmt).plus(a.inscpScpAmt).eq(a.medfeeSumamt)).toBe(true);
        expect(a.hifpPay.plus(a.hifobPay).plus(a.hifmiPay).plus(a.mafPay).eq(a.fundPaySumamt)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives every amount ≥ 0 as a whole fen, deductible ≤ in-scope and fund ≤ payable', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = run(s).amounts;
        for (const k of Object.keys(a) as (keyof SettlementAmounts)[]) {
          expect(a[k].gte(0), k).toBe(true);
          expect(a[k].decimalPlaces() <= 2, k).toBe(true);
        }
        expect(a.actPayDedc.lte(a.inscpScpAmt)).toBe(true);
        expect(a.hifpPay.lte(a.inscpScpAmt.minus(a.actPayDedc))).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps every accumulator within its cap (S-5, S-6, S-7, S-8)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const y = run(s).ytdAfter;
        const p = packs[s.insutype];
        expect(y.basicFundPaid.inpatient.lte(p.inpatient!.cap!)).toBe(true);
        const limit = p.generalOutpatient!.fundLimitAnnual[s.person.status]!;
        if (s.ytd.basicFundPaid.outpatient.lte(limit)) expect(y.basicFundPaid.outpatient.lte(limit)).toBe(true);
        if (p.largeExpense?.cap) expect(y.largeExpenseFundPaid.lte(p.largeExpense.cap)).toBe(true);
        const tilted = ['TEKUN', 'DIBAO', 'RETURN_POVERTY'].includes(s.person.assistanceClass ?? '');
        if (p.majorIllness?.cap && !tilted && s.ytd.majorIllnessPaid.lte(p.majorIllness.cap)) {
          expect(y.majorIllnessPaid.lte(p.majorIllness.cap)).toBe(true);
        }
        const as = s.person.assistanceClass ? p.assistance?.[s.person.assistanceClass]?.annualLimit : null;
        if (as && s.ytd.assistancePaid.lte(as)) expect(y.assistancePaid.lte(as)).toBe(true);
        expect(y.inpatientAdmissionsSettled - s.ytd.inpatientAdmissionsSettled).toBe(s.claim.medType === 'INPATIENT' ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('E-10: settle then reverse restores the accumulators exactly and negates every amount', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const settled = run(s);
        const reversed = reverseSettlement(settled, settled.ytdAfter);
        expect(FLAT(reversed.ytdAfter)).toEqual(FLAT(s.ytd));
        expect(FLAT(applyYtdDelta(settled.ytdAfter, settled.ytdDelta, -1))).toEqual(FLAT(s.ytd));
        for (const k of Object.keys(settled.amounts) as (keyof SettlementAmounts)[]) {
          if (k === 'balc') expect(reversed.amounts.balc.eq(s.person.acctBalance)).toBe(true);
          else expect(reversed.amounts[k].plus(settled.amounts[k]).isZero(), k).toBe(true);
        }
      }),
      RUNS,
    );
  });

  /**
   * Monotonicity, stated precisely: with the same person, accumulators and pack, adding one more
   * fully in-scope line (甲类, no ceiling, amount > 0) never lowers fund_pay_sumamt. Every fund
   * step is a non-decreasing function of the in-scope amount (deductible, bands, caps as min,
   * overflow, 大病 burden = x(1 − r) ≥ 0 per added yuan, assistance base), and rounding each fund
   * once is non-decreasing too. The personal share, by contrast, may rise or fall.
   */
  it('never lowers the fund payment when an in-scope line is added', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 2_000_000 }), (s, fen) => {
        const before = run(s).amounts.fundPaySumamt;
        const extra = { lineId: 'EXTRA', amount: new Dec(fen).div(100), chrgitmLv: '01' as const, selfpayProp: new Dec(0) };
        const after = run(s, { ...s.claim, lines: [...s.claim.lines, extra] }).amounts.fundPaySumamt;
        expect(after.gte(before)).toBe(true);
      }),
      RUNS,
    );
  });
});
