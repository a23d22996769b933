import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getPolicyPack } from '../../../core/index.ts';
import { createSession } from '../../../sdk/session/createSession.ts';
import { isChronicVisit, qualificationsFor, toOpspQualifications } from '../../../sdk/session/qualificationsFor.ts';
import { settlementOf } from '../../../sdk/session/settlementOf.ts';
import type { SessionConfig } from '../../../sdk/session/types.ts';
import { createPlatformClient } from '../../../sdk/transport/createPlatformClient.ts';
import { mockTransport, persona } from './mockTransport.ts';

// 2026-06-15 10:00:00 CST; the mock's personas are seeded relative to this day.
const T = Date.parse('2026-06-15T02:00:00Z');
/** Spec Example 1's lines with the mock catalogue's 甲类 / 乙类 (selfpay 0.1) drugs. */
const EXAMPLE_1 = [
  { id: 'C1', listCode: 'XA10BAA001A001010100001', qty: 1, unitPrice: '32.52' },
  { id: 'C2', listCode: 'XC08CAA002A001010100002', qty: 1, unitPrice: '31.77' },
];
let db = 0;

function setup(o: { disease?: string; code?: string; admvs?: string; session?: Partial<SessionConfig> } = {}) {
  const m = mockTransport({ now: () => T });
  const cfg: SessionConfig = {
    mode: 'outpatient', transport: m.transport, fixmedins_code: o.code ?? 'H11010500055', opter: 'OP1', mdtrtarea_admvs: o.admvs ?? '110105',
    now: () => new Date(T), retryDelaysMs: [0, 0, 0], dbName: `chronic-test-${++db}`, acctUsed: false,
    institution: { level: 'L2', networkedMedTypes: ['GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT'] },
    visit: { dept_code: 'NFM', dept_name: '内分泌科', caty: 'A03', atddr_no: 'DR1', dr_name: '医生', med_type: '14', dise_codg: o.disease ?? 'M01600' },
    ...o.session,
  };
  return { m, cfg, session: createSession(cfg), p: (key: string) => persona(m.platform, key) };
}

describe('isChronicVisit', () => {
  it('R-13: is true for an outpatient visit with med_type 14 only', () => {
    expect(isChronicVisit({ mode: 'outpatient', visit: { dept_code: '', dept_name: '', caty: '', atddr_no: '', dr_name: '', med_type: '14' } })).toBe(true);
    expect(isChronicVisit({ mode: 'outpatient' })).toBe(false);
    expect(isChronicVisit({ mode: 'pharmacy', visit: { dept_code: '', dept_name: '', caty: '', atddr_no: '', dr_name: '', med_type: '14' } })).toBe(false);
  });
});

describe('qualificationsFor', () => {
  it('R-13: reads 5301 feedetail[] into code, name, dates and the recognising institution', async () => {
    const t = setup();
    const client = createPlatformClient(t.cfg);
    const p = t.p('chronic-langfang');
    const person = { maskedCertNo: '', maskedName: '', certType: '02' as const, age: 71, chosen: 0, insurance: [{ insutype: '310', insuplc_admdvs: '131002', psn_insu_stas: '1', psn_type: '1102', balc: '0' }] };
    const r = await qualificationsFor(t.cfg, client, person, p.psn_no);
    expect(r.ok && r.qualifications.map((q) => [q.diseaseCode, q.diseaseName, q.recognisedBy])).toEqual([
      ['M01600', '糖尿病', '模拟廊坊市人民医院'], ['M03900', '高血压病', '模拟廊坊市人民医院'],
    ]);
    expect(r.ok && r.qualifications[1]!.end).toBeNull();
    expect(toOpspQualifications(r.ok ? r.qualifications : [])[0]).toEqual({ diseaseCode: 'M01600', begin: p.opsp[0]!.begin, end: p.opsp[0]!.end });
  });

  it('uses the host qualifications() when given, and reports its failure as VERDICT_FAILED (retryable)', async () => {
    const t = setup({ session: { qualifications: () => Promise.reject(new Error('down')) } });
    const client = createPlatformClient(t.cfg);
    const person = { maskedCertNo: '', maskedName: '', certType: '02' as const, age: 71, chosen: 0, insurance: [{ insutype: '310', insuplc_admdvs: '131002', psn_insu_stas: '1', psn_type: '1102', balc: '0' }] };
    const r = await qualificationsFor(t.cfg, client, person, 'X');
    expect(r).toMatchObject({ ok: false, error: { code: 'VERDICT_FAILED', retryable: true } });
  });
});

