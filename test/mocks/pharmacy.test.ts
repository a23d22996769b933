import { describe, expect, it } from 'vitest';
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { pharmacyInput } from './support/flows.ts';
import { expectSettlementShape } from './support/identities.ts';
import { PHARMACY } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function setup() {
  const c = await signedClient(PHARMACY);
  const p = persona(platform, 'pharmacy-ec');
  return { c, p, input: pharmacyInput(p) };
}

describe('2101 药店预结算', () => {
  it('computes setlinfo (no hosp_part_amt), setldetail[] and detlcutinfo[] without committing', async () => {
    const { c, p, input } = await setup();
    const r = await c.call('2101', input, { insuplc: p.insuplc });
    const { setlinfo, setldetail, detlcutinfo } = r.body.output;
    expect(setlinfo).not.toHaveProperty('hosp_part_amt');
    expectSettlementShape({ setlinfo: { ...setlinfo, hosp_part_amt: 0 }, setldetail });
    expect(setlinfo).toMatchObject({ mdtrt_id: null, setl_id: null, med_type: '41', medfee_sumamt: 58.8 });
    expect(detlcutinfo).toHaveLength(2);
    expect(platform.state.settlements.size).toBe(0);
  });

  it('pays nothing from the pool when the 参保地 has no cross-province pharmacy pooling (R-14)', async () => {
    const { c, p, input } = await setup();
    const s = (await c.call('2101', input, { insuplc: p.insuplc })).body.output.setlinfo;
    expect(s.fund_pay_sumamt).toBe(0);
    expect(s.acct_pay).toBe(58.8);
  });

  it('names a bad drugdetail row and refuses med_type other than 41', async () => {
    const { c, p, input } = await setup();
    const bad = { ...input, drugdetail: [{ ...input.drugdetail[0], pric: 'abc' }] };
    expect((await c.call('2101', bad, { insuplc: p.insuplc })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.drugdetail[0].pric 格式错误，应为非负数字或数字字符串，最多 10 位整数、6 位小数');
    const wrong = { ...input, druginfo: { ...input.druginfo, med_type: '11' } };
    expect((await c.call('2101', wrong, { insuplc: p.insuplc })).body.err_msg).toMatch(/^MOCK-E031 .*不是定点药店购药（41）/);
  });
});

describe('2102 药店结算', () => {
  it('commits with a new mdtrt_id and setl_id, clr_type 41', async () => {
    const { c, p, input } = await setup();
    const r = await c.call('2102', input, { insuplc: p.insuplc });
    expect(r.body.output.setlinfo).toMatchObject({ mdtrt_id: expect.stringMatching(/^\d{12}$/), setl_id: expect.stringMatching(/^\d{12}$/), clr_type: '41', balc: 741.2 });
    expect(platform.state.balances.get(`${p.psn_no}|310`)).toBe('741.2');
  });

  it('refuses medfee_sumamt ≠ Σ drugdetail (MOCK-E043)', async () => {
    const { c, p, input } = await setup();
    const r = await c.call('2102', { ...input, druginfo: { ...input.druginfo, medfee_sumamt: 1 } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toMatch(/^MOCK-E043/);
  });
});

describe('2103 药店结算撤销', () => {
  it('returns negated amounts with psn_pay / cash_payamt and restores the balance', async () => {
    const { c, p, input } = await setup();
    const s = (await c.call('2102', input, { insuplc: p.insuplc })).body.output.setlinfo;
    const r = await c.call('2103', { data: { setl_id: s.setl_id, mdtrt_id: s.mdtrt_id, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    const rev = r.body.output.setlinfo;
    expect(rev).toMatchObject({ medfee_sumamt: -58.8, acct_pay: -58.8, psn_pay: -58.8, cash_payamt: 0, balc: 800 });
    expect(rev).not.toHaveProperty('psn_part_amt');
    expect((await c.call('2103', { data: { setl_id: s.setl_id, mdtrt_id: s.mdtrt_id, psn_no: p.psn_no } }, { insuplc: p.insuplc })).body.err_msg).toMatch(/^MOCK-E042/);
  });

  it('refuses a setl_id of another person (MOCK-E040)', async () => {
    const { c, p, input } = await setup();
    const s = (await c.call('2102', input, { insuplc: p.insuplc })).body.output.setlinfo;
    const r = await c.call('2103', { data: { setl_id: s.setl_id, mdtrt_id: s.mdtrt_id, psn_no: '1' } }, { insuplc: p.insuplc });
    expect(r.body.err_msg).toBe(`${errors.mock['MOCK-E040']}：setl_id`);
  });
});
