import { describe, expect, it } from 'vitest';
import { checkDirectSettlement } from '../../../core/filing/index.ts';
import type { Claim, Person, PolicySet, Verdict } from '../../../core/types.ts';
import { claimFixture, filingFixture, longTermFixture, personFixture, stayFixture } from './claimFixture.ts';
import { policyFixture } from './policyFixture.ts';
import { thrown } from './thrown.ts';

const policy = policyFixture();
const F1 = filingFixture();

function check(person: Partial<Person>, claim: Partial<Claim> | Claim, withPolicy: PolicySet | null = policy): Verdict {
  const input = { person: personFixture(person), claim: 'medType' in claim && 'lines' in claim ? (claim as Claim) : claimFixture(claim) };
  return checkDirectSettlement(withPolicy ? { ...input, policy: withPolicy } : input);
}

describe('checkDirectSettlement', () => {
  describe('D-1 … D-8 failing, first failure decides', () => {
    it.each([
      ['110105', '1101a5'],
      ['11010', '320508'],
      ['990000', '320508'],
      ['810000', '320508'],
    ])('D-1, R-1: %s → %s gives INVALID_DIVISION_CODE', (insuplcAdmdvs, mdtrtareaAdmvs) => {
      const v = check({}, { insuplcAdmdvs, mdtrtareaAdmvs });
      expect(v).toMatchObject({ code: 'INVALID_DIVISION_CODE', check: 'D-1', rules: ['R-1'], settles: false, twoWayBenefit: false });
    });

    it.each(['710000', '810001', '820000'])('D-1, R-1: treatment place %s gives INVALID_TREATMENT_PLACE', (mdtrtareaAdmvs) => {
      expect(check({}, { mdtrtareaAdmvs })).toMatchObject({ code: 'INVALID_TREATMENT_PLACE', check: 'D-1' });
    });

    it('D-1 before D-3: an invalid code beats an inactive insurance', () => {
      expect(check({ psnInsuStas: '4' }, { mdtrtareaAdmvs: '99' }).code).toBe('INVALID_DIVISION_CODE');
    });

    it('D-2, R-1: same province gives NOT_CROSS_PROVINCE even when not networked (Example 10 f)', () => {
      expect(check({}, { mdtrtareaAdmvs: '110108', networkedMedTypes: [] })).toMatchObject({ code: 'NOT_CROSS_PROVINCE', check: 'D-2' });
    });

    it('D-3, R-3a: inactive insurance gives INSURANCE_INACTIVE', () => {
      expect(check({ psnInsuStas: '2', filings: [F1] }, {})).toMatchObject({ code: 'INSURANCE_INACTIVE', check: 'D-3', rules: ['R-3a'] });
    });

    it('D-4, R-12: a non-networked institution gives NOT_DIRECT_MANUAL_CLAIM', () => {
      expect(check({ filings: [F1] }, { networkedMedTypes: [] })).toMatchObject({ code: 'NOT_DIRECT_MANUAL_CLAIM', check: 'D-4' });
    });

    it('D-5, R-11: a liable third party gives INJURY_EXCLUDED', () => {
      const injury = { isInjury: true, thirdPartyLiable: true, commitmentSigned: true } as const;
      expect(check({ filings: [F1] }, { injury })).toMatchObject({ code: 'INJURY_EXCLUDED', check: 'D-5', rules: ['R-11'] });
    });

    it('D-6, R-3: no filing gives NOT_FILED (NO_FILING) for outpatient care', () => {
      expect(check({}, {})).toMatchObject({ code: 'NOT_FILED', check: 'D-6', detail: 'NO_FILING', settles: false });
    });

    it('D-6, R-4a: no filing gives FILE_BEFORE_DISCHARGE for a stay not yet settled', () => {
      const v = check({}, stayFixture('2025-06-01', '2025-06-05', '2025-06-05T10:00:00+08:00'));
      expect(v).toMatchObject({ code: 'FILE_BEFORE_DISCHARGE', check: 'D-6', rules: ['R-4a'] });
      expect(v.detail).toBeUndefined();
    });

    it('D-7, R-13: no qualification gives CHRONIC_NOT_QUALIFIED', () => {
      const v = check({ filings: [F1] }, { medType: 'CHRONIC_OUTPATIENT', opspDiseaseCode: 'M03900' });
      expect(v).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', check: 'D-7', rules: ['R-13'], category: 'TMP_OTHER', settles: false });
    });

    it('D-7, R-13: a disease off the cross-province list gives CHRONIC_DISEASE_NOT_ENABLED', () => {
      const opspQualifications = [{ diseaseCode: 'N18500', begin: '2024-01-01', end: null }];
      const v = check({ filings: [F1], opspQualifications }, { medType: 'CHRONIC_OUTPATIENT', opspDiseaseCode: 'N18500' });
      expect(v).toMatchObject({ code: 'CHRONIC_DISEASE_NOT_ENABLED', check: 'D-7' });
    });

    it('D-8, R-14: a filed pharmacy sale with no pooling settles with fund 0', () => {
      const v = check({ filings: [F1] }, { medType: 'PHARMACY', acctUsed: true });
      expect(v).toMatchObject({ code: 'DIRECT', check: null, settles: true, pharmacy: { fundPays: false, acctAllowed: true } });
      expect(v.rules).toContain('R-14');
    });

    it('D-5 before D-6: an injury block wins over a missing filing', () => {
      const injury = { isInjury: true, thirdPartyLiable: 'unknown', commitmentSigned: false } as const;
      expect(check({}, { injury }).code).toBe('NEEDS_INJURY_COMMITMENT');
    });

    it('D-6 before D-7: a missing filing wins over a missing chronic qualification', () => {
      expect(check({}, { medType: 'CHRONIC_OUTPATIENT', opspDiseaseCode: 'M03900' }).code).toBe('NOT_FILED');
    });
  });

  describe('D-6 filing steps', () => {
    it('D-6 step 2, R-9: emergency with a matching long-term filing keeps the long-term category, no reduction', () => {
      const v = check({ filings: [longTermFixture({ targetAdmdvs: '320000' })] }, { emergencyFlag: true });
      expect(v).toMatchObject({ code: 'DIRECT', category: 'LT_RETIREE_RELOCATED', filingId: 'LT1', treatedAsFiled: false, twoWayBenefit: true });
      expect(v.reductionPoints?.toString()).toBe('0');
      expect(v.rules).not.toContain('R-5');
    });

    it('D-6 step 4, R-9: filingWaived.TMP_OTHER (珠海) settles as TMP_OTHER with its reduction', () => {
      const waived = policyFixture({ crossProvince: { filingWaived: { TMP_OTHER: true } } });
      const v = check({}, {}, waived);
      expect(v).toMatchObject({ code: 'DIRECT', category: 'TMP_OTHER', treatedAsFiled: false, warnings: ['FILING_WAIVED'] });
      expect(v.filingId).toBeUndefined();
      expect(v.reductionPoints?.toString()).toBe('0.2');
      expect(v.hint.en).toContain('waives filing');
    });

    it('D-6 step 4: a waiver of another category does not waive TMP_OTHER', () => {
      expect(check({}, {}, policyFixture({ crossProvince: { filingWaived: { TMP_REFERRAL: true } } })).code).toBe('NOT_FILED');
    });

    it('D-6 step 3: picks the most recently registered of several matches, with a warning', () => {
      const older = filingFixture({ id: 'OLD', registeredAt: '2025-03-01T09:00:00+08:00' });
      const newer = filingFixture({ id: 'NEW', category: 'TMP_REFERRAL', registeredAt: '2025-04-01T09:00:00+08:00' });
      const v = check({ filings: [newer, older] }, {});
      expect(v).toMatchObject({ code: 'DIRECT', filingId: 'NEW', category: 'TMP_REFERRAL', warnings: ['MULTIPLE_FILINGS_MATCH'] });
    });

    it('D-6, R-3: a filing for another place gives NOT_FILED (PLACE_MISMATCH)', () => {
      expect(check({ filings: [filingFixture({ targetAdmdvs: '440100' })] }, {})).toMatchObject({ code: 'NOT_FILED', detail: 'PLACE_MISMATCH' });
    });

    it('D-6, R-3: a filing starting after the visit gives NOT_FILED (NOT_YET_VALID)', () => {
      const v = check({ filings: [filingFixture({ validFrom: '2025-06-10', validTo: '2025-12-09' })] }, {});
      expect(v).toMatchObject({ code: 'NOT_FILED', detail: 'NOT_YET_VALID' });
    });

    it('D-6, R-7: a filing accepted after the settlement instant supports nothing', () => {
      const late = filingFixture({ registeredAt: '2025-06-02T11:00:00+08:00' });
      expect(check({ filings: [late] }, {})).toMatchObject({ code: 'NOT_FILED', detail: 'NOT_YET_VALID' });
    });

    it('D-6, DF-11: a filing cancelled before the visit gives NOT_FILED (CANCELLED)', () => {
      const cancelled = filingFixture({ cancelledAt: '2025-05-01T10:00:00+08:00' });
      expect(check({ filings: [cancelled] }, {})).toMatchObject({ code: 'NOT_FILED', detail: 'CANCELLED' });
    });

    it('D-6, DF-11: a filing cancelled on the visit date no longer covers it', () => {
      const cancelled = filingFixture({ cancelledAt: '2025-06-02T08:00:00+08:00' });
      expect(check({ filings: [cancelled] }, {}).detail).toBe('CANCELLED');
    });

    it('D-6, DF-11: a filing cancelled after the visit still covers it', () => {
      const cancelled = filingFixture({ cancelledAt: '2025-06-03T08:00:00+08:00' });
      expect(check({ filings: [cancelled] }, {}).code).toBe('DIRECT');
    });

    it('D-6: a cancelled filing for another place counts as no filing', () => {
      const elsewhere = filingFixture({ targetAdmdvs: '440100', cancelledAt: '2025-05-01T10:00:00+08:00' });
      expect(check({ filings: [elsewhere] }, {}).detail).toBe('NO_FILING');
    });

    it('D-6, DF-11: cancellation at 23:30 CST (15:30Z) excludes that day; at 00:30 CST (16:30Z) it does not', () => {
      const visit = { serviceDate: '2025-05-13', settlementTime: '2025-05-13T10:00:00+08:00' };
      const at = (cancelledAt: string) => check({ filings: [filingFixture({ cancelledAt })] }, visit);
      expect(at('2025-05-13T15:30:00Z')).toMatchObject({ code: 'NOT_FILED', detail: 'CANCELLED' });
      expect(at('2025-05-13T16:30:00Z').code).toBe('DIRECT');
    });

    it('DF-11: an instant near midnight counts in China Standard Time (2025-05-13T17:30:00Z is 2025-05-14)', () => {
      const filing = filingFixture({ registeredAt: '2025-05-13T17:30:00Z', validFrom: '2025-05-14', validTo: '2025-11-13' });
      const visit = (settlementTime: string) => check({ filings: [filing] }, { serviceDate: '2025-05-14', settlementTime });
      expect(visit('2025-05-14T08:00:00+08:00').code).toBe('DIRECT');
      expect(visit('2025-05-14T01:00:00+08:00')).toMatchObject({ code: 'NOT_FILED', detail: 'NOT_YET_VALID' });
      expect(visit('2025-05-14 01:45:00').code).toBe('DIRECT');
    });

    it('R-4a, DF-11: a stay filed during it counts by the CST date of registration', () => {
      const filing = filingFixture({ targetAdmdvs: '320500', registeredAt: '2025-05-13T17:30:00Z', validFrom: '2025-05-14', validTo: '2025-11-13' });
      const v = check({ filings: [filing] }, stayFixture('2025-05-14', '2025-05-20', '2025-05-20T10:00:00+08:00'));
      expect(v).toMatchObject({ code: 'DIRECT', filingId: 'F1' });
    });
  });

  describe('E-2: filing starts or ends mid-stay', () => {
    it('E-2, R-3d: admitted on the last valid day, discharged after expiry: direct', () => {
      const v = check({ filings: [F1] }, stayFixture('2025-08-31', '2025-09-15', '2025-09-15T10:00:00+08:00'));
      expect(v).toMatchObject({ code: 'DIRECT', filingId: 'F1' });
      expect(v.rules).toContain('R-3d');
    });

    it('E-2, R-3d: admitted the day after expiry: not covered', () => {
      expect(check({ filings: [F1] }, stayFixture('2025-09-01', '2025-09-15', '2025-09-15T10:00:00+08:00')).code).toBe('FILE_BEFORE_DISCHARGE');
    });

    it('E-2, R-4a: settles a stay filed before discharge settlement', () => {
      const f = filingFixture({ registeredAt: '2025-09-05T09:00:00+08:00', validFrom: '2025-09-05', validTo: '2026-03-04' });
      const v = check({ filings: [f] }, stayFixture('2025-09-01', '2025-09-15', '2025-09-15T10:00:00+08:00'));
      expect(v).toMatchObject({ code: 'DIRECT' });
      expect(v.rules).toContain('R-4a');
    });

    it('E-2, R-4a: a filing registered after the settlement instant does not count', () => {
      const f = filingFixture({ registeredAt: '2025-09-15T11:00:00+08:00', validFrom: '2025-09-15', validTo: '2026-03-14' });
      const v = check({ filings: [f] }, stayFixture('2025-09-01', '2025-09-15', '2025-09-15T10:00:00+08:00'));
      expect(v.code).toBe('FILE_BEFORE_DISCHARGE');
    });

    it('E-2, R-4b: a self-paid discharge is a manual claim even with a filing made before it', () => {
      const claim = stayFixture('2025-08-25', '2025-08-30', '2025-08-30T10:00:00+08:00', { selfPaidSettlementAt: '2025-08-30T09:00:00+08:00' });
      expect(check({ filings: [F1] }, claim)).toMatchObject({ code: 'MANUAL_CLAIM', check: 'D-6' });
    });
  });

  describe('E-3: outpatient the day after a temporary filing expires', () => {
    it('E-3, R-3c: validTo is inclusive: the last day settles', () => {
      expect(check({ filings: [F1] }, { serviceDate: '2025-08-31', settlementTime: '2025-08-31T10:00:00+08:00' }).code).toBe('DIRECT');
    });

    it('E-3, R-3c: the day after gives NOT_FILED (EXPIRED), 1 day since expiry', () => {
      const v = check({ filings: [F1] }, { serviceDate: '2025-09-01', settlementTime: '2025-09-01T10:00:00+08:00' });
      expect(v).toMatchObject({ code: 'NOT_FILED', detail: 'EXPIRED', daysSinceExpiry: 1, rules: ['R-3', 'R-3c'] });
      expect(v.hint.en).toContain('Your filing expired 1 day ago');
    });

    it('E-3: the hint says how long ago the filing expired', () => {
      const v = check({ filings: [F1] }, { serviceDate: '2025-09-03', settlementTime: '2025-09-03T10:00:00+08:00' });
      expect(v.hint.zh).toContain('备案已于 3 天前过期');
      expect(v.hint.en).toContain('Your filing expired 3 days ago');
    });
  });

  describe('E-4: emergency without filing', () => {
    it('E-4, R-5, R-9: an emergency outpatient visit settles as TMP_EMERGENCY with a reduction ≤ 0.10', () => {
      const v = check({}, { emergencyFlag: true });
      expect(v).toMatchObject({ code: 'DIRECT', category: 'TMP_EMERGENCY', treatedAsFiled: true, twoWayBenefit: false });
      expect(v.reductionPoints?.lte('0.10')).toBe(true);
      expect(v.rules).toEqual(expect.arrayContaining(['R-5', 'R-9']));
      expect(v.hint.en).toContain('treated as filed');
    });

    it('E-4, R-4b: an emergency stay already settled as self-pay stays a manual claim', () => {
      const claim = stayFixture('2025-07-01', '2025-07-05', '2025-07-06T10:00:00+08:00', {
        emergencyFlag: true,
        selfPaidSettlementAt: '2025-07-05T10:00:00+08:00',
      });
      expect(check({}, claim).code).toBe('MANUAL_CLAIM');
    });
  });

  describe('E-5: long-term filer treated back home', () => {
    const home = { mdtrtareaAdmvs: '110108' };

    it('E-5, R-10, DF-13 (i): a long-term filer with documents has the two-way benefit at home', () => {
      expect(check({ filings: [longTermFixture()] }, home)).toMatchObject({ code: 'NOT_CROSS_PROVINCE', twoWayBenefit: true });
    });

    it('E-5, R-6: a commitment filer without documents has none', () => {
      const f = longTermFixture({ viaCommitment: true, commitmentDocsCompleted: false });
      expect(check({ filings: [f] }, home).twoWayBenefit).toBe(false);
    });

    it('E-5, R-6: a commitment filer with documents completed has it', () => {
      const f = longTermFixture({ viaCommitment: true, commitmentDocsCompleted: true });
      expect(check({ filings: [f] }, home).twoWayBenefit).toBe(true);
    });

    it.each([
      ['cancelled', longTermFixture({ cancelledAt: '2025-05-01T10:00:00+08:00' }), ['R-1']],
      ['not yet started', longTermFixture({ validFrom: '2025-07-01' }), ['R-1']],
      ['temporary', filingFixture(), ['R-1']],
    ])('E-5, DF-13 (i): a %s filing gives no two-way benefit', (_kind, f, rules) => {
      expect(check({ filings: [f] }, home)).toMatchObject({ code: 'NOT_CROSS_PROVINCE', twoWayBenefit: false, rules });
    });

    it('R-10: a long-term filer at the filed place settles with no reduction and the two-way flag', () => {
      const v = check({ filings: [longTermFixture()] }, {});
      expect(v).toMatchObject({ code: 'DIRECT', category: 'LT_RETIREE_RELOCATED', twoWayBenefit: true });
      expect(v.reductionPoints?.toString()).toBe('0');
    });

    it('R-6: a commitment filer at the filed place settles without the two-way flag', () => {
      const v = check({ filings: [longTermFixture({ viaCommitment: true })] }, {});
      expect(v).toMatchObject({ code: 'DIRECT', twoWayBenefit: false });
    });
  });

  describe('E-13: non-networked institution', () => {
    it('E-13, R-12: networked status differs by care type', () => {
      const networkedMedTypes = ['GENERAL_OUTPATIENT'] as const;
      expect(check({ filings: [F1] }, { networkedMedTypes }).code).toBe('DIRECT');
      const stay = stayFixture('2025-06-01', '2025-06-05', '2025-06-05T10:00:00+08:00', { networkedMedTypes });
      expect(check({ filings: [F1] }, stay)).toMatchObject({ code: 'NOT_DIRECT_MANUAL_CLAIM', rules: ['R-12'] });
      expect(check({ filings: [F1] }, stay).hint.zh).toContain('手工报销');
    });
  });

  describe('E-14: division codes', () => {
    it('E-14, DF-12: a filing target given as a pool code covers its city, with a warning', () => {
      const f = filingFixture({ targetAdmdvs: '130399', validTo: '2025-12-31' });
      const v = check({ filings: [f] }, { mdtrtareaAdmvs: '130302' });
      expect(v).toMatchObject({ code: 'DIRECT', warnings: ['POOL_CODE_TARGET'] });
    });

    it('E-14, R-1: an insured pool code 130399 is cross-province against 110105', () => {
      expect(check({ filings: [filingFixture({ targetAdmdvs: '110000' })] }, { insuplcAdmdvs: '130399', mdtrtareaAdmvs: '110105' }).code).toBe('DIRECT');
    });

    it('E-14, O-4: 兵团 66 vs 新疆 65 is cross-province, with an UNVERIFIED warning', () => {
      const v = check({ filings: [filingFixture({ targetAdmdvs: '650100' })] }, { insuplcAdmdvs: '660100', mdtrtareaAdmvs: '650102' });
      expect(v).toMatchObject({ code: 'DIRECT', warnings: ['UNVERIFIED_REGION_OVERRIDE'] });
    });

    it('E-14, R-1: 71/81/82 as treatment place are outside the network', () => {
      for (const place of ['710100', '810000', '820000']) expect(check({}, { mdtrtareaAdmvs: place }).code).toBe('INVALID_TREATMENT_PLACE');
    });

    it('E-14, R-1: invalid codes give INVALID_DIVISION_CODE, never a throw', () => {
      for (const place of ['11010', '1101a5', '990000']) expect(check({}, { mdtrtareaAdmvs: place }).code).toBe('INVALID_DIVISION_CODE');
    });
  });

  describe('E-16: pharmacy across provinces', () => {
    const sale = { medType: 'PHARMACY', mdtrtareaAdmvs: '370102', acctUsed: true } as const;
    const filed = filingFixture({ targetAdmdvs: '370100' });

    it.each([
      ['ALWAYS', false, true],
      ['ALWAYS', true, true],
      ['FILED_ONLY', true, true],
      ['FILED_ONLY', false, false],
      ['NEVER', true, false],
    ] as const)('E-16, R-14: account use %s with filing %s → acctAllowed %s', (acctUseCrossProvince, hasFiling, acctAllowed) => {
      const v = check({ filings: hasFiling ? [filed] : [] }, sale, policyFixture({ crossProvince: { acctUseCrossProvince } }));
      expect(v).toMatchObject({ settles: true, pharmacy: { fundPays: false, acctAllowed } });
      expect(v.code).toBe(hasFiling ? 'DIRECT' : 'NOT_FILED');
    });

    it('E-16, R-14: the fund pays only with pooling, cross-province pooling and a filing', () => {
      const pooled = policyFixture({ pharmacy: { pooling: true, crossProvincePooling: true, ratioMode: 'PRIMARY_LEVEL', sharesOutpatientLimits: true } });
      expect(check({ filings: [filed] }, sale, pooled).pharmacy).toEqual({ fundPays: true, acctAllowed: true });
      expect(check({}, sale, pooled).pharmacy).toEqual({ fundPays: false, acctAllowed: false });
    });

    it('E-16, DF-14: without a policy, no pooling and FILED_ONLY', () => {
      const v = check({ filings: [filed] }, sale, null);
      expect(v).toMatchObject({ code: 'DIRECT', pharmacy: { fundPays: false, acctAllowed: true }, reductionPoints: null, warnings: ['NO_POLICY'] });
      expect(check({}, sale, null).pharmacy).toEqual({ fundPays: false, acctAllowed: false });
    });

    it('E-16, R-14: residents (390) have no account; acctUsed false asks for none', () => {
      const always = policyFixture({ crossProvince: { acctUseCrossProvince: 'ALWAYS' } });
      const always390 = policyFixture({ insutype: '390', crossProvince: { acctUseCrossProvince: 'ALWAYS' } });
      expect(check({ insutype: '390', status: 'RESIDENT_ADULT', filings: [filed] }, sale, always390).pharmacy?.acctAllowed).toBe(false);
      expect(check({ filings: [filed] }, { ...sale, acctUsed: false }, always).pharmacy?.acctAllowed).toBe(false);
    });

    it('E-16, D-8: an unfiled sale says fund 0 and cash in its hint', () => {
      const v = check({}, sale);
      expect(v.hint.en).toContain('does not pay at out-of-province pharmacies');
      expect(v.hint.zh).toContain('现金');
    });

    it('D-8: other care types carry no pharmacy mode', () => {
      expect(check({ filings: [F1] }, {}).pharmacy).toBeUndefined();
    });
  });

  describe('E-17: injury', () => {
    it.each([
      ['unknown', false, 'NEEDS_INJURY_COMMITMENT'],
      [true, true, 'INJURY_EXCLUDED'],
      [true, false, 'INJURY_EXCLUDED'],
      ['unknown', true, 'DIRECT'],
      [false, false, 'DIRECT'],
    ] as const)('E-17, R-11: thirdPartyLiable %s, commitment %s → %s', (thirdPartyLiable, commitmentSigned, code) => {
      expect(check({ filings: [F1] }, { injury: { isInjury: true, thirdPartyLiable, commitmentSigned } }).code).toBe(code);
    });

    it('E-17, R-11: a non-injury block is ignored', () => {
      expect(check({ filings: [F1] }, { injury: { isInjury: false, thirdPartyLiable: true, commitmentSigned: false } }).code).toBe('DIRECT');
    });
  });

  describe('D-7: 门诊慢特病', () => {
    const chronic = { medType: 'CHRONIC_OUTPATIENT', opspDiseaseCode: 'M03900' } as const;

    it('R-13: an active qualification for an enabled disease settles', () => {
      const opspQualifications = [{ diseaseCode: 'M03900', begin: '2025-01-01', end: '2025-12-31' }];
      expect(check({ filings: [F1], opspQualifications }, chronic).code).toBe('DIRECT');
    });

    it('R-13: a qualification that ended before the visit does not count', () => {
      const opspQualifications = [{ diseaseCode: 'M03900', begin: '2024-01-01', end: '2025-06-01' }];
      expect(check({ filings: [F1], opspQualifications }, chronic).code).toBe('CHRONIC_NOT_QUALIFIED');
    });

    it('R-13: a missing disease code is not qualified, with a warning', () => {
      const v = check({ filings: [F1] }, { medType: 'CHRONIC_OUTPATIENT' });
      expect(v).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', warnings: ['NO_DISEASE_CODE'] });
    });

    it('R-13: without a policy the list is unknown: settles with a warning', () => {
      const opspQualifications = [{ diseaseCode: 'N18500', begin: '2024-01-01' }];
      const v = check({ filings: [F1], opspQualifications }, { ...chronic, opspDiseaseCode: 'N18500' }, null);
      expect(v).toMatchObject({ code: 'DIRECT', warnings: ['NO_POLICY', 'CHRONIC_LIST_UNKNOWN'] });
    });
  });

  describe('verdict fields', () => {
    it('R-9: fills every field of a DIRECT verdict', () => {
      const v = check({ filings: [F1] }, {});
      expect(v).toEqual({
        code: 'DIRECT',
        check: null,
        rules: ['R-2', 'R-9'],
        settles: true,
        category: 'TMP_OTHER',
        filingId: 'F1',
        treatedAsFiled: false,
        reductionPoints: expect.anything(),
        twoWayBenefit: false,
        warnings: [],
        hint: { zh: '可以跨省直接结算。', en: 'This can be settled directly across provinces.' },
      });
      expect(v.reductionPoints?.toString()).toBe('0.2');
    });

    it('R-9: without a policy reductionPoints is null with the warning NO_POLICY', () => {
      expect(check({ filings: [F1] }, {}, null)).toMatchObject({ code: 'DIRECT', reductionPoints: null, warnings: ['NO_POLICY'] });
    });

    it('R-9: a policy without the category figure gives null with REDUCTION_POINTS_UNKNOWN', () => {
      const partial = policyFixture({ crossProvince: { reductionPoints: { TMP_REFERRAL: policy.crossProvince.reductionPoints.TMP_REFERRAL! } } });
      expect(check({ filings: [F1] }, {}, partial)).toMatchObject({ reductionPoints: null, warnings: ['REDUCTION_POINTS_UNKNOWN'] });
    });

    it('gives every non-DIRECT code a zh and en hint', () => {
      const v = check({}, {});
      expect(v.hint.zh.length).toBeGreaterThan(0);
      expect(v.hint.en).toMatch(/official channel/);
    });
  });

  describe('input validation', () => {
    it.each([
      [{ serviceDate: '2025-02-30' }, 'claim.serviceDate'],
      [{ serviceDate: undefined }, 'claim.serviceDate'],
      [{ settlementTime: 'yesterday' }, 'claim.settlementTime'],
      [{ selfPaidSettlementAt: '2025-13-01T00:00:00Z' }, 'claim.selfPaidSettlementAt'],
    ])('throws INVALID_DATE for claim %j', (claim, path) => {
      expect(thrown(() => check({}, claim))).toMatchObject({ code: 'INVALID_DATE', path });
    });

    it('throws INVALID_DATE when admission is after discharge', () => {
      const claim = stayFixture('2025-06-10', '2025-06-05', '2025-06-10T10:00:00+08:00');
      expect(thrown(() => check({}, claim))).toMatchObject({ code: 'INVALID_DATE', path: 'claim.dischargeDate' });
    });

    it('R-3d: throws INVALID_DATE when a stay has no admission date', () => {
      const { admissionDate: _a, ...claim } = stayFixture('2025-06-01', '2025-06-05', '2025-06-05T10:00:00+08:00');
      expect(thrown(() => check({}, claim as Claim))).toMatchObject({ code: 'INVALID_DATE', path: 'claim.admissionDate' });
    });

    it('throws INVALID_DATE when a filing starts after it ends', () => {
      const f = filingFixture({ validFrom: '2025-09-01', validTo: '2025-08-31' });
      expect(thrown(() => check({ filings: [f] }, {}))).toMatchObject({ code: 'INVALID_DATE', path: 'person.filings[0].validTo' });
    });

    it('throws INVALID_DATE for a qualification ending before it begins', () => {
      const opspQualifications = [{ diseaseCode: 'M03900', begin: '2025-06-01', end: '2025-01-01' }];
      expect(thrown(() => check({ opspQualifications }, {}))).toMatchObject({ code: 'INVALID_DATE', path: 'person.opspQualifications[0].end' });
    });

    it('throws UNKNOWN_CODE for an unknown med type or filing category', () => {
      expect(thrown(() => check({}, { medType: 'DENTAL' as Claim['medType'] }))).toMatchObject({ code: 'UNKNOWN_CODE', path: 'claim.medType' });
      const f = filingFixture({ category: 'TMP_HOLIDAY' as 'TMP_OTHER' });
      expect(thrown(() => check({ filings: [f] }, {}))).toMatchObject({ code: 'UNKNOWN_CODE', path: 'person.filings[0].category' });
    });

    it('throws INVALID_DIVISION_CODE for a stored filing aimed at 81', () => {
      const f = filingFixture({ targetAdmdvs: '810000' });
      expect(thrown(() => check({ filings: [f] }, {}))).toMatchObject({ code: 'INVALID_DIVISION_CODE', path: 'person.filings[0].targetAdmdvs' });
    });

    it('keeps personal data out of error messages', () => {
      const e = thrown(() => check({}, { serviceDate: '110105194912310021' }));
      expect(e.message).not.toContain('110105194912310021');
    });
  });
});
