import { describe, expect, it } from 'vitest';
import {
  CHRONIC_DISEASES, CHRONIC_DISEASES_SOURCE, Dec, checkDirectSettlement, chronicDiseaseOf, chronicLimitLeft, computeSettlement,
  describeError, getPolicyPack, isCoreError, listPolicyPacks, reverseSettlement, settle, verdictHint,
  type PolicySet,
} from '../../../core/index.ts';
import { packJson, packWith } from '../settle/fixtures.ts';
import { loadPolicyPack } from '../../../core/index.ts';
import { EXAMPLE_1, chronicClaim, oneLine, retiree, year } from './chronicFixtures.ts';

const syn310 = () => packWith('synthetic-310-examples');
/** The SYNTHETIC pack enabling only `diseases` (limits of the others dropped). */
const enabling = (diseases: readonly string[]): PolicySet => {
  const json = packJson('synthetic-310-examples') as { chronic: Record<string, unknown> };
  return loadPolicyPack({ ...json, chronic: { ...json.chronic, diseases, limitPerDisease: {} } });
};
const since2020 = (code: string, end: string | null = null) => ({ diseaseCode: code, begin: '2020-01-01', end });
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

describe('chronicDiseaseOf', () => {
  it('R-13: names the five nationally piloted diseases, 尿毒症透析 with two codes, all PARTIAL', () => {
    expect(CHRONIC_DISEASES.map((d) => d.code)).toEqual(['M03900', 'M01600', 'M00503', 'M07803', 'M07804', 'M08300']);
    expect(new Set(CHRONIC_DISEASES.map((d) => d.group)).size).toBe(5);
    expect(CHRONIC_DISEASES_SOURCE.status).toBe('PARTIAL');
    expect(chronicDiseaseOf('M01600')?.name).toEqual({ zh: '糖尿病', en: 'Diabetes' });
  });

  it('returns undefined for a code outside the national list and for what is not text', () => {
    expect(chronicDiseaseOf('E11900')).toBeUndefined();
    expect(chronicDiseaseOf(42)).toBeUndefined();
    expect(chronicDiseaseOf(null)).toBeUndefined();
  });
});

