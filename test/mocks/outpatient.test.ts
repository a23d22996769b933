import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/platform/settlement-output.json' with { type: 'json' };
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { DRUG_A, DRUG_B, EXAM, SELF_PAY, feeRow, prepareOutpatient, register, settleData, uploadVisit } from './support/flows.ts';
import { expectSettlementShape } from './support/identities.ts';
import { NON_NETWORKED } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function registered(key = 'outpatient-employee') {
  const c = await signedClient();
  const p = persona(platform, key);
  const reg = await register(c, p);
  const mdtrtId: string = reg.body.output.data.mdtrt_id;
  await uploadVisit(c, p, mdtrtId);
  return { c, p, mdtrtId, reg };
}

async function settled(key = 'outpatient-employee') {
  const c = await signedClient();
  const p = persona(platform, key);
  const prep = await prepareOutpatient(c, p);
  if ('failed' in prep) throw new Error(`${key}: ${prep.failed!.body.err_msg}`);
  const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
  return { c, p, prep, s };
}

describe('2201 门诊挂号', () => {
  it('returns data { mdtrt_id (numeric, 12), psn_no, ipt_otp_no, exp_content }', async () => {
    const { reg, p } = await registered();
    expect(reg.body.output.data).toMatchObject({ psn_no: p.psn_no, exp_content: null });
    expect(reg.body.output.data.mdtrt_id).toMatch(/^\d{12}$/);
  });

  it('refuses an unknown person (MOCK-E020) and an insutype the person lacks (MOCK-E023)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    expect((await register(c, { ...p, psn_no: '00000000000000000000' })).body.err_msg).toBe(`${errors.mock['MOCK-E020']}：psn_no`);
    expect((await register(c, { ...p, insutype: '390' })).body.err_msg).toBe('MOCK-E023 未查询到该险种的参保信息：insutype 390');
  });

  it('names a missing dept_code and needs insuplc_admdvs (MOCK-E022)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const r = await c.call('2201', { data: { psn_no: p.psn_no, insutype: '310' } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.begntime 必填');
    expect((await register(c, { ...p, insuplc: '' })).body.err_msg).toBe(errors.mock['MOCK-E022']);
  });
});

