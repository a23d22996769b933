import { describe, expect, it } from 'vitest';
import {
  CoreError, Dec, estimateSettlement, reverseSettlement, settle, splitLines, toWireSettlement, type PolicySet,
} from '../../../core/index.ts';
import { packWith } from './fixtures.ts';
import { employee, inpatient, line, outpatient, resident, year2025 } from './scenarioBuilder.ts';

const syn310 = packWith('synthetic-310-examples');
const syn390 = packWith('synthetic-390-examples');
const bj = packWith('bj-310-2025');

const thrown = (f: () => unknown): CoreError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
};
const money = (x: Dec): string => x.toFixed(2);

describe('splitLines (S-1)', () => {
  it('E-9: splits a 甲类 line above its price ceiling into 超限价 and in-scope', () => {
    const t = splitLines([line('5000.00', { priceCap: new Dec('4000'), qty: new Dec(1) })], 'HALF_UP');
    expect([money(t.overlmtSelfpay), money(t.inscpScpAmt)]).toEqual(['1000.00', '4000.00']);
  });
  it('E-9: makes a 乙类 line failing 限制使用 fully self-paid', () => {
    const t = splitLines([line('100.00', { chrgitmLv: '02', selfpayProp: new Dec('0.1'), restrictedUseMet: false })], 'HALF_UP');
    expect([money(t.fulamtOwnpayAmt), money(t.preselfpayAmt), money(t.inscpScpAmt)]).toEqual(['100.00', '0.00', '0.00']);
  });
  it('E-9: never binds the 999999 ceiling sentinel', () => {
    const t = splitLines([line('1500000.00', { priceCap: new Dec('999999'), qty: new Dec(2) })], 'HALF_UP');
    expect(money(t.overlmtSelfpay)).toBe('0.00');
  });
  it('E-9, DF-9: rounds the ceiling × quantity to the fen where produced', () => {
    const t = splitLines([line('10.00', { priceCap: new Dec('3.333333'), qty: new Dec('2') })], 'HALF_UP');
    expect(money(t.overlmtSelfpay)).toBe('3.33'); // 10 − round(6.666666) = 10 − 6.67
  });
  it('E-9, DF-10: splits a negative refund line as the exact negation of its absolute value', () => {
    const pos = splitLines([line('4.52', { chrgitmLv: '02', selfpayProp: new Dec('0.05') })], 'HALF_UP').lines[0]!;
    const neg = splitLines([line('10.00'), line('-4.52', { chrgitmLv: '02', selfpayProp: new Dec('0.05') })], 'HALF_UP').lines[1]!;
    expect([neg.preselfpayAmt.toFixed(2), neg.inscpScpAmt.toFixed(2)]).toEqual([pos.preselfpayAmt.negated().toFixed(2), pos.inscpScpAmt.negated().toFixed(2)]);
  });
  it('DF-10: rejects a claim whose lines sum below zero with INVALID_AMOUNT', () => {
    expect(thrown(() => splitLines([line('-1.00')], 'HALF_UP')).code).toBe('INVALID_AMOUNT');
  });
  it('rejects NaN, infinite and over-precise amounts with INVALID_AMOUNT and the line path', () => {
    for (const bad of ['NaN', 'Infinity', '4.555']) {
      const e = thrown(() => splitLines([line('1.00'), { ...line('1'), amount: new Dec(bad) }], 'HALF_UP'));
      expect([e.code, e.path]).toEqual(['INVALID_AMOUNT', 'claim.lines[1].amount']);
    }
  });
  it('DF-9: rejects a price ceiling without a quantity', () => {
    expect(thrown(() => splitLines([line('5.00', { priceCap: new Dec('4') })], 'HALF_UP')).code).toBe('INVALID_INPUT');
  });
});

