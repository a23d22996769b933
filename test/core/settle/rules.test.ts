import { describe, expect, it } from 'vitest';
import { Dec, FILING_CATEGORIES, settle, type FilingCategory } from '../../../core/index.ts';
import { packWith } from './fixtures.ts';
import { employee, inpatient, line, outpatient, resident, year2025 } from './scenarioBuilder.ts';

const syn310 = packWith('synthetic-310-examples');
const syn390 = packWith('synthetic-390-examples');

describe('settle (national rules in the money steps)', () => {
  it.each(FILING_CATEGORIES.map((c) => [c]))('R-2, R-9: settles a stay under %s with the reduction its category allows', (category: FilingCategory) => {
    const filing = { ...employee().filings[0]!, category, validTo: category.startsWith('TMP_') ? '2025-12-31' : null };
    const { verdict, settlement } = settle({ person: employee({ filings: [filing] }), claim: inpatient([line('10000.00')]), ytd: year2025(), policy: syn310 });
    expect([verdict.code, verdict.category]).toEqual(['DIRECT', category]);
    // L3 in service: 80% up to 30,000, minus the R-9 reduction of the category (10 / 10 / 20 points, 0 for long-term).
    const ratio = new Dec('0.80').minus(syn310.crossProvince.reductionPoints[category as 'TMP_OTHER'] ?? 0);
    expect(settlement!.amounts.hifpPay.toFixed(2)).toBe(new Dec('8800').times(ratio).toFixed(2));
  });

  it('R-8: splits lines with the treatment place\'s catalogue data but pays with the insured place\'s ratio', () => {
    const s = settle({ person: employee(), claim: outpatient([line('100.00', { chrgitmLv: '02', selfpayProp: new Dec('0.10') })]), ytd: year2025({ outpatientDeductibleUsed: new Dec(800) }), policy: syn310 }).settlement!;
    expect([s.amounts.preselfpayAmt.toFixed(2), s.amounts.hifpPay.toFixed(2)]).toEqual(['10.00', '54.00']); // 90 × 0.60
  });

  it('R-15: pays 大病 only on the burden above its deductible, tier by tier, within its cap', () => {
    const ytd = year2025({ majorIllnessBase: new Dec('19000'), majorIllnessPaid: new Dec('399990') });
    const s = settle({ person: resident(), claim: inpatient([line('10000.00')]), ytd, policy: syn390 }).settlement!;
    // burden 1,200 + 8,800 × 0.30 = 3,840 → cumulative 22,840; 2,840 above 20,000 at 60% = 1,704, capped at the 10 left
    expect([s.amounts.hifmiPay.toFixed(2), s.ytdAfter.majorIllnessPaid.toFixed(2)]).toEqual(['10.00', '400000.00']);
  });

  it('R-15, E-12: halves the 大病 deductible, adds 5 points and lifts the cap for 特困', () => {
    const ytd = year2025({ majorIllnessBase: new Dec('9000'), majorIllnessPaid: new Dec('399990') });
    const s = settle({ person: resident({ assistanceClass: 'TEKUN' }), claim: inpatient([line('10000.00')]), ytd, policy: packWith('synthetic-390-examples', { assistanceInCrossProvinceDirect: false }) }).settlement!;
    // cumulative 9,000 → 12,840; 2,840 above 10,000 at 65% = 1,846, no cap
    expect(s.amounts.hifmiPay.toFixed(2)).toBe('1846.00');
  });

  it('R-16, E-12: pays 医疗救助 on what is left after basic and 大病, after the class deductible, within the annual limit', () => {
    const s = settle({ person: resident({ assistanceClass: 'DIBAO_EDGE' }), claim: inpatient([line('10000.00')]), ytd: year2025(), policy: syn390 }).settlement!;
    // base 3,840 (no 大病 yet: under its deductible); 低保边缘 deductible 2,000 → 1,840 × 0.60 = 1,104
    expect([s.amounts.mafPay.toFixed(2), s.ytdAfter.assistanceDeductibleUsed.toFixed(2)]).toEqual(['1104.00', '2000.00']);
  });

  it('R-16, O-2: pays no 医疗救助 where the 参保地 does not settle it in cross-province direct settlement', () => {
    const p = packWith('synthetic-390-examples', { assistanceInCrossProvinceDirect: false });
    const s = settle({ person: resident({ assistanceClass: 'DIBAO' }), claim: inpatient([line('10000.00')]), ytd: year2025(), policy: p }).settlement!;
    expect(s.amounts.mafPay.toFixed(2)).toBe('0.00');
  });

  it('R-17: pays employee general outpatient from the pool above the deductible and the rest from the account', () => {
    const s = settle({ person: employee({ acctBalance: new Dec('1000') }), claim: outpatient([line('1000.00')], { acctUsed: true }), ytd: year2025(), policy: syn310 }).settlement!;
    expect([s.amounts.hifpPay.toFixed(2), s.amounts.acctPay.toFixed(2), s.amounts.psnCashPay.toFixed(2)]).toEqual(['120.00', '880.00', '0.00']);
  });

  it('E-15: rounds a 先行自付 tie half-up by default and reconciles the line either way', () => {
    const s = settle({ person: employee(), claim: outpatient([line('4.50', { chrgitmLv: '02', selfpayProp: new Dec('0.05') })]), ytd: year2025(), policy: syn310 }).settlement!;
    expect([s.amounts.preselfpayAmt.toFixed(2), s.amounts.inscpScpAmt.toFixed(2)]).toEqual(['0.23', '4.27']);
  });
});
