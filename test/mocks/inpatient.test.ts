import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/platform/settlement-output.json' with { type: 'json' };
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { BED, DRUG_B, admitInput, dischargeInput, feeRow, inpatientSettleData, prepareInpatient } from './support/flows.ts';
import { expectSettlementShape } from './support/identities.ts';
import { HOSPITAL_L2 } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function admitted(key = 'retiree-relocated') {
  const c = await signedClient();
  const p = persona(platform, key);
  const adm = await c.call('2401', admitInput(p), { insuplc: p.insuplc });
  return { c, p, adm, mdtrtId: adm.body.output?.result?.mdtrt_id as string };
}

async function prepared(key = 'retiree-relocated', inst = undefined as typeof HOSPITAL_L2 | undefined) {
  const c = await signedClient(inst);
  const p = persona(platform, key);
  const prep = await prepareInpatient(c, p);
  if ('failed' in prep) throw new Error(`${key}: ${prep.failed!.body.err_msg}`);
  if (!prep.settleInput) throw new Error(`${key}: ${prep.pre.body.err_msg}`);
  return { c, p, prep, settleInput: prep.settleInput };
}

describe('2401 入院办理', () => {
  it('returns result { mdtrt_id }', async () => {
    const { adm } = await admitted();
    expect(adm.body.output).toEqual({ result: { mdtrt_id: expect.stringMatching(/^\d{12}$/) } });
  });

  it('names a missing adm_bed and refuses an outpatient med_type', async () => {
    const c = await signedClient();
    const p = persona(platform, 'retiree-relocated');
    const { adm_bed: _b, ...m } = admitInput(p).mdtrtinfo;
    expect((await c.call('2401', { mdtrtinfo: m }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.mdtrtinfo.adm_bed 必填');
    expect((await c.call('2401', admitInput(p, '11'), { insuplc: p.insuplc })).body.err_msg).toMatch(/^MOCK-E031 .*不是住院医疗类别/);
  });
});

describe('2301 住院费用明细上传', () => {
  it('answers result[] split rows and accepts a refund row with negative cnt', async () => {
    const { c, p, mdtrtId } = await admitted();
    const up = await c.call('2301', { feedetail: [feeRow(p, mdtrtId, 'i1', BED, 3), feeRow(p, mdtrtId, 'i2', DRUG_B, 2)] }, { insuplc: p.insuplc });
    expect(up.body.output.result.map((r: Record<string, number>) => [r.feedetl_sn, r.overlmt_amt, r.inscp_scp_amt])).toEqual([['i1', 30, 240], ['i2', 0, 60.84]]);
    const refund = { ...feeRow(p, mdtrtId, 'i3', DRUG_B, -1), init_feedetl_sn: 'i2' };
    const r = await c.call('2301', { feedetail: [refund] }, { insuplc: p.insuplc });
    expect(r.body.output.result[0]).toMatchObject({ det_item_fee_sumamt: -33.8, preselfpay_amt: -3.38, inscp_scp_amt: -30.42 });
  });

  it('needs init_feedetl_sn on a refund row', async () => {
    const { c, p, mdtrtId } = await admitted();
    const r = await c.call('2301', { feedetail: [feeRow(p, mdtrtId, 'i3', DRUG_B, -1)] }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.feedetail[0].init_feedetl_sn 退单时必填');
  });
});

describe('2302 住院费用明细撤销', () => {
  it('deletes one row or all unsettled rows ("0000")', async () => {
    const { c, p, mdtrtId } = await admitted();
    await c.call('2301', { feedetail: [feeRow(p, mdtrtId, 'i1', BED, 1), feeRow(p, mdtrtId, 'i2', BED, 1)] }, { insuplc: p.insuplc });
    await c.call('2302', { data: [{ feedetl_sn: 'i1', mdtrt_id: mdtrtId, psn_no: p.psn_no }] }, { insuplc: p.insuplc });
    expect([...platform.state.visits.get(mdtrtId)!.fees.keys()]).toEqual(['i2']);
    expect((await c.call('2302', { data: [{ feedetl_sn: 'i1', mdtrt_id: mdtrtId, psn_no: p.psn_no }] }, { insuplc: p.insuplc })).body.err_msg).toBe(`${errors.mock['MOCK-E040']}：input.data[0].feedetl_sn`);
    await c.call('2302', { data: [{ feedetl_sn: '0000', mdtrt_id: mdtrtId, psn_no: p.psn_no }] }, { insuplc: p.insuplc });
    expect(platform.state.visits.get(mdtrtId)!.fees.size).toBe(0);
  });
});

describe('2402 出院办理 / 2405 出院办理撤销', () => {
  it('discharges, undoes the discharge, and refuses an end before admission', async () => {
    const { c, p, mdtrtId } = await admitted();
    expect((await c.call('2402', dischargeInput(p, mdtrtId, '2024-06-01 10:00:00'), { insuplc: p.insuplc })).body.err_msg).toMatch(/endtime 早于入院时间/);
    expect((await c.call('2402', dischargeInput(p, mdtrtId), { insuplc: p.insuplc })).body.infcode).toBe(0);
    expect((await c.call('2405', { data: { mdtrt_id: mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.infcode).toBe(0);
    expect((await c.call('2405', { data: { mdtrt_id: mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E044 就诊状态不允许该操作：未办理出院');
  });
});

describe('2404 入院办理撤销', () => {
  it('cancels an admission without settlement', async () => {
    const { c, p, mdtrtId } = await admitted();
    expect((await c.call('2404', { data: { mdtrt_id: mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.infcode).toBe(0);
    expect(platform.state.visits.get(mdtrtId)!.status).toBe('CANCELLED');
  });
});

describe('2303 住院预结算', () => {
  it('computes with the core without committing', async () => {
    const { prep } = await prepared();
    expectSettlementShape(prep.pre.body.output);
    for (const f of fixture.preSettlementNulls) expect(prep.pre.body.output.setlinfo[f]).toBeNull();
    expect(platform.state.settlements.size).toBe(0);
  });

  it('needs discharge unless mid_setl_flag is 1', async () => {
    const { c, p, mdtrtId } = await admitted();
    await c.call('2301', { feedetail: [feeRow(p, mdtrtId, 'i1', BED, 1)] }, { insuplc: p.insuplc });
    const d = { ...inpatientSettleData(p, mdtrtId, 90), fulamt_ownpay_amt: 0, overlmt_selfpay: 10, preselfpay_amt: 0, inscp_scp_amt: 80 };
    expect((await c.call('2303', { data: d }, { insuplc: p.insuplc })).body.err_msg).toMatch(/未办理出院（2402）/);
    expect((await c.call('2303', { data: { ...d, mid_setl_flag: '1' } }, { insuplc: p.insuplc })).body.infcode).toBe(0);
  });

  it('refuses a suspended insurance (MOCK-E021)', async () => {
    const c = await signedClient();
    const prep = await prepareInpatient(c, persona(platform, 'suspended'));
    expect('failed' in prep ? prep.failed!.body.err_msg : prep.pre.body.err_msg).toMatch(/^MOCK-E021 参保状态异常/);
  });
});

describe('2304 住院结算', () => {
  it('commits with clr_type 21 and the same amounts as 2303', async () => {
    const { c, p, prep, settleInput } = await prepared();
    const s = await c.call('2304', settleInput, { insuplc: p.insuplc });
    expectSettlementShape(s.body.output);
    expect(s.body.output.setlinfo).toMatchObject({ clr_type: '21', medins_setl_id: s.msgid, med_type: '21' });
    for (const k of fixture.amountFields) expect(s.body.output.setlinfo[k], k).toBe(prep.pre.body.output.setlinfo[k]);
  });

  it('pays 大病 for the resident just under the deductible and 救助 for the 低保 resident', async () => {
    const big = await prepared('major-illness-edge');
    const s1 = await big.c.call('2304', big.settleInput, { insuplc: big.p.insuplc });
    expect(s1.body.output.setlinfo.hifmi_pay).toBeGreaterThan(0);
    const dibao = await prepared('dibao-assistance', HOSPITAL_L2);
    const s2 = await dibao.c.call('2304', dibao.settleInput, { insuplc: dibao.p.insuplc });
    expect(s2.body.output.setlinfo.maf_pay).toBeGreaterThan(0);
  });

  it('refuses changed split amounts (MOCK-E041)', async () => {
    const { c, p, settleInput } = await prepared();
    const r = await c.call('2304', { data: { ...settleInput.data, inscp_scp_amt: 1 } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe('MOCK-E041 结算金额与预结算不一致：inscp_scp_amt');
  });
});

describe('2305 住院结算撤销', () => {
  it('negates every amount and restores the admission counter', async () => {
    const { c, p, prep, settleInput } = await prepared();
    const s = await c.call('2304', settleInput, { insuplc: p.insuplc });
    const key = [...platform.state.ytd.keys()].find((k) => k.startsWith(p.psn_no))!;
    expect(platform.state.ytd.get(key)!.inpatientAdmissionsSettled).toBe(1);
    const r = await c.call('2305', { data: { mdtrt_id: prep.mdtrtId, setl_id: s.body.output.setlinfo.setl_id, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(r.body.output.setlinfo.medfee_sumamt).toBe(-prep.medfee);
    expect(platform.state.ytd.get(key)!.inpatientAdmissionsSettled).toBe(0);
    expect((await c.call('2404', { data: { mdtrt_id: prep.mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.infcode).toBe(0);
  });

  it('refuses an outpatient setl_id', async () => {
    const { c, p, prep } = await prepared();
    const r = await c.call('2305', { data: { mdtrt_id: prep.mdtrtId, setl_id: 'x', psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe(`${errors.mock['MOCK-E040']}：setl_id`);
  });
});
