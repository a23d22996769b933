import { describe, expect, it } from 'vitest';
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { admitInput, prepareOutpatient } from './support/flows.ts';
import type { PlatformClient } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function settled() {
  const c = await signedClient();
  const p = persona(platform, 'outpatient-employee');
  const prep = await prepareOutpatient(c, p);
  if ('failed' in prep) throw new Error('prep');
  const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
  return { c, p, prep, s };
}

const reverse = (c: PlatformClient, p: { psn_no: string; insuplc: string }, omsgid: string, oinfno: string) =>
  c.call('2601', { data: { psn_no: p.psn_no, omsgid, oinfno } }, { insuplc: p.insuplc });

describe('2601 冲正交易', () => {
  it('reverses a 2207 by its msgid: balance and accumulators restored, output null (no output nodes)', async () => {
    const { c, p, s } = await settled();
    const r = await reverse(c, p, s.msgid, '2207');
    expect(r.body).toMatchObject({ infcode: 0 });
    expect(r.body.output).toBeNull();
    expect(platform.state.balances.get(`${p.psn_no}|310`)).toBe('2000');
    expect(platform.state.settlements.get(s.body.output.setlinfo.setl_id)!.status).toBe('REVERSED');
  });

  it('refuses a second reversal (MOCK-E061) and an unknown omsgid (MOCK-E060)', async () => {
    const { c, p, s } = await settled();
    await reverse(c, p, s.msgid, '2207');
    expect((await reverse(c, p, s.msgid, '2207')).body.err_msg).toBe(`${errors.mock['MOCK-E061']}：已冲正`);
    expect((await reverse(c, p, 'H31010600011202506161000009999', '2207')).body.err_msg).toBe(`${errors.mock['MOCK-E060']}：omsgid`);
    expect((await reverse(c, p, s.msgid, '2208')).body.err_msg).toBe(`${errors.mock['MOCK-E060']}：omsgid`);
  });

  it('reverses a 2208 revoke: the settlement is active again', async () => {
    const { c, p, prep, s } = await settled();
    const setlId = s.body.output.setlinfo.setl_id;
    const rv = await c.call('2208', { data: { setl_id: setlId, mdtrt_id: prep.mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect((await reverse(c, p, rv.msgid, '2208')).body.err_msg).toBeNull();
    expect(platform.state.settlements.get(setlId)!.status).toBe('ACTIVE');
    expect(platform.state.balances.get(`${p.psn_no}|310`)).toBe(String(s.body.output.setlinfo.balc));
  });

  it('reverses a 2401 admission', async () => {
    const c = await signedClient();
    const p = persona(platform, 'retiree-relocated');
    const adm = await c.call('2401', admitInput(p), { insuplc: p.insuplc });
    expect((await reverse(c, p, adm.msgid, '2401')).body.infcode).toBe(0);
    expect(platform.state.visits.get(adm.body.output.result.mdtrt_id)!.status).toBe('CANCELLED');
  });

  it('refuses a non-reversible original and a failed original', async () => {
    const { c, p, prep } = await settled();
    expect((await reverse(c, p, prep.pre.msgid, '2206')).body.err_msg).toBe(`${errors.mock['MOCK-E061']}：oinfno 2206`);
    const failed = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
    expect((await reverse(c, p, failed.msgid, '2207')).body.err_msg).toBe(`${errors.mock['MOCK-E061']}：原交易未成功，无需冲正`);
  });

  it('names a missing oinfno', async () => {
    const c = await signedClient();
    const r = await c.call('2601', { data: { psn_no: 'x', omsgid: 'y' } }, { insuplc: '420106' });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.oinfno 必填');
  });
});
