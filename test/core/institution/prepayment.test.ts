import { describe, expect, it } from 'vitest';
import { Dec } from '../../../core/index.ts';
import {
  checkFundConditions, checkInstitutionConditions, instantSettlementMetrics, INSTANT_SETTLEMENT_TARGETS, monitorRisk, PREPAYMENT_PARAMS, settlePrepaymentAtYearEnd, sizePrepayment,
} from '../../../core/institution/index.ts';

const d = (s: string) => new Dec(s);

describe('sizePrepayment', () => {
  it('R-19: one month of the average of the previous three years (worked numbers)', () => {
    // (1,200,000.00 + 1,500,000.00 + 1,800,000.00) ÷ 36 = 125,000.00
    const s = sizePrepayment([
      { year: 2025, fundPaid: d('1800000.00'), months: 12 },
      { year: 2023, fundPaid: d('1200000.00'), months: 12 },
      { year: 2024, fundPaid: d('1500000.00'), months: 12 },
    ], 2026);
    expect([s.monthlyAverage.toFixed(2), s.amount.toFixed(2), s.yearsUsed]).toEqual(['125000.00', '125000.00', [2023, 2024, 2025]]);
    expect(s.formula).toBe('(1200000.00 + 1500000.00 + 1800000.00) ÷ (12 + 12 + 12) × 1');
  });

  it('R-19: counts only the months under the agreement, rounding the average HALF_UP to the fen', () => {
    // 2,300,000.00 ÷ 19 = 121,052.631… → 121,052.63; × 1.5 = 181,578.945 → 181,578.95
    const years = [{ year: 2024, fundPaid: d('1300000.00'), months: 12 }, { year: 2025, fundPaid: d('1000000.00'), months: 7 }];
    expect(sizePrepayment(years, 2026).monthlyAverage.toFixed(2)).toBe('121052.63');
    expect(sizePrepayment(years, 2026, d('1.5')).amount.toFixed(2)).toBe('181578.95');
    expect(PREPAYMENT_PARAMS.rounding.status).toBe('UNVERIFIED');
  });

  it('R-19: refuses no year, four years, a year outside the three before, a repeated year', () => {
    const y = (year: number) => ({ year, fundPaid: d('1'), months: 12 });
    expect(() => sizePrepayment([], 2026)).toThrow(expect.objectContaining({ path: 'years' }));
    expect(() => sizePrepayment([y(2022), y(2023), y(2024), y(2025)], 2026)).toThrow(expect.objectContaining({ path: 'years' }));
    expect(() => sizePrepayment([y(2022)], 2026)).toThrow(expect.objectContaining({ path: 'years[0].year' }));
    expect(() => sizePrepayment([y(2026)], 2026)).toThrow(expect.objectContaining({ path: 'years[0].year' }));
    expect(() => sizePrepayment([y(2025), y(2025)], 2026)).toThrow(expect.objectContaining({ path: 'years[1].year' }));
    expect(() => sizePrepayment([{ year: 2025, fundPaid: d('1.005'), months: 12 }], 2026)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});

describe('checkFundConditions', () => {
  it('R-19: the employee pool needs a balance of 12 months, the resident fund 6', () => {
    const e = checkFundConditions({ fund: 'EMPLOYEE', accumulatedBalance: d('1200000000.00'), averageMonthlyPayment: d('100000000.00'), deficitLastYear: false, deficitProjected: false });
    expect([e.eligible, e.monthsOfBalance.toFixed(2), e.requiredMonths]).toEqual([true, '12.00', 12]);
    const short = checkFundConditions({ fund: 'EMPLOYEE', accumulatedBalance: d('1199999999.99'), averageMonthlyPayment: d('100000000.00'), deficitLastYear: false, deficitProjected: false });
    expect([short.eligible, short.monthsOfBalance.toFixed(2), short.failures.map((f) => f.code)]).toEqual([false, '11.99', ['BALANCE_BELOW_MONTHS']]);
    const r = checkFundConditions({ fund: 'RESIDENT', accumulatedBalance: d('600.00'), averageMonthlyPayment: d('100.00'), deficitLastYear: false, deficitProjected: false });
    expect([r.eligible, r.requiredMonths]).toEqual([true, 6]);
  });

  it('R-19: no prepayment after a deficit last year or with one projected', () => {
    const c = checkFundConditions({ fund: 'RESIDENT', accumulatedBalance: d('6000.00'), averageMonthlyPayment: d('100.00'), deficitLastYear: true, deficitProjected: true });
    expect([c.eligible, c.failures.map((f) => f.code)]).toEqual([false, ['DEFICIT_LAST_YEAR', 'DEFICIT_PROJECTED']]);
    expect(c.failures[0]!.reason.zh).toBe('上年度基金出现当期赤字');
  });

  it('refuses a zero monthly payment and another fund', () => {
    expect(() => checkFundConditions({ fund: 'EMPLOYEE', accumulatedBalance: d('1'), averageMonthlyPayment: d('0'), deficitLastYear: false, deficitProjected: false })).toThrow(expect.objectContaining({ path: 'averageMonthlyPayment' }));
    expect(() => checkFundConditions({ fund: 'MATERNITY' as never, accumulatedBalance: d('1'), averageMonthlyPayment: d('1'), deficitLastYear: false, deficitProjected: false })).toThrow(expect.objectContaining({ code: 'UNKNOWN_CODE' }));
  });
});

describe('checkInstitutionConditions', () => {
  it('R-19: a full year under the agreement, no suspension, sound finances, last prepayment repaid', () => {
    expect(checkInstitutionConditions({ settlementYearsUnderAgreement: 1, suspendedOrTerminatedLastYear: false, financesSound: true, repaidLastPrepayment: null }).eligible).toBe(true);
    const c = checkInstitutionConditions({ settlementYearsUnderAgreement: 0, suspendedOrTerminatedLastYear: true, financesSound: false, repaidLastPrepayment: false });
    expect(c.failures.map((f) => f.code)).toEqual(['AGREEMENT_TOO_SHORT', 'SUSPENDED_LAST_YEAR', 'FINANCES_UNSOUND', 'NOT_REPAID']);
  });
});

describe('settlePrepaymentAtYearEnd', () => {
  it('R-19: offsets what was not repaid against the settlements due, and stops payments for the rest (worked numbers)', () => {
    // 125,000.00 advanced, 100,000.00 repaid: 25,000.00 outstanding; 20,000.00 due → all offset, 5,000.00 unrecovered.
    const r = settlePrepaymentAtYearEnd({ advanced: d('125000.00'), repaid: d('100000.00'), settlementsDue: d('20000.00') });
    expect([r.outstanding, r.offsetAgainstSettlements, r.settlementsPaid, r.unrecovered].map((x) => x.toFixed(2))).toEqual(['25000.00', '20000.00', '0.00', '5000.00']);
    expect([r.stopSettlementPayments, r.eligibleNextYear]).toEqual([true, false]);
    const s = settlePrepaymentAtYearEnd({ advanced: d('125000.00'), repaid: d('100000.00'), settlementsDue: d('40000.00') });
    expect([s.offsetAgainstSettlements, s.settlementsPaid, s.unrecovered].map((x) => x.toFixed(2))).toEqual(['25000.00', '15000.00', '0.00']);
    expect([s.stopSettlementPayments, s.eligibleNextYear]).toEqual([false, false]);
  });

  it('R-19: a prepayment repaid in full leaves the settlements alone and keeps next year open', () => {
    const r = settlePrepaymentAtYearEnd({ advanced: d('125000.00'), repaid: d('125000.00'), settlementsDue: d('40000.00') });
    expect([r.settlementsPaid.toFixed(2), r.eligibleNextYear, r.stopSettlementPayments]).toEqual(['40000.00', true, false]);
  });

  it('refuses a repayment above the advance', () => {
    expect(() => settlePrepaymentAtYearEnd({ advanced: d('1'), repaid: d('2'), settlementsDue: d('0') })).toThrow(expect.objectContaining({ path: 'repaid' }));
  });
});

describe('monitorRisk', () => {
  const m = (month: string, fund: string, n: number) => ({ month, fundPaySumamt: d(fund), settlements: n });

  it('R-18: recommends a pause when fund payments grow month on month above the threshold, with the evidence', () => {
    const r = monitorRisk([m('2025-07', '100000.00', 100), m('2025-08', '120000.00', 110), m('2025-09', '160000.00', 120)], 'ACTIVE');
    expect(r.warnings.map((w) => [w.monitorId, w.month])).toEqual([['RISK-FUND-GROWTH', '2025-09']]);
    expect(r.warnings[0]!.evidence).toEqual({ previous: '120000.00', current: '160000.00', growth: '0.3333', threshold: '0.3' });
    expect([r.pauseRecommended, r.instantSettlementAllowed]).toEqual([true, true]);
  });

  it('R-18: watches the fund payment per settlement too', () => {
    const r = monitorRisk([m('2025-08', '100000.00', 100), m('2025-09', '125000.00', 50)], 'ACTIVE');
    expect(r.warnings.map((w) => w.monitorId)).toEqual(['RISK-PER-SETTLEMENT-GROWTH']);
    expect(r.warnings[0]!.evidence).toMatchObject({ previousPerSettlement: '1000.00', currentPerSettlement: '2500.00', growth: '1.5000' });
  });

  it('R-18: a suspended or ended agreement stops instant settlement', () => {
    const r = monitorRisk([m('2025-09', '1.00', 1)], 'SUSPENDED');
    expect(r.warnings.map((w) => [w.monitorId, w.recommendation])).toEqual([['RISK-AGREEMENT', 'STOP_INSTANT_SETTLEMENT']]);
    expect(r.instantSettlementAllowed).toBe(false);
  });

  it('does not judge growth on a small base, and accepts growth exactly at the threshold', () => {
    expect(monitorRisk([m('2025-08', '9999.99', 10), m('2025-09', '90000.00', 10)], 'ACTIVE').warnings).toEqual([]);
    expect(monitorRisk([m('2025-08', '100000.00', 100), m('2025-09', '130000.00', 130)], 'ACTIVE').warnings).toEqual([]);
  });

  it('refuses months out of order or with a gap', () => {
    expect(() => monitorRisk([m('2025-07', '1.00', 1), m('2025-09', '1.00', 1)], 'ACTIVE')).toThrow(expect.objectContaining({ path: 'months[1].month' }));
  });
});

describe('instantSettlementMetrics', () => {
  const base = { monthlyFunds: d('1000000.00'), instantFunds: d('800000.00'), institutions: 250, instantInstitutions: 200, level2PlusInstitutions: 40, level2PlusInstant: 40 };

  it('R-18: meets the targets at 80 % of funds and of institutions with every 二级及以上 included', () => {
    const r = instantSettlementMetrics(base);
    expect([r.fundShare.toFixed(4), r.institutionShare.toFixed(4), r.targetsMet]).toEqual(['0.8000', '0.8000', true]);
    expect(INSTANT_SETTLEMENT_TARGETS.by.value).toBe('2026-12-31');
  });

  it('R-18: misses a target one fen or one institution short, or with a 二级 hospital left out', () => {
    expect(instantSettlementMetrics({ ...base, instantFunds: d('799999.99') }).fundTargetMet).toBe(false);
    expect(instantSettlementMetrics({ ...base, instantInstitutions: 199 }).institutionTargetMet).toBe(false);
    const l2 = instantSettlementMetrics({ ...base, level2PlusInstant: 39 });
    expect([l2.allLevel2PlusIncluded, l2.targetsMet]).toEqual([false, false]);
  });

  it('refuses a part above its whole and a zero whole', () => {
    expect(() => instantSettlementMetrics({ ...base, instantFunds: d('1000000.01') })).toThrow(expect.objectContaining({ path: 'instantFunds' }));
    expect(() => instantSettlementMetrics({ ...base, monthlyFunds: d('0'), instantFunds: d('0') })).toThrow(expect.objectContaining({ path: 'monthlyFunds' }));
    expect(() => instantSettlementMetrics({ ...base, instantInstitutions: 251 })).toThrow(expect.objectContaining({ path: 'instantInstitutions' }));
  });
});
