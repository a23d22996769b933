/**
 * Whole flows over real HTTP against the standalone server (node:http, 127.0.0.1, free port),
 * with the real clock.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mocks/server.ts';
import type { MockServerHandle } from '../../mocks/server.ts';
import { pharmacyInput, prepareInpatient, prepareOutpatient } from './support/flows.ts';
import { expectSettlementShape } from './support/identities.ts';
import { HOSPITAL, PHARMACY, PlatformClient } from './support/platformClient.ts';

let h: MockServerHandle;
beforeAll(async () => {
  h = await startMockServer({ port: 0, seed: 3 });
});
afterAll(() => h.close());

const ref = (key: string) => {
  const p = h.platform.state.personas.find((x) => x.key === key)!;
  return { psn_no: p.psn_no, insutype: p.insuinfo[0]!.insutype, insuplc: p.insuinfo[0]!.insuplc_admdvs, certno: p.certno, ecToken: p.ec_token, ecQr: p.ec_qr };
};
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('standalone server', () => {
  it('listens on 127.0.0.1 with a free port', () => {
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.port).toBeGreaterThan(0);
  });

  it('answers 404 with a MOCK-E002 body for paths that are not the mock\'s', async () => {
    const r = await fetch(`${h.url}/nothing`, { method: 'POST', body: '{}' });
    expect(r.status).toBe(404);
    expect((await r.json()).err_msg).toMatch(/^MOCK-E002/);
  });
});

describe('outpatient flow over HTTP', () => {
  it('signs in, finds the person, registers, uploads, pre-settles, settles, revokes and reconciles', async () => {
    const c = new PlatformClient(h.url, HOSPITAL);
    await c.signIn();
    const p = ref('outpatient-employee');
    const info = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } });
    expect(info.body.output.insuinfo[0].insuplc_admdvs).toBe(p.insuplc);
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error(prep.failed!.body.err_msg);
    const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc, styleB: true });
    expectSettlementShape(s.body.output);
    const setl = s.body.output.setlinfo;
    const stmt = (medfee: number, fund: number, acct: number, cnt: number) => c.call('3201', { data: {
      insutype: '310', clr_type: '11', setl_optins: '310199', stmt_begndate: today(), stmt_enddate: today(), medfee_sumamt: medfee,
      fund_pay_sumamt: fund, acct_pay: acct, fixmedins_setl_cnt: cnt,
    } });
    expect((await stmt(setl.medfee_sumamt, setl.fund_pay_sumamt, setl.acct_pay, 1)).body.output.stmtinfo.stmt_rslt).toBe('0');
    const rv = await c.call('2208', { data: { setl_id: setl.setl_id, mdtrt_id: prep.mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc, styleB: true });
    expect(rv.body.output.setlinfo.medfee_sumamt).toBe(-setl.medfee_sumamt);
    expect((await stmt(0, 0, 0, 2)).body.output.stmtinfo.stmt_rslt).toBe('0');
  });
});

describe('inpatient flow over HTTP', () => {
  it('admits, uploads, discharges, pre-settles, settles and revokes', async () => {
    const c = new PlatformClient(h.url, HOSPITAL);
    await c.signIn();
    const p = ref('major-illness-edge');
    const prep = await prepareInpatient(c, p);
    if ('failed' in prep || !prep.settleInput) throw new Error('prep');
    const s = await c.call('2304', prep.settleInput, { insuplc: p.insuplc, styleB: true });
    expectSettlementShape(s.body.output);
    expect(s.body.output.setlinfo.hifmi_pay).toBeGreaterThan(0);
    const rv = await c.call('2305', { data: { mdtrt_id: prep.mdtrtId, setl_id: s.body.output.setlinfo.setl_id, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(rv.body.output.setlinfo.hifmi_pay).toBe(-s.body.output.setlinfo.hifmi_pay);
  });
});

describe('pharmacy flow over HTTP', () => {
  it('decodes the e-certificate, finds the person by token, pre-settles, settles and revokes', async () => {
    const c = new PlatformClient(h.url, PHARMACY);
    await c.signIn();
    const p = ref('pharmacy-ec');
    const dec = await (await fetch(`${h.url}/fsi/api/hsecfc/localQrCodeQuery`, { method: 'POST', body: JSON.stringify({ data: { orgId: PHARMACY.fixmedins_code, businessType: '01101', operatorId: 'OP001', operatorName: '测试', officeId: 'D0', officeName: '药房', ecQrCode: p.ecQr } }) })).json();
    const token: string = dec.data.ecToken;
    const info = await c.call('1101', { data: { mdtrt_cert_type: '01', mdtrt_cert_no: token } });
    expect(info.body.output.baseinfo.psn_no).toBe(p.psn_no);
    const input = pharmacyInput({ ...p, ecToken: token });
    const pre = await c.call('2101', input, { insuplc: p.insuplc });
    const s = await c.call('2102', input, { insuplc: p.insuplc });
    expect(s.body.output.setlinfo.acct_pay).toBe(pre.body.output.setlinfo.acct_pay);
    const rv = await c.call('2103', { data: { setl_id: s.body.output.setlinfo.setl_id, mdtrt_id: s.body.output.setlinfo.mdtrt_id, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(rv.body.output.setlinfo.balc).toBe(info.body.output.insuinfo[0].balc);
  });
});

describe('fault over HTTP', () => {
  it('closes the connection for no-reply', async () => {
    const c = new PlatformClient(h.url, HOSPITAL);
    await expect(c.call('9001', { signIn: { opter_no: 'O', ip: '1' } }, { headers: { 'x-mock-fault': 'no-reply' } })).rejects.toThrow();
  });
});

describe('mocks/cli.ts', () => {
  it('prints the URL and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/cli.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim()));
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const personas = await (await fetch(`${url}/__mock__/personas`)).json();
    expect(personas.personas.length).toBeGreaterThanOrEqual(10);
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);
});