describe('checkDirectSettlement', () => {
  describe.each(CHRONIC_DISEASES.map((d) => [d.code, d.name.zh] as const))('D-7, R-13: %s %s', (code) => {
    it('settles when the 参保地 enables the disease and the qualification is active', () => {
      const v = checkDirectSettlement({ person: retiree([since2020(code)]), claim: chronicClaim(code), policy: enabling([code]) });
      expect(v).toMatchObject({ code: 'DIRECT', settles: true, chronic: { diseaseCode: code, enabled: true, qualification: { begin: '2020-01-01' } } });
    });

    it('gives CHRONIC_DISEASE_NOT_ENABLED when the 参保地 enables only the other diseases', () => {
      const others = CHRONIC_DISEASES.map((d) => d.code).filter((c) => c !== code);
      const v = checkDirectSettlement({ person: retiree([since2020(code)]), claim: chronicClaim(code), policy: enabling(others) });
      expect(v).toMatchObject({ code: 'CHRONIC_DISEASE_NOT_ENABLED', check: 'D-7', rules: ['R-13'], settles: false, chronic: { enabled: false } });
      expect(v.hint.zh).toContain('未开通');
    });
  });

  it('R-13: a qualification that lapsed before the visit gives CHRONIC_NOT_QUALIFIED (LAPSED) with the days since', () => {
    const v = checkDirectSettlement({ person: retiree([since2020('M01600', '2022-06-10')]), claim: chronicClaim('M01600'), policy: syn310() });
    expect(v).toMatchObject({
      code: 'CHRONIC_NOT_QUALIFIED', check: 'D-7', settles: false,
      chronic: { detail: 'LAPSED', daysSinceLapse: 21, enabled: true, qualification: { end: '2022-06-10' } },
    });
    expect(v.hint.zh).toContain('21 天前到期');
    expect(v.hint.en).toContain('lapsed 21 days ago');
  });

  it('R-13: the end date is inclusive: a visit on the last day settles and the hint names the end', () => {
    const v = checkDirectSettlement({ person: retiree([since2020('M01600', '2022-07-01')]), claim: chronicClaim('M01600'), policy: syn310() });
    expect(v.code).toBe('DIRECT');
    expect(v.hint.zh).toContain('有效期至 2022-07-01');
    expect(v.hint.en).toContain('valid until 2022-07-01');
  });

  it('R-13: picks the latest lapsed of several, and an active renewal wins over a lapsed one', () => {
    const lapsed = [since2020('M01600', '2021-06-30'), { diseaseCode: 'M01600', begin: '2021-07-01', end: '2022-05-31' }];
    const v = checkDirectSettlement({ person: retiree(lapsed), claim: chronicClaim('M01600'), policy: syn310() });
    expect(v.chronic).toMatchObject({ detail: 'LAPSED', daysSinceLapse: 31, qualification: { end: '2022-05-31' } });
    const renewed = [...lapsed, { diseaseCode: 'M01600', begin: '2022-06-01', end: null }];
    expect(checkDirectSettlement({ person: retiree(renewed), claim: chronicClaim('M01600'), policy: syn310() }).code).toBe('DIRECT');
  });

  it('R-13: a qualification for another disease only is NOT_RECOGNISED; one starting later is NOT_YET_VALID', () => {
    const other = checkDirectSettlement({ person: retiree([since2020('M03900')]), claim: chronicClaim('M01600'), policy: syn310() });
    expect(other).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', chronic: { detail: 'NOT_RECOGNISED', diseaseCode: 'M01600' } });
    expect(other.chronic?.qualification).toBeUndefined();
    const later = checkDirectSettlement({ person: retiree([{ diseaseCode: 'M01600', begin: '2022-08-01' }]), claim: chronicClaim('M01600'), policy: syn310() });
    expect(later).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', chronic: { detail: 'NOT_YET_VALID' } });
    expect(later.hint.zh).toContain('2022-08-01');
  });

  it('R-13: the qualification is checked before the list: a lapsed one for a disease not enabled says LAPSED', () => {
    const v = checkDirectSettlement({ person: retiree([since2020('M08300', '2022-01-31')]), claim: chronicClaim('M08300'), policy: syn310() });
    expect(v).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', chronic: { detail: 'LAPSED', enabled: false } });
  });

  it('answers a disease code that is not text with INVALID_INPUT naming the path', () => {
    const claim = { ...chronicClaim('M01600'), opspDiseaseCode: Number.NaN as unknown as string };
    const e = thrown(() => checkDirectSettlement({ person: retiree([since2020('M01600')]), claim, policy: syn310() }));
    expect(isCoreError(e) && [e.code, e.path]).toEqual(['INVALID_INPUT', 'claim.opspDiseaseCode']);
    const verdict = checkDirectSettlement({ person: retiree([since2020('M01600')]), claim: chronicClaim('M01600'), policy: syn310() });
    const f = thrown(() => computeSettlement({ person: retiree([since2020('M01600')]), claim, ytd: year('2022-01-01'), policy: syn310(), verdict }));
    expect(isCoreError(f) && [f.code, f.path]).toEqual(['INVALID_INPUT', 'claim.opspDiseaseCode']);
  });

  it('R-13: a claim without a disease code is not qualified (NO_DISEASE_CODE) and the hint asks for dise_codg', () => {
    const v = checkDirectSettlement({ person: retiree([since2020('M01600')]), claim: chronicClaim(undefined), policy: syn310() });
    expect(v).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', chronic: { detail: 'NO_DISEASE_CODE', diseaseCode: null } });
    expect(v.hint.zh).toContain('dise_codg');
  });

  it.each(['bj-310-2025', 'nmg-310-2025', 'cz-310-2022'])('R-13: %s says its sources are silent (diseases null): CHRONIC_LIST_UNKNOWN', async (id) => {
    const policy = await getPolicyPack(id);
    expect(policy.chronic?.diseases).toBeNull();
    const place = policy.insuredAdmdvs[0]!.padEnd(6, '0');
    const claim = { ...chronicClaim('M01600', '2025-07-01'), insuplcAdmdvs: place, mdtrtareaAdmvs: '440305' };
    const person = { ...retiree([since2020('M01600')]), filings: [{ ...retiree([]).filings[0]!, targetAdmdvs: '440000' }] };
    const v = checkDirectSettlement({ person, claim, policy });
    expect(v.code).toBe('DIRECT');
    expect(v.warnings).toContain('CHRONIC_LIST_UNKNOWN');
    expect(v.chronic?.enabled).toBeNull();
    // …and the money stops at the first missing figure instead of a guess.
    const e = thrown(() => settle({ person, claim, ytd: year('2025-01-01'), policy }));
    expect(isCoreError(e) && e.code).toBe('POLICY_INCOMPLETE');
    expect(isCoreError(e) && e.path).toMatch(/^chronic\./);
  });
});

