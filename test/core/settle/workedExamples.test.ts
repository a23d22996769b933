import { describe, expect, it } from 'vitest';
import { Dec, emptyYearToDate, settle, toWireSettlement, type YearToDate } from '../../../core/index.ts';
import { amountOf, caseOf, readExamples } from './fixtures.ts';

const examples = readExamples();

function ytdValue(ytd: YearToDate, path: string): string {
  const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ytd);
  return typeof v === 'number' ? String(v) : (v as Dec).toFixed(2);
}

describe('settle (spec §7 worked examples)', () => {
  it('covers every worked example with money', () => {
    const names = new Set(examples.map((e) => e.name.split('-').slice(0, 2).join('-')));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]) expect(names, `Example ${n}`).toContain(`example-${n}`);
  });

  it.each(examples.map((e) => [`${e.name} [${e.cites.join(' ')}]`, e] as const))('%s matches the spec to the fen', (_name, f) => {
    const c = caseOf(f);
    const { verdict, settlement } = settle({
      person: c.person, claim: c.claim, policy: c.policySet, ytd: c.ytd ?? emptyYearToDate('2025-01-01'),
    });
    expect(verdict.settles, verdict.code).toBe(true);
    const s = settlement!;
    for (const [field, want] of Object.entries(f.expected)) expect(amountOf(s.amounts, field), field).toBe(new Dec(want).toFixed(2));
    for (const [path, want] of Object.entries(f.expectedYtdAfter ?? {})) {
      expect(ytdValue(s.ytdAfter, path), `ytdAfter.${path}`).toBe(typeof want === 'number' ? String(want) : new Dec(want).toFixed(2));
    }
    // §2.4 identities hold on every example.
    const a = s.amounts;
    expect(a.fulamtOwnpayAmt.plus(a.overlmtSelfpay).plus(a.preselfpayAmt).plus(a.inscpScpAmt).eq(a.medfeeSumamt)).toBe(true);
    expect(a.fundPaySumamt.plus(a.psnPartAmt).plus(a.hospPartAmt).eq(a.medfeeSumamt)).toBe(true);
    expect(a.acctPay.plus(a.psnCashPay).plus(a.acctMulaidPay).eq(a.psnPartAmt)).toBe(true);
    const wire = toWireSettlement(s);
    const detailSum = wire.setldetail.reduce((t, r) => t.plus(String(r.fund_payamt)), new Dec(0));
    expect(detailSum.eq(a.fundPaySumamt.plus(a.acctPay).plus(a.hospPartAmt))).toBe(true);
  });
});
