/**
 * 门诊慢特病 on the mock (issue 12; R-13, D-7, DF-18): 5301, the disease code in 2203 / 2204, the
 * chronic personas, and spec Example 1 end to end. Example 1's lines (阿卡波糖片 甲类 32.52, 瑞格列奈片
 * 乙类 31.77 at 先行自付 10 %) are played with the seeded catalogue's 甲类 二甲双胍片 and 乙类 氨氯地平片
 * (selfpay 0.1, no price cap) at those prices: the same classes and proportions, so the same split.
 */
import { describe, expect, it } from 'vitest';
import { BASE, persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { DRUG_A, DRUG_B, echoSplit, feeRow, register, settleData } from './support/flows.ts';
import type { PersonRef } from './support/flows.ts';
import { expectSettlementShape } from './support/identities.ts';
import { HOSPITAL, PlatformClient, type Institution } from './support/platformClient.ts';

const { platform } = useMockPlatform();

/** 北京 二级 hospital (unseeded code: the mock's networked 二级 default at 110105). */
const BEIJING: Institution = { fixmedins_code: 'H11010500055', fixmedins_name: '模拟北京朝阳医院', mdtrtarea_admvs: '110105' };
const EXAMPLE_1_LINES: [typeof DRUG_A, number][] = [[{ code: DRUG_A.code, pric: 32.52 }, 1], [{ code: DRUG_B.code, pric: 31.77 }, 1]];

interface Visit { c: PlatformClient; p: PersonRef; mdtrtId: string; chrgBchno: string; medfee: number }

/** 2201 → 2203 (med_type 14, `dise_codg` unless null) → 2204 (rows' `dise_codg` if given). */
async function chronicVisit(key: string, o: { inst?: Institution; disease?: string | null; rowDisease?: string; lines?: [typeof DRUG_A, number][] } = {}): Promise<Visit> {
  const c = await signedClient(o.inst ?? BEIJING);
  const p = persona(platform, key);
  const reg = await register(c, p);
  expect(reg.body.infcode, reg.body.err_msg).toBe(0);
  const mdtrtId: string = reg.body.output.data.mdtrt_id;
  const disease = o.disease === undefined ? 'M01600' : o.disease;
  const v = await c.call('2203', {
    mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: p.psn_no, med_type: '14', begntime: '2025-06-16 10:00:00', ...(disease ? { dise_codg: disease, dise_name: '糖尿病' } : {}) },
    diseinfo: [{ diag_type: '1', diag_srt_no: '1', diag_code: 'E11.900', diag_name: '2型糖尿病', diag_dept: '内分泌科', dise_dor_no: 'DR01', dise_dor_name: '测试医生', diag_time: '2025-06-16 10:00:00', vali_flag: '1' }],
  }, { insuplc: p.insuplc });
  expect(v.body.infcode, v.body.err_msg).toBe(0);
  const chrgBchno = `B${mdtrtId}`;
  const feedetail = (o.lines ?? EXAMPLE_1_LINES).map(([item, cnt], i) => ({
    ...feeRow(p, mdtrtId, `${mdtrtId}-${i + 1}`, item, cnt, chrgBchno), ...(o.rowDisease ? { dise_codg: o.rowDisease } : {}),
  }));
  const up = await c.call('2204', { feedetail }, { insuplc: p.insuplc });
  expect(up.body.infcode, up.body.err_msg).toBe(0);
  const medfee = feedetail.reduce((s, r) => s + Math.round(r.det_item_fee_sumamt * 100), 0) / 100;
  return { c, p, mdtrtId, chrgBchno, medfee };
}

const preSettle = (v: Visit) => v.c.call('2206', { data: settleData(v.p, v.mdtrtId, v.chrgBchno, v.medfee, '14', '0') }, { insuplc: v.p.insuplc });