describe('settle', () => {
  it('Example 1, R-13, S-4: the 廊坊 pack settles the published case to the fen (基金 48.89 on 64.29, personal 15.40)', async () => {
    const policy = await getPolicyPack('lf-310-2022');
    const out = settle({ person: retiree([since2020('M01600')]), claim: chronicClaim('M01600'), ytd: year('2022-01-01'), policy });
    expect(out.verdict.code).toBe('DIRECT');
    const a = out.settlement!.amounts;
    expect([a.medfeeSumamt, a.preselfpayAmt, a.inscpScpAmt, a.hifpPay, a.fundPaySumamt, a.psnPartAmt].map((x) => x.toFixed(2)))
      .toEqual([EXAMPLE_1.medfee, EXAMPLE_1.preselfpay, EXAMPLE_1.inscp, EXAMPLE_1.hifp, EXAMPLE_1.hifp, EXAMPLE_1.psnPart]);
    // DF-18: the source gives no per-disease limit; the settlement says so.
    expect(out.settlement!.warnings).toContain('CHRONIC_LIMIT_UNKNOWN');
    expect(out.settlement!.ytdAfter.chronicFundPaidByDisease.M01600!.toFixed(2)).toBe('48.89');
    const s4 = out.settlement!.steps.find((s) => s.step === 'S-4')!;
    expect(s4.params.map((p) => [p.path, p.source.id])).toContainEqual(['chronic.ratio.RETIRED.L2', 'lf-case-2022']);
  });

  it('R-13: the 廊坊 pack enables 糖尿病 only and gives no in-service figures (POLICY_INCOMPLETE, never a guess)', async () => {
    const policy = await getPolicyPack('lf-310-2022');
    const hyper = settle({ person: retiree([since2020('M03900')]), claim: chronicClaim('M03900'), ytd: year('2022-01-01'), policy });
    expect(hyper.verdict.code).toBe('CHRONIC_DISEASE_NOT_ENABLED');
    expect(hyper.settlement).toBeNull();
    const e = thrown(() => settle({ person: retiree([since2020('M01600')], 'IN_SERVICE'), claim: chronicClaim('M01600'), ytd: year('2022-01-01'), policy }));
    expect(isCoreError(e) && [e.code, e.path]).toEqual(['POLICY_INCOMPLETE', 'chronic.deductible.IN_SERVICE']);
  });

  it('DF-18, S-5: the per-disease limit binds across two visits, on its own counter, and a reversal gives it back', () => {
    const policy = syn310(); // SYNTHETIC: M03900 limit 3000 a year, ratio 0.80, deductible 0
    const person = retiree([since2020('M03900'), since2020('M01600')]);
    const first = settle({ person, claim: chronicClaim('M03900', '2022-03-01', oneLine('3000.00')), ytd: year('2022-01-01'), policy }).settlement!;
    expect(first.amounts.hifpPay.toFixed(2)).toBe('2400.00');
    expect(chronicLimitLeft({ ytd: first.ytdAfter, policy, diseaseCode: 'M03900' }).remaining!.toFixed(2)).toBe('600.00');

    const second = settle({ person, claim: chronicClaim('M03900', '2022-05-01', oneLine('1000.00')), ytd: first.ytdAfter, policy }).settlement!;
    // 1000 × 0.80 = 800 would pay, 600 is left: the fund pays 600, the rest is personal (no overflow).
    expect([second.amounts.hifpPay, second.amounts.psnPartAmt].map((x) => x.toFixed(2))).toEqual(['600.00', '400.00']);
    expect(second.funds.find((f) => f.fundPayType === '310100')?.crtPaybLmtAmt?.toFixed(2)).toBe('600.00');
    expect(chronicLimitLeft({ ytd: second.ytdAfter, policy, diseaseCode: 'M03900' })).toMatchObject({ known: true });
    expect(chronicLimitLeft({ ytd: second.ytdAfter, policy, diseaseCode: 'M03900' }).remaining!.toFixed(2)).toBe('0.00');

    // Another disease keeps its own limit.
    const diabetes = settle({ person, claim: chronicClaim('M01600', '2022-06-01', oneLine('100.00')), ytd: second.ytdAfter, policy }).settlement!;
    expect(diabetes.amounts.hifpPay.toFixed(2)).toBe('80.00');

    const undone = reverseSettlement(second, diabetes.ytdAfter);
    expect(chronicLimitLeft({ ytd: undone.ytdAfter, policy, diseaseCode: 'M03900' }).remaining!.toFixed(2)).toBe('600.00');
    expect(undone.ytdAfter.chronicFundPaidByDisease.M01600!.toFixed(2)).toBe('80.00');
  });

  it('DF-18: the per-disease counter resets with the insurance year (E-1)', () => {
    const policy = syn310();
    const person = retiree([since2020('M03900')]);
    const spent = year('2022-01-01', { chronicFundPaidByDisease: { M03900: new Dec('3000') } });
    const s = settle({ person, claim: chronicClaim('M03900', '2023-01-05', oneLine('100.00')), ytd: spent, policy }).settlement!;
    expect(s.amounts.hifpPay.toFixed(2)).toBe('80.00');
    expect(s.warnings).toContain('YTD_RESET_NEW_INSURANCE_YEAR');
  });
});

