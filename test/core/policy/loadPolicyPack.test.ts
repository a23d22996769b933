import { describe, expect, it } from 'vitest';
import { CoreError, findPolicyPack, getPolicyPack, listPolicyPacks, loadPolicyPack } from '../../../core/index.ts';
import { merge, packJson } from '../settle/fixtures.ts';

function rejection(patch: Record<string, unknown>, id = 'synthetic-310-examples'): CoreError {
  try {
    loadPolicyPack(merge(packJson(id), patch));
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected the pack to be rejected');
}

describe('loadPolicyPack', () => {
  it.each([
    ['Example 5 / R-9: TMP_OTHER reduction of 0.25 (above 20 points)', { crossProvince: { reductionPoints: { TMP_OTHER: '0.25' } } }, 'crossProvince.reductionPoints.TMP_OTHER'],
    ['Example 5 / R-9: TMP_REFERRAL reduction of 0.12 (above 10 points)', { crossProvince: { reductionPoints: { TMP_REFERRAL: '0.12' } } }, 'crossProvince.reductionPoints.TMP_REFERRAL'],
    ['R-9: TMP_EMERGENCY reduction of 0.11', { crossProvince: { reductionPoints: { TMP_EMERGENCY: '0.11' } } }, 'crossProvince.reductionPoints.TMP_EMERGENCY'],
    ['R-3c: temporary validity of 5 months', { crossProvince: { tmpValidityMonths: 5 } }, 'crossProvince.tmpValidityMonths'],
    ['R-3b: change lock of 7 months', { crossProvince: { ltMinMonthsBeforeChange: 7 } }, 'crossProvince.ltMinMonthsBeforeChange'],
    ['a ratio above 1', { generalOutpatient: { ratio: { IN_SERVICE: { L1: '1.05' } } } }, 'generalOutpatient.ratio.IN_SERVICE.L1'],
    ['an amount with 3 decimals', { inpatient: { cap: '300000.001' } }, 'inpatient.cap'],
    ['a negative amount', { largeExpense: { cap: '-1' } }, 'largeExpense.cap'],
    ['bands not ascending', { inpatient: { ratio: { IN_SERVICE: { L3: [{ upTo: '30000', ratio: '0.8' }, { upTo: '20000', ratio: '0.9' }, { upTo: null, ratio: '0.9' }] } } } }, 'inpatient.ratio.IN_SERVICE.L3[1].upTo'],
    ['DF-1: a last band with an upper bound', { inpatient: { ratio: { IN_SERVICE: { L1: [{ upTo: '50000', ratio: '0.6' }] } } } }, 'inpatient.ratio.IN_SERVICE.L1[0].upTo'],
    ['DF-8: per-line 先行自付 rounding switched off', { rounding: { mode: 'HALF_UP', perLinePreselfpay: false } }, 'rounding.perLinePreselfpay'],
    ['DF-14: pharmacy limits not shared', { pharmacy: { sharesOutpatientLimits: false } }, 'pharmacy.sharesOutpatientLimits'],
    ['DF-19: a long-stay reset with no algorithm', { inpatient: { longStayResetDays: 90 } }, 'inpatient.longStayResetDays'],
    ['DF-21: 大额 with its own deductible', { largeExpense: { mode: 'OWN_DEDUCTIBLE' } }, 'largeExpense.mode'],
    ['DF-21: an outpatient threshold with no basis', { generalOutpatient: { aboveThreshold: { threshold: '20000' } } }, 'generalOutpatient.aboveThreshold'],
    ['an unknown rounding mode', { rounding: { mode: 'HALF_DOWN' } }, 'rounding.mode'],
    ['a source id that does not exist', { paramSources: { 'inpatient.cap': 'nowhere' } }, 'paramSources.inpatient.cap'],
    ['SYNTHETIC numbers claiming a real region', { insuredAdmdvs: ['11'] }, 'insuredAdmdvs'],
  ])('rejects %s with POLICY_INVALID naming the path', (_name, patch, path) => {
    const e = rejection(patch);
    expect([e.code, e.path]).toEqual(['POLICY_INVALID', path]);
    expect(e.message.length).toBeGreaterThan(path.length + 20);
  });

  it('rejects a real-region source that says nowhere where it can be read', () => {
    const e = rejection({ sources: { 'bj-cap': { note: undefined } } }, 'bj-310-2025');
    expect(e.code).toBe('POLICY_INVALID');
  });

  it('accepts the limits themselves (10 / 10 / 20 points, 6 months)', () => {
    const p = loadPolicyPack(merge(packJson('synthetic-310-examples'), { crossProvince: { reductionPoints: { TMP_REFERRAL: '0.10', TMP_EMERGENCY: '0.1', TMP_OTHER: '0.2' }, tmpValidityMonths: 6, ltMinMonthsBeforeChange: 6 } }));
    expect(p.crossProvince.reductionPoints.TMP_OTHER!.toFixed(2)).toBe('0.20');
  });

  it('gives a pack the weakest status of its sources', () => {
    expect(loadPolicyPack(packJson('nmg-310-2025')).status).toBe('UNVERIFIED');
    expect(loadPolicyPack(packJson('synthetic-390-examples')).status).toBe('SYNTHETIC');
  });

  it('reads one amount for every person status, or one per status (DF-21)', () => {
    const p = loadPolicyPack(packJson('cz-310-2022'));
    expect(p.generalOutpatient!.deductibleAnnual.RETIRED!.toFixed(2)).toBe('800.00');
    expect(p.generalOutpatient!.fundLimitAnnual.IN_SERVICE!.toFixed(2)).toBe('2000.00');
  });
});

describe('listPolicyPacks / getPolicyPack / findPolicyPack', () => {
  it('lists metadata that matches every shipped pack file', async () => {
    for (const info of listPolicyPacks()) {
      const p = await getPolicyPack(info.id);
      const json = packJson(info.id);
      expect({ id: p.id, name: p.name, insutype: p.insutype, status: p.status, poolAdmdvs: p.poolAdmdvs, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo })
        .toEqual({ id: info.id, name: info.name, insutype: info.insutype, status: info.status, poolAdmdvs: info.poolAdmdvs, effectiveFrom: info.effectiveFrom, effectiveTo: info.effectiveTo });
      expect(p.insuredAdmdvs).toEqual(info.insuredAdmdvs);
      expect(p.anyRegion).toBe(info.anyRegion);
      expect(json.id).toBe(info.id);
    }
  });

  it('refuses an unknown pack with POLICY_NOT_FOUND listing the known ones', async () => {
    await expect(getPolicyPack('sh-310-2025')).rejects.toMatchObject({ code: 'POLICY_NOT_FOUND', message: expect.stringContaining('bj-310-2025') });
  });

  it('finds the real pack by insured place, insurance type and date', async () => {
    expect((await findPolicyPack({ insuplcAdmdvs: '110105', insutype: '310', date: '2025-03-01' })).id).toBe('bj-310-2025');
    expect((await findPolicyPack({ insuplcAdmdvs: '330203', insutype: '390', date: '2023-06-01' })).id).toBe('nb-390-2023');
  });

  it('never finds a SYNTHETIC pack and refuses places or dates no pack serves', async () => {
    await expect(findPolicyPack({ insuplcAdmdvs: '330203', insutype: '390', date: '2024-06-01' })).rejects.toMatchObject({ code: 'POLICY_NOT_FOUND' });
    await expect(findPolicyPack({ insuplcAdmdvs: '440106', insutype: '310', date: '2025-06-01' })).rejects.toMatchObject({ code: 'POLICY_NOT_FOUND' });
  });
});