async function settleVisit(v: Visit) {
  const pre = await preSettle(v);
  expect(pre.body.infcode, pre.body.err_msg).toBe(0);
  const s = await v.c.call('2207', { data: { ...settleData(v.p, v.mdtrtId, v.chrgBchno, v.medfee, '14', '0'), ...echoSplit(pre.body.output.setlinfo) } }, { insuplc: v.p.insuplc });
  expect(s.body.infcode, s.body.err_msg).toBe(0);
  return { pre, s };
}

describe('5301 人员慢特病备案查询', () => {
  it('R-13: answers feedetail[] with code, name, begin and end dates and the recognising institution (2503 field names)', async () => {
    const c = await signedClient(BEIJING);
    const p = persona(platform, 'chronic-langfang');
    const r = await c.call('5301', { data: { psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(r.body.infcode).toBe(0);
    const rows = r.body.output.feedetail as Record<string, unknown>[];
    expect(rows.map((x) => Object.keys(x).sort())).toEqual(Array(2).fill([
      'begndate', 'enddate', 'hosp_ide_date', 'ide_fixmedins_name', 'ide_fixmedins_no', 'insuplc_admdvs', 'insutype', 'opsp_dise_code', 'opsp_dise_name', 'psn_no',
    ]));
    expect(rows[0]).toMatchObject({ psn_no: p.psn_no, insutype: '310', insuplc_admdvs: '131002', opsp_dise_code: 'M01600', opsp_dise_name: '糖尿病', ide_fixmedins_no: 'H13100200066' });
    expect(rows[1]).toMatchObject({ opsp_dise_code: 'M03900', opsp_dise_name: '高血压病', enddate: null });
    // Dates relative to the seed day: the 糖尿病 qualification ends 45 days after it.
    for (const row of rows) {
      expect(row.begndate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.hosp_ide_date! <= row.begndate!).toBe(true);
    }
    expect(rows[0]!.enddate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists a lapsed qualification too, serves the Style B path, and refuses an unknown person or insutype', async () => {
    const c = await signedClient(BEIJING);
    const p = persona(platform, 'chronic-lapsed');
    const r = await c.call('5301', { data: { psn_no: p.psn_no, insutype: '310' } }, { insuplc: p.insuplc, styleB: true });
    expect(r.body.output.feedetail).toHaveLength(1);
    expect(r.body.output.feedetail[0].enddate < platform.state.today).toBe(true);
    expect((await c.call('5301', { data: { psn_no: '00000000000000000000' } })).body.err_msg).toMatch(/^MOCK-E020/);
    expect((await c.call('5301', { data: { psn_no: p.psn_no, insutype: '390' } })).body.err_msg).toMatch(/^MOCK-E023/);
    expect((await c.call('5301', { data: {} })).body.err_msg).toMatch(/^MOCK-E004 .*psn_no/);
  });

  it('answers an empty list for a person without qualifications', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    expect((await c.call('5301', { data: { psn_no: p.psn_no } })).body.output.feedetail).toEqual([]);
  });
});

describe('MX5505 慢特病资格查询 (extension, patient side)', () => {
  it('R-13: answers the 5301 rows by certno without a sign-in, marked as an extension, for one 参保地 if asked', async () => {
    const ext = new PlatformClient(BASE, BEIJING);
    const p = persona(platform, 'chronic-langfang');
    const r = await ext.call('MX5505', { data: { certno: p.certno } }, { styleB: true });
    expect(r.headers.get('x-mock-extension')).toBe('1');
    expect(r.body.output.feedetail.map((x: { opsp_dise_code: string }) => x.opsp_dise_code)).toEqual(['M01600', 'M03900']);
    const c = await signedClient(BEIJING);
    expect(r.body.output.feedetail).toEqual((await c.call('5301', { data: { psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.output.feedetail);
    expect((await ext.call('MX5505', { data: { psn_no: p.psn_no, insuplc_admdvs: '110105' } })).body.err_msg).toMatch(/^MOCK-E023/);
    expect((await ext.call('MX5505', { data: {} })).body.err_msg).toMatch(/^MOCK-E004 .*psn_no/);
  });

  it('DF-18: returns this insurance year\'s accumulators as yibao.ytd (our extension field): 2,950 of 高血压 used for chronic-limit', async () => {
    const ext = new PlatformClient(BASE, BEIJING);
    const p = persona(platform, 'chronic-limit');
    const ytd = (await ext.call('MX5505', { data: { psn_no: p.psn_no } })).body.output.ytd;
    expect(ytd).toMatchObject({ format: 'yibao.ytd', version: 1, chronicFundPaidByDisease: { M03900: '2950' }, basicFundPaid: { chronic: '2950' } });
    // The insurance year of the mock's today under the 参保地 pack (the SYNTHETIC pack: the calendar year).
    expect(ytd.insuranceYearStart).toBe(`${platform.state.today.slice(0, 4)}-01-01`);
  });

  it('DF-18: reads the same accumulators 2207 updates: chronic-langfang starts at 0 and shows 糖尿病 48.89 after Example 1', async () => {
    const ext = new PlatformClient(BASE, BEIJING);
    const p = persona(platform, 'chronic-langfang');
    const before = (await ext.call('MX5505', { data: { certno: p.certno } })).body.output.ytd;
    expect(before).toMatchObject({ format: 'yibao.ytd', chronicFundPaidByDisease: {}, basicFundPaid: { chronic: '0' }, inpatientAdmissionsSettled: 0 });
    await settleVisit(await chronicVisit('chronic-langfang'));
    const after = (await ext.call('MX5505', { data: { certno: p.certno } })).body.output.ytd;
    expect(after).toMatchObject({ chronicFundPaidByDisease: { M01600: '48.89' }, basicFundPaid: { chronic: '48.89' } });
  });
});

describe('Example 1 end to end (2201 → 2203 → 2204 → 2206 → 2207)', () => {
  it('Example 1, R-13, S-4: the 廊坊 retiree in 北京 settles med_type 14 to the fen: 基金 48.89 on 64.29, personal 15.40', async () => {
    const v = await chronicVisit('chronic-langfang');
    const { pre, s } = await settleVisit(v);
    for (const out of [pre.body.output, s.body.output]) {
      expect(out.setlinfo).toMatchObject({
        med_type: '14', medfee_sumamt: 64.29, preselfpay_amt: 3.18, inscp_scp_amt: 61.11, act_pay_dedc: 0,
        hifp_pay: 48.89, fund_pay_sumamt: 48.89, psn_part_amt: 15.4, acct_pay: 0, psn_cash_pay: 15.4,
      });
    }
    expectSettlementShape(s.body.output);
  });

  it('R-13: takes the disease code from the 2204 rows when 2203 gave none, and refuses two codes in one visit (MOCK-E004)', async () => {
    const v = await chronicVisit('chronic-langfang', { disease: null, rowDisease: 'M01600' });
    expect((await preSettle(v)).body.output.setlinfo.hifp_pay).toBe(48.89);
    const c = v.c;
    const row = { ...feeRow(v.p, v.mdtrtId, `${v.mdtrtId}-9`, DRUG_A, 1, `${v.chrgBchno}X`), dise_codg: 'M03900' };
    const r = await c.call('2204', { feedetail: [row] }, { insuplc: v.p.insuplc });
    expect(r.body.err_msg).toMatch(/^MOCK-E004 .*feedetail\[0\]\.dise_codg 同一收费批次号病种编号必须一致/);
  });

  it('R-13, D-7: a disease the 参保地 does not enable (高血压 under the 廊坊 pack) is refused with CHRONIC_DISEASE_NOT_ENABLED', async () => {
    const v = await chronicVisit('chronic-langfang', { disease: 'M03900' });
    const r = await preSettle(v);
    expect(r.body.infcode).toBe(-1);
    expect(r.body.err_msg).toMatch(/^MOCK-E031 .*CHRONIC_DISEASE_NOT_ENABLED 参保地未开通该门诊慢特病病种的跨省直接结算/);
  });

  it('R-13: a chronic visit without any disease code is refused with CHRONIC_NOT_QUALIFIED/NO_DISEASE_CODE', async () => {
    const v = await chronicVisit('chronic-langfang', { disease: null });
    expect((await preSettle(v)).body.err_msg).toMatch(/CHRONIC_NOT_QUALIFIED\/NO_DISEASE_CODE .*dise_codg/);
  });
});

describe('chronic-lapsed persona', () => {
  it('R-13, D-7: 2206 is refused with the chronic reason (LAPSED, 20 days) and nothing is committed', async () => {
    const v = await chronicVisit('chronic-lapsed');
    const r = await preSettle(v);
    expect(r.body.infcode).toBe(-1);
    expect(r.body.err_msg).toMatch(/^MOCK-E031 .*CHRONIC_NOT_QUALIFIED\/LAPSED 您的该病种门诊慢特病资格已于 20 天前到期/);
    const s = await v.c.call('2207', { data: { ...settleData(v.p, v.mdtrtId, v.chrgBchno, v.medfee, '14', '0'), fulamt_ownpay_amt: 0, overlmt_selfpay: 0, preselfpay_amt: 3.18, inscp_scp_amt: 61.11 } }, { insuplc: v.p.insuplc });
    expect(s.body.err_msg).toMatch(/CHRONIC_NOT_QUALIFIED\/LAPSED/);
    expect(platform.state.settlements.size).toBe(0);
  });
});

describe('2001 人员待遇享受检查 for med_type 14', () => {
  it('R-13, D-7: reports the chronic reason before any registration, for the disease code given', async () => {
    const c = await signedClient(BEIJING);
    const check = async (key: string, dise_codg?: string) => {
      const p = persona(platform, key);
      const r = await c.call('2001', { data: { psn_no: p.psn_no, insutype: '310', fixmedins_code: BEIJING.fixmedins_code, med_type: '14', begntime: '2025-06-16 10:00:00', ...(dise_codg ? { dise_codg } : {}) } }, { insuplc: p.insuplc });
      return r.body.output.trtinfo[0] as { trt_enjymnt_flag: string; trt_chk_rslt: string | null };
    };
    expect(await check('chronic-langfang', 'M01600')).toMatchObject({ trt_enjymnt_flag: '1', trt_chk_rslt: null });
    expect((await check('chronic-langfang', 'M03900')).trt_chk_rslt).toMatch(/^CHRONIC_DISEASE_NOT_ENABLED /);
    expect((await check('chronic-lapsed', 'M01600')).trt_chk_rslt).toMatch(/^CHRONIC_NOT_QUALIFIED 您的该病种门诊慢特病资格已于 \d+ 天前到期/);
    expect((await check('chronic-langfang')).trt_chk_rslt).toMatch(/^CHRONIC_NOT_QUALIFIED .*dise_codg/);
  });
});

describe('chronic-limit persona', () => {
  it('DF-18: the per-disease annual limit binds across two visits (50 left, then 0), with no overflow', async () => {
    const first = await chronicVisit('chronic-limit', { inst: HOSPITAL, disease: 'M03900', lines: [[{ code: DRUG_A.code, pric: 100 }, 1]] });
    // SYNTHETIC pack: 80 % would be 80.00; 3,000 − 2,950 = 50 is left.
    const a = await settleVisitAt(first);
    expect(a.setlinfo).toMatchObject({ hifp_pay: 50, psn_part_amt: 50 });
    expect(a.setldetail.find((d: { fund_pay_type: string }) => d.fund_pay_type === '310100')).toMatchObject({ crt_payb_lmt_amt: 50, fund_payamt: 50 });
    const second = await chronicVisit('chronic-limit', { inst: HOSPITAL, disease: 'M03900', lines: [[{ code: DRUG_A.code, pric: 40 }, 1]] });
    const b = await settleVisitAt(second);
    expect(b.setlinfo).toMatchObject({ hifp_pay: 0, psn_part_amt: 40 });
  });
});

/** 2206 + 2207 at the 上海 hospital the limit persona uses. */
async function settleVisitAt(v: Visit) {
  const { s } = await settleVisit(v);
  return s.body.output as { setlinfo: Record<string, unknown>; setldetail: { fund_pay_type: string }[] };
}