describe('computeSettlement', () => {
  it('R-13, D-7: refuses with CHRONIC_DISEASE_NOT_ENABLED a verdict made under a pack that enables the disease', async () => {
    const person = retiree([since2020('M03900')]);
    const claim = chronicClaim('M03900');
    const verdict = checkDirectSettlement({ person, claim, policy: syn310() });
    expect(verdict.code).toBe('DIRECT');
    const lf = await getPolicyPack('lf-310-2022');
    const e = thrown(() => computeSettlement({ person, claim, ytd: year('2022-01-01'), policy: lf, verdict }));
    expect(isCoreError(e) && [e.code, e.path]).toEqual(['CHRONIC_DISEASE_NOT_ENABLED', 'claim.opspDiseaseCode']);
  });
});

describe('chronicLimitLeft', () => {
  it('DF-18: reads the limit and what was used; a pack without one says known: false', async () => {
    const used = year('2022-01-01', { chronicFundPaidByDisease: { M03900: new Dec('2950.50') } });
    expect(chronicLimitLeft({ ytd: used, policy: syn310(), diseaseCode: 'M03900' })).toEqual({
      diseaseCode: 'M03900', limit: new Dec('3000'), known: true, used: new Dec('2950.50'), remaining: new Dec('49.50'),
    });
    const lf = await getPolicyPack('lf-310-2022');
    expect(chronicLimitLeft({ ytd: used, policy: lf, diseaseCode: 'M01600' })).toMatchObject({ known: false, limit: null, remaining: null });
  });

  it('DF-18: never goes below 0, and an explicit null means no limit', () => {
    const over = year('2022-01-01', { chronicFundPaidByDisease: { M03900: new Dec('3500') } });
    expect(chronicLimitLeft({ ytd: over, policy: syn310(), diseaseCode: 'M03900' }).remaining!.toFixed(2)).toBe('0.00');
    const json = packJson('synthetic-310-examples') as { chronic: Record<string, unknown> };
    const noLimit = loadPolicyPack({ ...json, chronic: { ...json.chronic, limitPerDisease: { M03900: null } } });
    expect(chronicLimitLeft({ ytd: over, policy: noLimit, diseaseCode: 'M03900' })).toMatchObject({ known: true, limit: null, remaining: null });
    const s = settle({ person: retiree([since2020('M03900')]), claim: chronicClaim('M03900', '2022-07-01', oneLine('100.00')), ytd: over, policy: noLimit }).settlement!;
    expect(s.amounts.hifpPay.toFixed(2)).toBe('80.00');
    expect(s.warnings).not.toContain('CHRONIC_LIMIT_UNKNOWN');
  });

  it('answers bad input with a CoreError naming the path', () => {
    const e = thrown(() => chronicLimitLeft({ ytd: year('2022-01-01'), policy: syn310(), diseaseCode: 7 as unknown as string }));
    expect(isCoreError(e) && [e.code, e.path]).toEqual(['INVALID_INPUT', 'input.diseaseCode']);
    const f = thrown(() => chronicLimitLeft(null as never));
    expect(isCoreError(f) && f.code).toBe('INVALID_INPUT');
  });
});