describe('settlementOf', () => {
  it('DF-18: derives the per-disease limit left from the basic fund row of a med_type 14 2206 (never below 0)', () => {
    const out = (crt: string | null, paid: string) => ({
      setlinfo: { med_type: '14', insutype: '310' },
      setldetail: [{ fund_pay_type: '310100', crt_payb_lmt_amt: crt, fund_payamt: paid }],
    });
    expect(settlementOf('2206', 'M', out('50', '48.89')).chronicLimit).toEqual({ before: '50.00', after: '1.11' });
    expect(settlementOf('2207', 'M', out('50', '50')).chronicLimit).toEqual({ before: '50.00', after: '0.00' });
    expect(settlementOf('2206', 'M', out(null, '48.89')).chronicLimit).toEqual({ before: null, after: null });
    expect(settlementOf('2208', 'M', out('50', '-48.89')).chronicLimit).toBeUndefined();
    expect(settlementOf('2206', 'M', { ...out('50', '1'), setlinfo: { med_type: '11', insutype: '310' } }).chronicLimit).toBeUndefined();
  });
});

describe('createSession', () => {
  it('Example 1, R-13: a chronic visit queries 5301, decides with the qualification and settles 基金 48.89 on 64.29', async () => {
    const t = setup({ session: { policy: () => getPolicyPack('lf-310-2022') } });
    const v = await t.session.identify({ certType: '02', certNo: t.p('chronic-langfang').certno });
    expect(v.status, JSON.stringify(v.error)).toBe('verdict');
    expect(v.status === 'verdict' && v.verdict).toMatchObject({ code: 'DIRECT', chronic: { diseaseCode: 'M01600', enabled: true } });
    expect(v.status === 'verdict' && v.person.qualifications?.map((q) => q.diseaseCode)).toEqual(['M01600', 'M03900']);
    const pre = await t.session.presettle(EXAMPLE_1);
    expect(pre.status, JSON.stringify(pre.error)).toBe('pre-settled');
    expect(pre.status === 'pre-settled' && pre.preSettlement.setlinfo).toMatchObject({ med_type: '14', medfee_sumamt: '64.29', hifp_pay: '48.89', psn_part_amt: '15.4' });
    expect(pre.status === 'pre-settled' && pre.preSettlement.chronicLimit).toEqual({ before: null, after: null });
    const s = await t.session.confirm();
    expect(s.status === 'settled' && s.settlement.setlinfo.fund_pay_sumamt).toBe('48.89');
    expect(t.m.sent.get('5301')).toBe(1);
  });

  it('R-13, D-7: a lapsed qualification is refused at the verdict, before any registration', async () => {
    const t = setup({ session: { policy: () => getPolicyPack('lf-310-2022') } });
    const v = await t.session.identify({ certType: '02', certNo: t.p('chronic-lapsed').certno });
    expect(v.status === 'verdict' && v.verdict).toMatchObject({ code: 'CHRONIC_NOT_QUALIFIED', settles: false, chronic: { detail: 'LAPSED', daysSinceLapse: 20 } });
    expect(t.m.sent.get('2201')).toBeUndefined();
  });

  it('R-13, D-7: with the host pack, a disease the 参保地 does not enable is refused at the verdict', async () => {
    const t = setup({ disease: 'M03900', session: { policy: () => getPolicyPack('lf-310-2022') } });
    const v = await t.session.identify({ certType: '02', certNo: t.p('chronic-langfang').certno });
    expect(v.status === 'verdict' && v.verdict).toMatchObject({ code: 'CHRONIC_DISEASE_NOT_ENABLED', chronic: { enabled: false } });
  });

  it('DF-18: the limit persona pre-settles with 50.00 left before and 1.11 after', async () => {
    const t = setup({ disease: 'M03900', code: 'H31010600011', admvs: '310106' });
    const v = await t.session.identify({ certType: '02', certNo: t.p('chronic-limit').certno });
    expect(v.status === 'verdict' && v.verdict).toMatchObject({ code: 'DIRECT', chronic: { enabled: null } });
    const pre = await t.session.presettle(EXAMPLE_1);
    expect(pre.status === 'pre-settled' && pre.preSettlement.chronicLimit).toEqual({ before: '50.00', after: '1.11' });
  });
});