describe('settle: bands, caps and deductibles', () => {
  it('E-8: pays an in-scope amount of exactly 30,000 within the first band only', () => {
    const s = settle({ person: employee(), claim: inpatient([line('30000.00')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: bj }).settlement!;
    expect(money(s.amounts.hifpPay)).toBe('24395.00'); // (30,000 − 1,300) × 0.85
  });
  it('E-8: pays exactly 40,000 as 28,700 × 0.85 + 10,000 × 0.90', () => {
    const s = settle({ person: employee(), claim: inpatient([line('40000.00')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: bj }).settlement!;
    expect(money(s.amounts.hifpPay)).toBe('33395.00');
  });
  it('DF-1: charges a later stay its 650 deductible inside the first band', () => {
    const s = settle({ person: employee(), claim: inpatient([line('30000.00')], { insuplcAdmdvs: '110105' }), ytd: year2025({ inpatientAdmissionsSettled: 1 }), policy: bj }).settlement!;
    expect([money(s.amounts.actPayDedc), money(s.amounts.hifpPay)]).toEqual(['650.00', '24947.50']); // 29,350 × 0.85
  });
  it('E-7: clips an outpatient fund at its annual limit with the excess personal, no 大额', () => {
    const s = settle({ person: employee(), claim: outpatient([line('2000.00')]), ytd: year2025({ outpatientDeductibleUsed: new Dec(800), basicFundPaid: { inpatient: new Dec(0), outpatient: new Dec('1500'), chronic: new Dec(0) } }), policy: syn310 }).settlement!;
    expect([money(s.amounts.hifpPay), money(s.amounts.hifobPay), money(s.amounts.psnPartAmt)]).toEqual(['500.00', '0.00', '1500.00']);
  });
  it('E-7: sends a resident\'s overflow above the basic cap to 大病', () => {
    const ytd = year2025({ inpatientAdmissionsSettled: 1, basicFundPaid: { inpatient: new Dec('299000'), outpatient: new Dec(0), chronic: new Dec(0) }, majorIllnessBase: new Dec('30000') });
    const s = settle({ person: resident(), claim: inpatient([line('20000.00')]), ytd, policy: syn390 }).settlement!;
    expect(money(s.amounts.hifpPay)).toBe('1000.00');
    // burden 19,000 on top of 30,000: 20,000 × 0.6 … 49,000 → 19,000 × 0.60
    expect(money(s.amounts.hifmiPay)).toBe('11400.00');
  });
  it('S-5: pays nothing from the basic fund once the cap is used up, overflowing everything', () => {
    const ytd = year2025({ inpatientAdmissionsSettled: 1, basicFundPaid: { inpatient: new Dec('300000'), outpatient: new Dec(0), chronic: new Dec(0) } });
    const s = settle({ person: employee(), claim: inpatient([line('10600.00')]), ytd, policy: syn310 }).settlement!;
    expect([money(s.amounts.hifpPay), money(s.amounts.hifobPay)]).toEqual(['0.00', '9000.00']); // (10,600 − 600) × 0.90
  });
  it('DF-7: bears one deductible per stay across interim settlements and continues the bands', () => {
    const claim = inpatient([line('10000.00')], { insuplcAdmdvs: '110105', interim: { deductibleAlreadyApplied: new Dec('1300'), inScopeAlreadySettled: new Dec('25000'), admissionAlreadyCounted: true } });
    const s = settle({ person: employee(), claim, ytd: year2025({ inpatientAdmissionsSettled: 1 }), policy: bj }).settlement!;
    expect(money(s.amounts.actPayDedc)).toBe('0.00');
    expect(money(s.amounts.hifpPay)).toBe('8750.00'); // 5,000 × 0.85 + 5,000 × 0.90
    expect(s.ytdDelta.inpatientAdmissionsSettled).toBe(0);
  });
  it('DF-2: positions a stay on the year-to-date axis when bandBasis is YEAR_TO_DATE', () => {
    const ytdBj = packWith('bj-310-2025', { inpatient: { bandBasis: 'YEAR_TO_DATE' } });
    const s = settle({ person: employee(), claim: inpatient([line('10000.00')], { insuplcAdmdvs: '110105' }), ytd: year2025({ inpatientAdmissionsSettled: 1, bandCumulativeInScope: new Dec('35000') }), policy: ytdBj }).settlement!;
    expect(money(s.amounts.hifpPay)).toBe('8665.00'); // (35,650–40,000) × 0.90 + (40,000–45,000) × 0.95
    expect(money(s.ytdAfter.bandCumulativeInScope)).toBe('45000.00');
  });
  it('DF-19: applies the lowest deductible multiplier once, then a percentage deductible clamps to its range', () => {
    const p = packWith('synthetic-310-examples', {
      inpatient: { deductible: { L3: { kind: 'PERCENT_OF_TOTAL', amounts: undefined, percent: '0.20', min: '2000', max: '10000', multipliers: { RETIRED: '0.5', AGE_70_PLUS: '0.65' } } } },
    });
    const young = settle({ person: employee(), claim: inpatient([line('5000.00')]), ytd: year2025(), policy: p }).settlement!;
    expect(money(young.amounts.actPayDedc)).toBe('2000.00'); // 20% of 5,000 = 1,000 → min 2,000
    const old = settle({ person: employee({ status: 'RETIRED', age: 75 }), claim: inpatient([line('80000.00')]), ytd: year2025(), policy: p }).settlement!;
    expect(money(old.amounts.actPayDedc)).toBe('5000.00'); // 16,000 → max 10,000 → × 0.5
  });
  it('DF-4: adds the age increment before the temporary reduction, capped at 100%', () => {
    const p = packWith('synthetic-310-examples', { inpatient: { ageIncrements: [{ fromAge: 70, plusPoints: '0.08' }] } });
    const person = employee({ status: 'RETIRED', age: 72, filings: [{ ...employee().filings[0]!, category: 'TMP_REFERRAL', validTo: '2025-12-31' }] });
    const s = settle({ person, claim: inpatient([line('1300.00')], { institutionLevel: 'PRIMARY' }), ytd: year2025(), policy: p }).settlement!;
    expect(money(s.amounts.hifpPay)).toBe('630.00'); // (1,300 − 600) × (min(1, 0.95 + 0.08) − 0.10)
  });
  it('§4.2: rounds each band when perBand is set', () => {
    const p = packWith('bj-310-2025', { rounding: { mode: 'HALF_UP', perBand: true } });
    const s = settle({ person: employee(), claim: inpatient([line('30000.01'), line('0.02')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: p }).settlement!;
    // 28,700 × 0.85 = 24,395; 0.03 × 0.90 = 0.027 → 0.03
    expect(money(s.amounts.hifpPay)).toBe('24395.03');
  });
});

describe('settle: accounts and presentation (E-11, DF-15 … DF-17)', () => {
  const acctClaim = outpatient([line('1000.00'), line('200.00', { chrgitmLv: '03', selfpayProp: new Dec(1) })], { acctUsed: true });
  it('E-11: pays from the account up to its balance and the rest in cash', () => {
    const s = settle({ person: employee({ acctBalance: new Dec('100.55') }), claim: acctClaim, ytd: year2025(), policy: syn310 }).settlement!;
    expect([money(s.amounts.acctPay), money(s.amounts.psnCashPay), money(s.amounts.balc)]).toEqual(['100.55', '979.45', '0.00']); // personal 1,080 = 1,200 − (1,000 − 800) × 0.6
  });
  it('DF-15: keeps 全自费 out of the account under IN_SCOPE_ONLY', () => {
    const p = packWith('synthetic-310-examples', { crossProvince: { acctScope: 'IN_SCOPE_ONLY' } });
    const s = settle({ person: employee(), claim: acctClaim, ytd: year2025(), policy: p }).settlement!;
    expect([money(s.amounts.acctPay), money(s.amounts.psnCashPay)]).toEqual(['880.00', '200.00']);
  });
  it('E-11: gives residents no account payment', () => {
    const s = settle({ person: resident({ acctBalance: new Dec('500') }), claim: acctClaim, ytd: year2025(), policy: syn390 }).settlement!;
    expect(money(s.amounts.acctPay)).toBe('0.00');
  });
  it('E-11: refuses the account across provinces when the 参保地 says NEVER', () => {
    const p = packWith('synthetic-310-examples', { crossProvince: { acctUseCrossProvince: 'NEVER' } });
    expect(money(settle({ person: employee(), claim: acctClaim, ytd: year2025(), policy: p }).settlement!.amounts.acctPay)).toBe('0.00');
  });
  it('DF-16: counts a family-account payment inside the personal share without touching the balance', () => {
    const claim = { ...acctClaim, acctMulaidPay: new Dec('50.00') };
    const s = settle({ person: employee({ acctBalance: new Dec('100') }), claim, ytd: year2025(), policy: syn310 }).settlement!;
    expect([money(s.amounts.acctMulaidPay), money(s.amounts.psnCashPay), money(s.amounts.balc)]).toEqual(['50.00', '930.00', '0.00']);
    const bad = { ...acctClaim, acctMulaidPay: new Dec('5000.00') };
    expect(thrown(() => settle({ person: employee(), claim: bad, ytd: year2025(), policy: syn310 })).code).toBe('INVALID_AMOUNT');
  });
  it('DF-16: keeps a hospital share outside the personal share', () => {
    const s = settle({ person: employee(), claim: { ...acctClaim, hospPartAmt: new Dec('10.00') }, ytd: year2025(), policy: syn310 }).settlement!;
    const a = s.amounts;
    expect(a.fundPaySumamt.plus(a.psnPartAmt).plus(a.hospPartAmt).eq(a.medfeeSumamt)).toBe(true);
    expect(s.funds.some((f) => f.fundPayType === '999996' && f.fundPayamt.eq(10))).toBe(true);
  });
  it('DF-17: adds the account to the emitted fund_pay_sumamt only in the 广东 variant', () => {
    const p = packWith('synthetic-310-examples', { fundPaySumamtIncludesAcct: true });
    const s = settle({ person: employee(), claim: acctClaim, ytd: year2025(), policy: p }).settlement!;
    const wire = toWireSettlement(s).setlinfo;
    expect(wire.fund_pay_sumamt).toBe(Number(s.amounts.fundPaySumamt.plus(s.amounts.acctPay).toFixed()));
    expect(wire.psn_part_amt).toBe(Number(s.amounts.psnPartAmt.toFixed()));
  });
});

describe('settle: insurance years and parameter versions (E-1, §4.7)', () => {
  it('E-1: rejects accumulators of a later insurance year with ACCUMULATOR_MISMATCH', () => {
    const e = thrown(() => settle({ person: employee(), claim: outpatient([line('10')]), ytd: year2025({ insuranceYearStart: '2026-01-01' }), policy: syn310 }));
    expect(e.code).toBe('ACCUMULATOR_MISMATCH');
  });
  it('DF-6: takes a cross-year stay\'s insurance year from its discharge', () => {
    const claim = inpatient([line('5000')], { admissionDate: '2025-12-28', dischargeDate: '2026-01-05', settlementTime: '2026-01-05T10:00:00+08:00' });
    const s = settle({ person: employee(), claim, ytd: year2025({ inpatientAdmissionsSettled: 2 }), policy: syn310 }).settlement!;
    expect(s.insuranceYearStart).toBe('2026-01-01');
    expect(money(s.amounts.actPayDedc)).toBe('1200.00'); // the first stay of 2026
    expect(s.warnings).toContain('YTD_RESET_NEW_INSURANCE_YEAR');
  });
  it('refuses a pack that is not in force on the claim date with POLICY_MISMATCH', () => {
    const nb = packWith('nb-390-2023');
    const claim = inpatient([line('5000')], { insuplcAdmdvs: '330203' });
    const e = thrown(() => settle({ person: resident(), claim, ytd: year2025(), policy: nb }));
    expect([e.code, e.path]).toEqual(['POLICY_MISMATCH', 'policy.effectiveTo']);
  });
  it('E-10: never recomputes a reversal with today\'s parameters', () => {
    const s = settle({ person: employee(), claim: inpatient([line('20000')]), ytd: year2025(), policy: syn310 }).settlement!;
    const r = reverseSettlement(s, s.ytdAfter);
    expect([r.kind, r.policyVersion, money(r.amounts.hifpPay)]).toEqual(['REVERSAL', s.policyVersion, money(s.amounts.hifpPay.negated())]);
    expect(thrown(() => reverseSettlement(r, r.ytdAfter)).code).toBe('REVERSAL_INVALID');
  });
});

describe('settle: incomplete packs never guess (POLICY_INCOMPLETE)', () => {
  const cases: [string, () => unknown, string][] = [
    ['北京 retired ratios are conflicting (O-6)', () => settle({ person: employee({ status: 'RETIRED' }), claim: inpatient([line('5000')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: bj }), 'inpatient.ratio.RETIRED.L3'],
    ['北京 R-9 reductions are not published', () => settle({ person: employee({ filings: [{ ...employee().filings[0]!, category: 'TMP_OTHER', validTo: '2025-12-31' }] }), claim: inpatient([line('5000')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: bj }), 'crossProvince.reductionPoints.TMP_OTHER'],
    ['宁波 publishes only the first stay\'s deductible', () => settle({ person: resident({ filings: [{ ...employee().filings[0]!, registeredAt: '2023-01-02T09:00:00+08:00', validFrom: '2023-01-02' }] }), claim: inpatient([line('5000')], { insuplcAdmdvs: '330203', admissionDate: '2023-03-01', dischargeDate: '2023-03-05', settlementTime: '2023-03-05T10:00:00+08:00' }), ytd: { ...year2025({ inpatientAdmissionsSettled: 1 }), insuranceYearStart: '2023-01-01' }, policy: packWith('nb-390-2023') }), 'inpatient.deductible.L3.amounts'],
    ['内蒙古 does not state its 大额 ratio', () => settle({ person: employee(), claim: inpatient([line('30000')], { insuplcAdmdvs: '150102' }), ytd: year2025({ basicFundPaid: { inpatient: new Dec('299000'), outpatient: new Dec(0), chronic: new Dec(0) } }), policy: packWith('nmg-310-2025') }), 'largeExpense.ratio.IN_SERVICE'],
    ['北京 outpatient is not modelled (2万 threshold basis, O-6)', () => settle({ person: employee(), claim: outpatient([line('100')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: bj }), 'generalOutpatient'],
  ];
  it.each(cases)('%s', (_n, f, path) => {
    const e = thrown(f);
    expect([e.code, e.path]).toEqual(['POLICY_INCOMPLETE', path]);
  });
});

describe('estimateSettlement', () => {
  it('returns a best-to-worst range when the year-to-date is unknown', () => {
    const est = estimateSettlement({ person: employee(), claim: outpatient([line('1000.00')]), ytd: null, policy: syn310 });
    expect(est.unknowns).toContain('ytd');
    expect(money(est.worst!.amounts.psnPartAmt)).toBe('880.00'); // deductible 800 not met: 800 + 200 × 0.4
    expect(money(est.best!.amounts.psnPartAmt)).toBe('400.00'); // deductible met: 1,000 × 0.4
  });
  it('returns one answer when the accumulators are known', () => {
    const est = estimateSettlement({ person: employee(), claim: outpatient([line('1000.00')]), ytd: year2025(), policy: syn310 });
    expect(est.best).toBe(est.worst);
  });
  it('returns no amounts for a claim that does not settle directly', () => {
    const est = estimateSettlement({ person: employee({ filings: [] }), claim: outpatient([line('10')]), policy: syn310 });
    expect([est.verdict.code, est.best]).toEqual(['NOT_FILED', null]);
  });
});

describe('settle: explanation', () => {
  it('explains every step with rule ids and each parameter\'s source and status', () => {
    const s = settle({ person: employee(), claim: inpatient([line('50000.00')], { insuplcAdmdvs: '110105' }), ytd: year2025(), policy: bj }).settlement!;
    expect(s.steps.map((x) => x.step)).toEqual(['S-1', 'S-2', 'S-4', 'S-5', 'S-9']);
    const cap = s.steps.find((x) => x.step === 'S-5')!.params.find((p) => p.path === 'inpatient.cap')!;
    expect([cap.value, cap.source.status]).toEqual(['500000', 'PARTIAL']);
    const ratio = s.steps.find((x) => x.step === 'S-4')!.params[0]!;
    expect(ratio.source.status).toBe('VERIFIED');
  });
});

describe('settle: verdicts stop the money (S-0)', () => {
  it('R-4b: computes nothing for a self-paid discharge filed afterwards', () => {
    const out = settle({ person: employee(), claim: inpatient([line('100')], { selfPaidSettlementAt: '2025-06-10T09:00:00+08:00' }), ytd: year2025(), policy: syn310 });
    expect([out.verdict.code, out.settlement]).toEqual(['MANUAL_CLAIM', null]);
  });
  it('E-16, DF-13: settles a pharmacy sale without a filing with fund 0 and no account under FILED_ONLY', () => {
    const claim = { ...outpatient([line('80.00')], { acctUsed: true }), medType: 'PHARMACY' as const };
    const out = settle({ person: employee({ filings: [] }), claim, ytd: year2025(), policy: syn310 });
    expect(out.verdict.code).toBe('NOT_FILED');
    expect([money(out.settlement!.amounts.hifpPay), money(out.settlement!.amounts.acctPay), money(out.settlement!.amounts.psnCashPay)]).toEqual(['0.00', '0.00', '80.00']);
    expect(out.settlement!.ytdAfter).toEqual(year2025());
  });
});

describe('PolicySet type', () => {
  it('is the shape the engine reads', () => {
    const p: PolicySet = syn310;
    expect(p.rounding.perLinePreselfpay).toBe(true);
  });
});

describe('estimateSettlement (unknown pack parameters)', () => {
  it('R-9: spans 0 to the national maximum when the pack does not publish the reduction', () => {
    const person = employee({ filings: [{ ...employee().filings[0]!, category: 'TMP_OTHER', validTo: '2025-12-31' }] });
    const claim = inpatient([line('31300.00')], { insuplcAdmdvs: '110105' });
    expect(thrown(() => settle({ person, claim, ytd: year2025(), policy: bj })).code).toBe('POLICY_INCOMPLETE');
    const est = estimateSettlement({ person, claim, ytd: year2025(), policy: bj });
    expect(money(est.best!.amounts.hifpPay)).toBe('25565.00'); // 28,700 × 0.85 + 1,300 × 0.90
    expect(money(est.worst!.amounts.hifpPay)).toBe('19565.00'); // 28,700 × 0.65 + 1,300 × 0.70
    expect(est.unknowns[0]).toContain('TMP_OTHER');
    const used = est.worst!.steps.find((s) => s.step === 'S-4')!.params.find((p) => p.path === 'crossProvince.reductionPoints.TMP_OTHER')!;
    expect([used.value, used.source.id]).toEqual(['0.2', 'estimate-bound']);
  });
});

describe('estimateSettlement (unpublished later-stay deductible)', () => {
  it('falls back to the first stay\'s deductible for the best case and says so', () => {
    const nb = packWith('nb-390-2023');
    const filing = { ...employee().filings[0]!, registeredAt: '2023-01-02T09:00:00+08:00', validFrom: '2023-01-02' };
    const claim = inpatient([line('10000.00')], { insuplcAdmdvs: '330203', admissionDate: '2023-03-01', dischargeDate: '2023-03-05', settlementTime: '2023-03-05T10:00:00+08:00' });
    const est = estimateSettlement({ person: resident({ filings: [filing] }), claim, ytd: null, policy: nb });
    expect([money(est.best!.amounts.hifpPay), money(est.worst!.amounts.hifpPay)]).toEqual(['6160.00', '6160.00']);
    expect(est.unknowns.join(' ')).toContain('later-stay deductible');
  });
});
