import { describe, expect, it } from 'vitest';
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { prepareOutpatient } from './support/flows.ts';
import { PlatformClient } from './support/platformClient.ts';
import { BASE } from './support/mockEnv.ts';

const { platform } = useMockPlatform();

const ext = new PlatformClient(BASE);

describe('MX5501 备案查询 (extension)', () => {
  it('lists a person\'s filings, labelled as an extension', async () => {
    const p = persona(platform, 'expired-other');
    const r = await ext.call('MX5501', { data: { psn_no: p.psn_no } }, { styleB: true });
    expect(r.headers.get('x-mock-extension')).toBe('1');
    expect(r.body.warn_msg).toMatch(/^\[扩展 \/ extension\] /);
    expect(r.body.output.filinginfo).toEqual([expect.objectContaining({ filing_type: 'TMP-OTHER', status: 'expired', mdtrtarea_admdvs: '310000' })]);
  });

  it('finds by certno through the single endpoint, without sign-in', async () => {
    const p = persona(platform, 'retiree-relocated');
    const r = await ext.call('MX5501', { data: { certno: p.certno } });
    expect(r.body.output.filinginfo[0].filing_type).toBe('LT-RETIRED');
  });

  it('needs psn_no or certno', async () => {
    expect((await ext.call('MX5501', { data: {} })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.psn_no 格式错误');
  });
});

describe('MX5502 备案登记 (extension)', () => {
  it('renews an expired temporary filing so the visit settles (core createFiling)', async () => {
    const p = persona(platform, 'expired-other');
    const r = await ext.call('MX5502', { data: { psn_no: p.psn_no, insuplc_admdvs: p.insuplc, mdtrtarea_admdvs: '310000', filing_type: 'TMP-OTHER', begndate: '2025-06-16' } });
    expect(r.body.output.filinginfo).toMatchObject({ status: 'valid', begndate: '2025-06-16', enddate: '2025-12-15' });
    const c = await signedClient();
    const prep = await prepareOutpatient(c, p);
    expect('failed' in prep ? prep.failed!.body.err_msg : 'ok').toBe('ok');
  });

  it('refuses a too-short temporary filing and an end date on a long-term one (core rules)', async () => {
    const p = persona(platform, 'expired-other');
    const base = { psn_no: p.psn_no, insuplc_admdvs: p.insuplc, mdtrtarea_admdvs: '310000', begndate: '2025-06-16' };
    expect((await ext.call('MX5502', { data: { ...base, filing_type: 'TMP-OTHER', enddate: '2025-07-01' } })).body.err_msg).toMatch(/^MOCK-E004 交易输入校验失败：input\.data\.enddate VALIDITY_TOO_SHORT/);
    expect((await ext.call('MX5502', { data: { ...base, filing_type: 'LT-RESIDENT', enddate: '2026-07-01' } })).body.err_msg).toMatch(/^MOCK-E004 .*enddate LONG_TERM_END_DATE/);
  });

  it('refuses a second treatment place (REJECT_CONCURRENT_FILING) and a bad filing_type', async () => {
    const p = persona(platform, 'retiree-relocated');
    const r = await ext.call('MX5502', { data: { psn_no: p.psn_no, insuplc_admdvs: p.insuplc, mdtrtarea_admdvs: '440300', filing_type: 'TMP-OTHER', begndate: '2025-06-16' } });
    expect(r.body.err_msg).toMatch(/^MOCK-E081 备案信息冲突：REJECT_CONCURRENT_FILING /);
    expect(r.headers.get('x-mock-extension')).toBe('1');
    expect(r.body.warn_msg).toMatch(/^\[扩展 \/ extension\] /);
    const bad = await ext.call('MX5502', { data: { psn_no: p.psn_no, insuplc_admdvs: p.insuplc, mdtrtarea_admdvs: '440300', filing_type: '02', begndate: '2025-06-16' } });
    expect(bad.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.filing_type 取值不在字典范围（可用：LT-RETIRED, LT-RESIDENT, LT-WORK, TMP-REFERRAL, TMP-EMERGENCY, TMP-OTHER）');
  });
});

describe('MX5503 备案变更 (extension)', () => {
  it('refuses changing a long-term filing within the lock (R-3b) but records documents supplied', async () => {
    const p = persona(platform, 'resident-commitment');
    const f = platform.state.personas.find((x) => x.key === 'resident-commitment')!.filings[0]!;
    const early = await ext.call('MX5503', { data: { filing_id: f.filing_id, mdtrtarea_admdvs: '320100' } });
    expect(early.body.err_msg).toMatch(/^MOCK-E081 备案信息冲突：REJECT_CHANGE_TOO_EARLY /);
    const docs = await ext.call('MX5503', { data: { filing_id: f.filing_id, docs_completed: true } });
    expect(docs.body.output.filinginfo).toMatchObject({ docs_completed: true, psn_no: p.psn_no });
  });

  it('changes a filing past the lock: old one cancelled, new one valid', async () => {
    const f = platform.state.personas.find((x) => x.key === 'retiree-relocated')!.filings[0]!;
    const r = await ext.call('MX5503', { data: { filing_id: f.filing_id, mdtrtarea_admdvs: '320100' } });
    expect(r.body.output.cancelled).toMatchObject({ filing_id: f.filing_id, status: 'cancelled' });
    expect(r.body.output.filinginfo).toMatchObject({ mdtrtarea_admdvs: '320100', status: 'valid', filing_type: 'LT-RETIRED' });
  });
});

describe('MX5504 备案撤销 (extension)', () => {
  it('cancels, then refuses a second cancel (MOCK-E080)', async () => {
    const f = platform.state.personas.find((x) => x.key === 'referral')!.filings[0]!;
    expect((await ext.call('MX5504', { data: { filing_id: f.filing_id } })).body.output.filinginfo.status).toBe('cancelled');
    expect((await ext.call('MX5504', { data: { filing_id: f.filing_id } })).body.err_msg).toBe('MOCK-E080 备案信息不存在：filing_id');
  });
});

describe('MX5511 个人结算记录查询 (extension)', () => {
  it('lists the person\'s settlements with their status', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error('prep');
    const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
    const r = await ext.call('MX5511', { data: { psn_no: p.psn_no } }, { styleB: true });
    expect(r.body.output.setllist).toEqual([expect.objectContaining({ setl_id: s.body.output.setlinfo.setl_id, setl_stas: 'ACTIVE', medfee_sumamt: 83.8, filing_category: 'LT_POSTED_WORKER' })]);
  });
});
