/**
 * Formats real hospital and pharmacy clients send and the platform accepted (issue 7): time
 * shapes, a single object for an array node, 3201 / 3202 variants, trailing-zero amounts, 1201 and
 * 2303A. Bodies are synthetic, in those shapes.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDateTime } from '../../mocks/envelope/fields.ts';
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { DRUG_A, DRUG_B, admitInput, feeRow, inpatientSettleData, prepareInpatient, prepareOutpatient } from './support/flows.ts';
import { CALL_SERVICE } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function registeredWith(begntime: string) {
  const c = await signedClient();
  const p = persona(platform, 'outpatient-employee');
  const r = await c.call('2201', {
    data: {
      psn_no: p.psn_no, insutype: p.insutype, begntime, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, ipt_otp_no: 'MZ1',
      atddr_no: 'DR01', dr_name: '测试医生', dept_code: 'D01', dept_name: '内科', caty: 'A03',
    },
  }, { insuplc: p.insuplc });
  return { c, p, r };
}

describe('normalizeDateTime', () => {
  it.each([
    ['2021-11-24', '2021-11-24 00:00:00'],
    ['2021-11-24T18:10:00', '2021-11-24 18:10:00'],
    ['2021-11-24 18:10:00', '2021-11-24 18:10:00'],
    ['2021-11-24T18:10:00.123', '2021-11-24 18:10:00'],
    ['2021-11-24T10:10:00Z', '2021-11-24 18:10:00'],
    ['2021-11-24T18:10:00+08:00', '2021-11-24 18:10:00'],
    ['2024-02-29', '2024-02-29 00:00:00'],
  ])('reads %s as %s', (input, normal) => {
    expect(normalizeDateTime(input)).toBe(normal);
  });

  it.each(['2026-02-30', '2026-02-30T10:00:00', '2026-02-30 10:00:00', '2025-02-29', '2026-13-01', '2026-04-31 10:00:00',
    '2026-01-01 24:00:00', '2026-01-01 10:00:00Z', '20260101', '2026-1-01', ''])('refuses %j', (input) => {
    expect(normalizeDateTime(input)).toBeNull();
  });
});

describe('time fields (2201 begntime, 2204 fee_ocur_time, envelope inf_time)', () => {
  it.each([
    ['2025-06-16', '2025-06-16 00:00:00'],
    ['2025-06-16T10:05:00', '2025-06-16 10:05:00'],
    ['2025-06-16 10:05:00', '2025-06-16 10:05:00'],
  ])('accepts begntime %s and stores it as %s', async (begntime, stored) => {
    const { r } = await registeredWith(begntime);
    expect(r.body.infcode).toBe(0);
    expect(platform.state.visits.get(r.body.output.data.mdtrt_id)!.begntime).toBe(stored);
  });

  it.each(['2026-02-30', '2026-02-30T10:00:00', '2026-02-30 10:00:00'])('refuses the impossible begntime %s', async (begntime) => {
    const { r } = await registeredWith(begntime);
    expect(r.body.err_msg).toMatch(/^MOCK-E004 交易输入校验失败：input\.data\.begntime 格式错误，应为真实的日期时间/);
  });

  it('refuses an impossible fee_ocur_time and an impossible inf_time', async () => {
    const { c, p, r } = await registeredWith('2025-06-16 10:00:00');
    const mdtrtId = r.body.output.data.mdtrt_id;
    const row = { ...feeRow(p, mdtrtId, 'F1', DRUG_A, 1, 'B1'), fee_ocur_time: '2026-02-30 10:00:00' };
    expect((await c.call('2204', { feedetail: [row] }, { insuplc: p.insuplc })).body.err_msg).toMatch(/input\.feedetail\[0\]\.fee_ocur_time 格式错误/);
    const env = { ...c.envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } }), inf_time: '2026-02-30 10:00:00' };
    expect((await c.post(CALL_SERVICE, env)).body.err_msg).toMatch(/^MOCK-E001 报文格式错误：inf_time 格式错误/);
  });

  it('accepts a date-only fee_ocur_time (2204), diag_time (2203A) and begntime (1101)', async () => {
    const { c, p, r } = await registeredWith('2025-06-16');
    const mdtrtId = r.body.output.data.mdtrt_id;
    const visit = await c.call('2203A', {
      mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: p.psn_no, med_type: '11', begntime: '2025-06-16' },
      // A single object where the reference shows an array.
      diseinfo: { diag_type: '1', diag_srt_no: 1, diag_code: 'J06.900', diag_name: '急性上呼吸道感染', diag_dept: '内科', dise_dor_no: 'DR01', dise_dor_name: '测试医生', diag_time: '2025-06-16', vali_flag: '1' },
    }, { insuplc: p.insuplc });
    expect(visit.body.infcode).toBe(0);
    const up = await c.call('2204', { feedetail: [{ ...feeRow(p, mdtrtId, 'F1', DRUG_A, 1, 'B1'), fee_ocur_time: '2025-06-16' }] }, { insuplc: p.insuplc });
    expect(up.body.infcode).toBe(0);
    expect(platform.state.visits.get(mdtrtId)!.fees.get('F1')!.fee_ocur_time).toBe('2025-06-16 00:00:00');
    const q = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, begntime: '2025-06-16' } });
    expect(q.body.infcode).toBe(0);
  });
});

describe('a single object for an array node', () => {
  it('accepts feedetail as one object in 2204 and names its fields as row [0]', async () => {
    const { c, p, r } = await registeredWith('2025-06-16 10:00:00');
    const mdtrtId = r.body.output.data.mdtrt_id;
    const row = feeRow(p, mdtrtId, 'F1', DRUG_B, 1, 'B1');
    const ok = await c.call('2204', { feedetail: row }, { insuplc: p.insuplc });
    expect(ok.body.infcode).toBe(0);
    expect(ok.body.output.result).toHaveLength(1);
    const { med_list_codg: _m, ...bad } = { ...row, feedetl_sn: 'F2' };
    expect((await c.call('2204', { feedetail: bad }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.feedetail[0].med_list_codg 必填');
  });

  it('accepts diseinfo as one object in 2401 and feedetail as one object in 2301', async () => {
    const c = await signedClient();
    const p = persona(platform, 'retiree-relocated');
    const input = admitInput(p);
    const adm = await c.call('2401', { ...input, diseinfo: input.diseinfo[0] }, { insuplc: p.insuplc });
    expect(adm.body.infcode).toBe(0);
    const mdtrtId = adm.body.output.result.mdtrt_id;
    const up = await c.call('2301', { feedetail: feeRow(p, mdtrtId, 'I1', DRUG_B, 2) }, { insuplc: p.insuplc });
    expect(up.body.infcode).toBe(0);
    expect(platform.state.visits.get(mdtrtId)!.fees.size).toBe(1);
  });
});

describe('amounts with trailing zeros', () => {
  it('accepts "6.0000" as 6.00 and refuses "6.0010" (three significant decimals)', async () => {
    const { c, p, r } = await registeredWith('2025-06-16 10:00:00');
    const mdtrtId = r.body.output.data.mdtrt_id;
    const item = { code: DRUG_A.code, pric: 6 };
    const ok = await c.call('2204', { feedetail: [{ ...feeRow(p, mdtrtId, 'F1', item, 1, 'B1'), det_item_fee_sumamt: '6.0000', pric: '6.000000' }] }, { insuplc: p.insuplc });
    expect(ok.body.infcode).toBe(0);
    expect(ok.body.output.result[0].det_item_fee_sumamt).toBe(6);
    const bad = await c.call('2204', { feedetail: [{ ...feeRow(p, mdtrtId, 'F2', item, 1, 'B1'), det_item_fee_sumamt: '6.0010' }] }, { insuplc: p.insuplc });
    expect(bad.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.feedetail[0].det_item_fee_sumamt 格式错误，应为数字或数字字符串，最多 14 位整数、2 位小数');
  });
});

describe('3201 医药机构费用结算对总账', () => {
  it('accepts stmt_enddate with a time and counts that whole day', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error('flow failed');
    const s = (await c.call('2207', prep.settleInput, { insuplc: p.insuplc })).body.output.setlinfo;
    const r = await c.call('3201', {
      data: {
        insutype: '310', clr_type: '11', setl_optins: '310199', stmt_begndate: '2025-06-16 00:00:00', stmt_enddate: '2025-06-16 23:59:59',
        medfee_sumamt: s.medfee_sumamt, fund_pay_sumamt: s.fund_pay_sumamt, acct_pay: s.acct_pay, fixmedins_setl_cnt: 1,
      },
    });
    expect(r.body.output.stmtinfo).toEqual({ setl_optins: '310199', stmt_rslt: '0', stmt_rslt_dscr: '平' });
  });
});

describe('3202 医药机构费用结算对明细账', () => {
  const data = (extra: Record<string, unknown>) => ({
    data: { setl_optins: '310199', file_qury_no: 'X', stmt_begndate: '2025-06-01', stmt_enddate: '2025-06-30', ...extra },
  });

  it.each([['absent', {}], ['null', { clr_type: null }]])('accepts clr_type %s', async (_label, extra) => {
    const c = await signedClient();
    const up = await c.call('9101', { fsUploadIn: { in: btoa('\n'), filename: 'detail.txt', fixmedins_code: c.inst.fixmedins_code } });
    const r = await c.call('3202', data({ ...extra, file_qury_no: up.body.output.file_qury_no }));
    expect(r.body.infcode).toBe(0);
    expect(r.body.output.fileinfo.filename).toBe('result.zip');
  });

  it('accepts a 44-character FastDFS-like file_qury_no (not "超长"; the mock then does not know the file)', async () => {
    const c = await signedClient();
    const fastDfs = 'M00/00/00/wKgBZmYxN2WAbCdEAAAB2x3yZ9k123.txt';
    expect(fastDfs).toHaveLength(44);
    const r = await c.call('3202', data({ clr_type: '11', file_qury_no: fastDfs }));
    expect(r.body.err_msg).toBe('MOCK-E040 就诊或结算信息不存在：file_qury_no');
  });
});

describe('1201 医药机构信息获取', () => {
  it('lists the seeded institutions and filters by type, code and name', async () => {
    const c = await signedClient();
    const all = await c.call('1201', { medinsinfo: {} });
    expect(all.body.output.medinsinfo.map((m: { fixmedins_code: string }) => m.fixmedins_code)).toEqual(['H31010600011', 'H31011500022', 'P31010600033', 'H31011200044']);
    const pharmacies = await c.call('1201', { medinsinfo: { fixmedins_type: '2' } }, { styleB: true });
    expect(pharmacies.body.output.medinsinfo).toEqual([{ fixmedins_code: 'P31010600033', fixmedins_name: '模拟大药房', uscc: 'MOCKP31010600033', fixmedins_type: '2', hosp_lv: null }]);
    const byName = await c.call('1201', { medinsinfo: { fixmedins_name: '区中心' } });
    expect(byName.body.output.medinsinfo).toEqual([expect.objectContaining({ fixmedins_code: 'H31011500022', hosp_lv: 'MXL2' })]);
  });
});

describe('2303A 住院预结算（A）', () => {
  it('pre-settles like 2303 (same figures, nothing committed)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'retiree-relocated');
    const prep = await prepareInpatient(c, p);
    if ('failed' in prep || !prep.settleInput) throw new Error('flow failed');
    const a = await c.call('2303A', { data: { ...inpatientSettleData(p, prep.mdtrtId, prep.medfee), fulamt_ownpay_amt: 0, overlmt_selfpay: 0, preselfpay_amt: 0, inscp_scp_amt: 0 } }, { insuplc: p.insuplc });
    expect(a.body.infcode).toBe(0);
    const { medins_setl_id: _x, ...fromA } = a.body.output.setlinfo;
    const { medins_setl_id: _y, ...from2303 } = prep.pre.body.output.setlinfo;
    expect(fromA).toEqual(from2303);
    expect(platform.state.settlements.size).toBe(0);
  });
});

