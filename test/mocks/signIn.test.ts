import { describe, expect, it } from 'vitest';
import { BASE, persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { HOSPITAL, HOSPITAL_L2, PlatformClient } from './support/platformClient.ts';

const { platform } = useMockPlatform();

describe('9001 签到', () => {
  it('returns signinoutb { sign_no (30), sign_time }', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.call('9001', { signIn: { opter_no: 'OP001', mac: '00-11-22-33-44-55', ip: '10.0.0.1' } });
    expect(r.body.output.signinoutb.sign_no).toMatch(/^310000\d{24}$/);
    expect(r.body.output.signinoutb.sign_time).toBe('2025-06-16 10:00:00');
  });

  it('names a missing opter_no', async () => {
    const r = await new PlatformClient(BASE).call('9001', { signIn: { ip: '10.0.0.1' } });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.signIn.opter_no 必填');
  });

  it('lets business calls through with a valid sign_no', async () => {
    const c = await signedClient();
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: persona(platform, 'referral').certno } });
    expect(r.body.infcode).toBe(0);
  });

  it('refuses business calls without, with an unknown, or with another institution\'s sign_no (MOCK-E010)', async () => {
    const c = new PlatformClient(BASE);
    const other = await signedClient(HOSPITAL_L2);
    for (const signNo of ['', '310000202506161000000000000999', other.signNo]) {
      const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'x' } }, { signNo });
      expect(r.body.err_msg).toBe('MOCK-E010 未签到或签到已失效');
    }
  });

  it('expires a sign_no at CST midnight', async () => {
    let now = Date.parse('2025-06-16T23:59:58+08:00');
    const { MockPlatform } = await import('../../mocks/platform/MockPlatform.ts');
    const p = new MockPlatform({ now: () => now });
    const c = new PlatformClient(BASE, HOSPITAL);
    const call = async (infno: string, input: Record<string, unknown>) => {
      const reply = await p.dispatch({ method: 'POST', url: '/fsi/api/rsfComIfsService/callService', header: () => null, body: JSON.stringify(c.envelope(infno, input)) });
      return JSON.parse((reply as { body: string }).body);
    };
    c.signNo = (await call('9001', { signIn: { opter_no: 'O', ip: '1' } })).output.signinoutb.sign_no;
    expect((await call('2001', { data: {} })).err_msg).toMatch(/^MOCK-E004/);
    now += 3000;
    expect((await call('2001', { data: {} })).err_msg).toBe('MOCK-E010 未签到或签到已失效');
  });
});

describe('9002 签退', () => {
  it('invalidates the sign_no', async () => {
    const c = await signedClient();
    const out = await c.call('9002', { signOut: { sign_no: c.signNo, opter_no: 'OP001' } });
    expect(out.body.output.signoutoutb.sign_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'x' } });
    expect(r.body.err_msg).toBe('MOCK-E010 未签到或签到已失效');
  });

  it('refuses an unknown sign_no', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.call('9002', { signOut: { sign_no: 'nope', opter_no: 'OP001' } });
    expect(r.body.err_msg).toBe('MOCK-E010 未签到或签到已失效：sign_no');
  });
});