describe('loadPolicyPack', () => {
  const json = packJson('synthetic-310-examples') as { chronic: Record<string, unknown> };

  it('R-13: refuses a disease listed twice and a limit for a disease it does not enable', () => {
    const twice = thrown(() => loadPolicyPack({ ...json, chronic: { ...json.chronic, diseases: ['M03900', 'M03900'], limitPerDisease: {} } }));
    expect(isCoreError(twice) && [twice.code, twice.path]).toEqual(['POLICY_INVALID', 'chronic.diseases[1]']);
    const stray = thrown(() => loadPolicyPack({ ...json, chronic: { ...json.chronic, diseases: ['M03900'], limitPerDisease: { M08300: '100' } } }));
    expect(isCoreError(stray) && [stray.code, stray.path]).toEqual(['POLICY_INVALID', 'chronic.limitPerDisease.M08300']);
  });

  it('R-13: every shipped pack says which diseases it enables (a list, or null when its sources are silent)', async () => {
    for (const info of listPolicyPacks()) {
      const p = await getPolicyPack(info.id);
      if (info.insutype === '390' && p.chronic === undefined) continue; // SYNTHETIC resident pack: no chronic part
      expect(p.chronic, info.id).toBeDefined();
      expect(p.chronic!.diseases === null || Array.isArray(p.chronic!.diseases), info.id).toBe(true);
    }
  });

  it('DF-18: leaves out a ratio or deductible the source does not give (empty, so a claim gets POLICY_INCOMPLETE)', async () => {
    const bj = await getPolicyPack('bj-310-2025');
    expect(bj.chronic).toMatchObject({ diseases: null, ratio: {}, deductible: {} });
  });
});

describe('verdictHint', () => {
  it('R-13: picks the CHRONIC_NOT_QUALIFIED text by detail and refuses an unknown detail', () => {
    expect(verdictHint('CHRONIC_NOT_QUALIFIED', { chronic: { detail: 'LAPSED', daysSinceLapse: 1 } }).en).toContain('lapsed 1 day ago');
    expect(verdictHint('CHRONIC_NOT_QUALIFIED', {}).zh).toContain('参保地申请门诊慢特病认定');
    const e = thrown(() => verdictHint('CHRONIC_NOT_QUALIFIED', { chronic: { detail: 'GONE' as never } }));
    expect(isCoreError(e) && [e.code, e.path]).toEqual(['UNKNOWN_CODE', 'context.chronic.detail']);
  });
});

describe('describeError', () => {
  it('R-13: gives CHRONIC_DISEASE_NOT_ENABLED a title and an action in zh-CN and en', () => {
    expect(describeError({ code: 'CHRONIC_DISEASE_NOT_ENABLED' }).title).toContain('门诊慢特病');
    expect(describeError({ code: 'CHRONIC_DISEASE_NOT_ENABLED' }, 'en').action).toContain('claim at the insured place');
  });
});