describe('2202 门诊挂号撤销', () => {
  it('cancels an unsettled registration and refuses a settled one', async () => {
    const { c, p, mdtrtId } = await registered();
    const ok = await c.call('2202', { data: { psn_no: p.psn_no, mdtrt_id: mdtrtId, ipt_otp_no: 'X' } }, { insuplc: p.insuplc });
    expect(ok.body).toMatchObject({ infcode: 0 });
    expect(ok.body.output).toBeNull();
    const again = await c.call('2202', { data: { psn_no: p.psn_no, mdtrt_id: mdtrtId, ipt_otp_no: 'X' } }, { insuplc: p.insuplc });
    expect(again.body.err_msg).toMatch(/^MOCK-E044/);
    const s = await settled();
    const r = await s.c.call('2202', { data: { psn_no: s.p.psn_no, mdtrt_id: s.prep.mdtrtId, ipt_otp_no: 'X' } }, { insuplc: s.p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E044 就诊状态不允许该操作：已结算，请先撤销结算（2208）');
  });
});

describe('2203 门诊就诊信息上传', () => {
  it('accepts mdtrtinfo + diseinfo[] and refuses an unknown mdtrt_id (MOCK-E040)', async () => {
    const { c, p, mdtrtId } = await registered();
    expect((await uploadVisit(c, p, mdtrtId, '13')).body.infcode).toBe(0);
    expect((await uploadVisit(c, p, '999999999999')).body.err_msg).toBe(`${errors.mock['MOCK-E040']}：mdtrt_id`);
  });

  it('refuses an inpatient med_type', async () => {
    const { c, p, mdtrtId } = await registered();
    expect((await uploadVisit(c, p, mdtrtId, '21')).body.err_msg).toMatch(/^MOCK-E031 不能直接结算：med_type 21/);
  });
});

describe('2204 门诊费用明细信息上传', () => {
  it('answers result[] with the core\'s line split (甲 / 乙 / 自费 / price cap)', async () => {
    const { c, p, mdtrtId } = await registered();
    const rows = [feeRow(p, mdtrtId, 'a1', DRUG_A, 2, 'B1'), feeRow(p, mdtrtId, 'a2', DRUG_B, 1, 'B1'), feeRow(p, mdtrtId, 'a3', SELF_PAY, 1, 'B1'), feeRow(p, mdtrtId, 'a4', { code: EXAM.code, pric: 40 }, 1, 'B1')];
    const r = await c.call('2204', { feedetail: rows }, { insuplc: p.insuplc });
    const result = r.body.output.result;
    for (const row of result) expect(Object.keys(row)).toEqual(expect.arrayContaining(fixture.lineSplitFields));
    expect(result.map((x: Record<string, unknown>) => [x.feedetl_sn, x.fulamt_ownpay_amt, x.overlmt_amt, x.preselfpay_amt, x.inscp_scp_amt, x.chrgitm_lv])).toEqual([
      ['a1', 0, 0, 0, 25, '01'],
      ['a2', 0, 0, 3.38, 30.42, '02'],
      ['a3', 58, 0, 0, 0, '03'],
      ['a4', 0, 10, 0, 30, '01'],
    ]);
  });

  it('marks a code outside the catalogue as 全自费 with a memo', async () => {
    const { c, p, mdtrtId } = await registered();
    const r = await c.call('2204', { feedetail: [feeRow(p, mdtrtId, 'z1', { code: 'UNKNOWN-CODE', pric: 9.9 }, 1, 'B1')] }, { insuplc: p.insuplc });
    expect(r.body.output.result[0]).toMatchObject({ fulamt_ownpay_amt: 9.9, inscp_scp_amt: 0, memo: 'MOCK-W001 目录外项目，按全自费处理' });
  });

  it('names the bad row: missing chrg_bchno, amount ≠ pric × cnt, duplicate feedetl_sn', async () => {
    const { c, p, mdtrtId } = await registered();
    const row = feeRow(p, mdtrtId, 'a1', DRUG_A, 2, 'B1');
    const { chrg_bchno: _omit, ...noBatch } = row;
    expect((await c.call('2204', { feedetail: [noBatch] }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.feedetail[0].chrg_bchno 必填');
    expect((await c.call('2204', { feedetail: [row, { ...row, feedetl_sn: 'a2', det_item_fee_sumamt: 99 }] }, { insuplc: p.insuplc })).body.err_msg)
      .toBe('MOCK-E004 交易输入校验失败：input.feedetail[1].det_item_fee_sumamt 与 pric × cnt 不符');
    expect((await c.call('2204', { feedetail: [row, row] }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E044 就诊状态不允许该操作：input.feedetail[1].feedetl_sn 费用明细流水号重复');
    expect((await c.call('2204', { feedetail: [{ ...row, det_item_fee_sumamt: 25.001 }] }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.feedetail[0].det_item_fee_sumamt 格式错误，应为数字或数字字符串，最多 14 位整数、2 位小数');
  });

  it('accepts amounts as numeric strings, as one pharmacy client sends them', async () => {
    const { c, p, mdtrtId } = await registered();
    const row = { ...feeRow(p, mdtrtId, 's1', DRUG_A, 2, 'B1'), det_item_fee_sumamt: '25.00', cnt: '2', pric: '12.5' };
    expect((await c.call('2204', { feedetail: [row] }, { insuplc: p.insuplc })).body.output.result[0].inscp_scp_amt).toBe(25);
  });
});

describe('2205 门诊费用明细信息撤销', () => {
  it('deletes a batch, or everything unsettled with "0000"', async () => {
    const { c, p, mdtrtId } = await registered();
    await c.call('2204', { feedetail: [feeRow(p, mdtrtId, 'a1', DRUG_A, 1, 'B1')] }, { insuplc: p.insuplc });
    await c.call('2204', { feedetail: [feeRow(p, mdtrtId, 'b1', DRUG_A, 1, 'B2')] }, { insuplc: p.insuplc });
    expect((await c.call('2205', { data: { mdtrt_id: mdtrtId, chrg_bchno: 'B1', psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.infcode).toBe(0);
    expect(platform.state.visits.get(mdtrtId)!.fees.size).toBe(1);
    expect((await c.call('2205', { data: { mdtrt_id: mdtrtId, chrg_bchno: 'B1', psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.err_msg).toBe(`${errors.mock['MOCK-E040']}：chrg_bchno`);
    await c.call('2205', { data: { mdtrt_id: mdtrtId, chrg_bchno: '0000', psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(platform.state.visits.get(mdtrtId)!.fees.size).toBe(0);
  });
});

describe('2206 门诊预结算', () => {
  it('computes setlinfo + setldetail with the core, setl_id / setl_time / clr_* null, commits nothing', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error(prep.failed!.body.err_msg);
    const out = prep.pre.body.output;
    expectSettlementShape(out);
    for (const f of fixture.preSettlementNulls) expect(out.setlinfo[f], f).toBeNull();
    expect(out.setlinfo.medins_setl_id).toBe(prep.pre.msgid);
    expect(out.setlinfo).toMatchObject({ medfee_sumamt: 83.8, preselfpay_amt: 3.38, inscp_scp_amt: 80.42 });
    expect(platform.state.settlements.size).toBe(0);
    expect(platform.state.balances.get(`${p.psn_no}|310`)).toBe('2000.00');
  });

  it('refuses medfee_sumamt ≠ the uploaded lines (MOCK-E043)', async () => {
    const { c, p, mdtrtId } = await registered();
    await c.call('2204', { feedetail: [feeRow(p, mdtrtId, 'a1', DRUG_A, 2, 'B1')] }, { insuplc: p.insuplc });
    const r = await c.call('2206', { data: settleData(p, mdtrtId, 'B1', 26) }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E043 费用明细与医疗费总额不一致：medfee_sumamt 26 ≠ 明细合计 25.00');
  });

  it('refuses a cross-province visit without a valid filing (MOCK-E030, core hint)', async () => {
    const c = await signedClient();
    const prep = await prepareOutpatient(c, persona(platform, 'expired-other'));
    expect('failed' in prep && prep.failed!.body.err_msg).toMatch(/^MOCK-E030 未办理异地就医备案或备案已过期：NOT_FILED\/EXPIRED /);
  });

  it('refuses a non-networked institution (MOCK-E031 NOT_DIRECT_MANUAL_CLAIM)', async () => {
    const c = await signedClient(NON_NETWORKED);
    const prep = await prepareOutpatient(c, persona(platform, 'non-networked'));
    expect('failed' in prep && prep.failed!.body.err_msg).toMatch(/^MOCK-E031 不能直接结算：NOT_DIRECT_MANUAL_CLAIM /);
  });

  it('names a bad acct_used_flag', async () => {
    const { c, p, mdtrtId } = await registered();
    const r = await c.call('2206', { data: { ...settleData(p, mdtrtId, 'B1', 1), acct_used_flag: 'Y' } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.acct_used_flag 取值不在字典范围（可用：0, 1）');
  });
});

describe('2207 门诊结算', () => {
  it('commits: setl_id, setl_time, clr_type 11, balc decremented, medins_setl_id = msgid', async () => {
    const { s, p, prep } = await settled();
    expect(s.body.infcode).toBe(0);
    const info = s.body.output.setlinfo;
    expectSettlementShape(s.body.output);
    expect(info.setl_id).toMatch(/^\d{12}$/);
    expect(info).toMatchObject({ mdtrt_id: prep.mdtrtId, clr_type: '11', clr_way: '1', clr_optins: '310199', medins_setl_id: s.msgid, setl_time: expect.stringMatching(/^2025-06-16 /) });
    const pre = prep.pre.body.output.setlinfo;
    for (const k of fixture.amountFields) expect(info[k], k).toBe(pre[k]);
    expect(platform.state.balances.get(`${p.psn_no}|310`)).toBe(String(info.balc));
  });

  it('refuses split amounts that differ from the core\'s (MOCK-E041)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error('prep');
    const r = await c.call('2207', { data: { ...prep.settleInput.data, preselfpay_amt: 0 } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E041 结算金额与预结算不一致：preselfpay_amt');
  });

  it('requires the four echoed split amounts', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error('prep');
    const { inscp_scp_amt: _x, ...rest } = prep.settleInput.data;
    expect((await c.call('2207', { data: rest }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.inscp_scp_amt 必填');
  });

  it('does not settle the same batch twice', async () => {
    const { c, p, prep } = await settled();
    const again = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
    expect(again.body.err_msg).toBe('MOCK-E043 费用明细与医疗费总额不一致：没有待结算的费用明细');
  });

  it('splits a low balance into account and cash (persona low-balance)', async () => {
    const { s } = await settled('low-balance');
    expect(s.body.output.setlinfo).toMatchObject({ acct_pay: 12.34, balc: 0 });
    expect(s.body.output.setlinfo.psn_cash_pay).toBeGreaterThan(0);
  });

  it('settles an emergency without filing (R-5) and refuses the same person\'s ordinary visit', async () => {
    const c = await signedClient();
    const p = persona(platform, 'emergency-unfiled');
    const er = await prepareOutpatient(c, p, [[DRUG_A, 1]], '13');
    expect('failed' in er ? er.failed!.body.err_msg : 'ok').toBe('ok');
    const ordinary = await prepareOutpatient(c, p, [[DRUG_A, 1]], '11');
    expect('failed' in ordinary && ordinary.failed!.body.err_msg).toMatch(/^MOCK-E030/);
  });
});

describe('2208 门诊结算撤销', () => {
  it('returns every amount negated, the original setl_id, and restores balance and accumulators', async () => {
    const { c, p, prep, s } = await settled();
    const ytdBefore = [...platform.state.ytd.entries()].find(([k]) => k.startsWith(p.psn_no))![1];
    const info = s.body.output.setlinfo;
    const r = await c.call('2208', { data: { setl_id: info.setl_id, mdtrt_id: prep.mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    const rev = r.body.output.setlinfo;
    for (const k of fixture.amountFields.filter((x) => x !== 'balc')) expect(rev[k], k).toBe(info[k] === 0 ? 0 : -info[k]);
    expect(rev.balc).toBe(2000);
    expect(rev.setl_id).toBe(info.setl_id);
    expect(r.body.output.setldetail.map((d: { fund_payamt: number }) => d.fund_payamt)).toEqual(s.body.output.setldetail.map((d: { fund_payamt: number }) => (d.fund_payamt === 0 ? 0 : -d.fund_payamt)));
    const ytdAfter = [...platform.state.ytd.entries()].find(([k]) => k.startsWith(p.psn_no))![1];
    expect(ytdAfter.basicFundPaid.outpatient.toString()).toBe('0');
    expect(ytdBefore).not.toBe(ytdAfter);
  });

  it('refuses a second revoke (MOCK-E042) and an unknown setl_id (MOCK-E040)', async () => {
    const { c, p, prep, s } = await settled();
    const data = { setl_id: s.body.output.setlinfo.setl_id, mdtrt_id: prep.mdtrtId, psn_no: p.psn_no };
    await c.call('2208', { data }, { insuplc: p.insuplc });
    expect((await c.call('2208', { data }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E042 结算已撤销：已撤销');
    expect((await c.call('2208', { data: { ...data, setl_id: '1' } }, { insuplc: p.insuplc })).body.err_msg).toBe(`${errors.mock['MOCK-E040']}：setl_id`);
  });

  it('lets the batch settle again after the revoke', async () => {
    const { c, p, prep, s } = await settled();
    await c.call('2208', { data: { setl_id: s.body.output.setlinfo.setl_id, mdtrt_id: prep.mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    const again = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
    expect(again.body.infcode).toBe(0);
    expect(again.body.output.setlinfo.hifp_pay).toBe(s.body.output.setlinfo.hifp_pay);
  });
});
