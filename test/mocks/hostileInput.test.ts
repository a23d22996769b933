/**
 * Hostile input (issue 7): each case gets a typed refusal in a well-formed envelope; nothing
 * crashes, nothing leaks an internal error name, no client value comes back raw, memory stays
 * bounded.
 */
import { describe, expect, it } from 'vitest';
import { MockPlatform } from '../../mocks/platform/MockPlatform.ts';
import { DEFAULT_MAX_MESSAGE_BYTES, MAX_JSON_DEPTH, jsonDepthExceeds } from '../../mocks/platform/limits.ts';
import { safeDetail } from '../../mocks/envelope/safeDetail.ts';
import { BASE, persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { DRUG_A, admitInput, feeRow, register, settleData } from './support/flows.ts';
import { CALL_SERVICE, PlatformClient } from './support/platformClient.ts';

const { platform } = useMockPlatform();

const postRaw = async (body: string, headers: Record<string, string> = {}) => {
  const r = await fetch(`${BASE}${CALL_SERVICE}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: r.status, body: await r.json() };
};

describe('describeIssue (through the envelope and input schemas)', () => {
  it('says a field has the wrong type and which type is expected, instead of "必填"', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const infno = await c.post(CALL_SERVICE, { ...c.envelope('2201', {}), infno: 2201 });
    expect(infno.body.err_msg).toBe('MOCK-E001 报文格式错误：infno 类型错误，应为字符串（收到数字）');
    const reg = await register(c, p);
    const row = feeRow(p, reg.body.output.data.mdtrt_id, 'F1', DRUG_A, 1, 'B1');
    for (const [value, got] of [[true, '布尔值'], [{}, '对象'], [[], '数组']] as const) {
      const r = await c.call('2204', { feedetail: [{ ...row, det_item_fee_sumamt: value }] }, { insuplc: p.insuplc });
      expect(r.body.err_msg).toBe(`MOCK-E004 交易输入校验失败：input.feedetail[0].det_item_fee_sumamt 类型错误，应为数字或字符串（收到${got}）`);
    }
  });

  it('reports an out-of-range number (1e400) as such', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const data = { ...settleData(p, '300000000001', 'B1', 0), medfee_sumamt: 'HUGE' };
    const text = JSON.stringify(c.envelope('2206', { data }, { insuplc: p.insuplc })).replace('"HUGE"', '1e400');
    const r = await postRaw(text);
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.medfee_sumamt 类型错误，应为数字或字符串（收到超出范围的数字）');
  });

  it('keeps "必填" for a field that is absent or null', async () => {
    const c = await signedClient();
    const r = await c.call('1101', { data: { mdtrt_cert_type: null } });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.mdtrt_cert_type 必填');
  });
});

describe('MockPlatform.dispatch', () => {
  it.each([['[]', '数组'], ['null', 'null'], ['"x"', '字符串'], ['42', '数字']])('refuses the body %s as not an object', async (body, got) => {
    const r = await postRaw(body);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ infcode: -1, err_msg: `MOCK-E001 报文格式错误：请求报文应为 JSON 对象（收到${got}）` });
  });

  it('never echoes a client value raw: msgid in MOCK-E003, enc_type, an unknown path', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const msgid = '<img src=x onerror=alert(1)>';
    const env = c.envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } }, { msgid });
    await c.post(CALL_SERVICE, env);
    const dup = await c.post(CALL_SERVICE, { ...env, opter_name: '另一位' });
    expect(dup.body.err_msg).toBe('MOCK-E003 发送方报文ID重复：该 msgid 已用于另一报文');
    const enc = await c.post(CALL_SERVICE, { ...c.envelope('1101', {}), enc_type: '<b>SM4' });
    expect(enc.body.err_msg).toBe('MOCK-E002 交易不支持：enc_type ?b?SM4（模拟平台不支持加密）');
    const adm = await c.call('2401', { mdtrtinfo: { ...admitInput(persona(platform, 'retiree-relocated')).mdtrtinfo, med_type: '<img>' } }, { insuplc: '150102' });
    expect(adm.body.err_msg).toBe('MOCK-E031 不能直接结算：med_type ?img? 不支持跨省直接结算');
    expect(safeDetail('a'.repeat(100), 8)).toBe('aaaaaaaa…');
  });

  it(`bounds the nesting depth (${MAX_JSON_DEPTH}): 100,000 levels are refused, and so is the resend, never with an internal error`, async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const deep = `${'{"deep":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const env = c.envelope('2201', { data: { psn_no: p.psn_no, deep: 'DEEP' } }, { insuplc: p.insuplc });
    const text = JSON.stringify(env, null, 1).replace('"DEEP"', deep);
    const first = await postRaw(text);
    expect(first.body.err_msg).toBe(`MOCK-E001 报文格式错误：报文嵌套超过 ${MAX_JSON_DEPTH} 层`);
    const again = await postRaw(text.replace(' ', ''));
    expect(again.body.err_msg).toBe(first.body.err_msg);
    expect(platform.state.visits.size).toBe(0);
    expect(jsonDepthExceeds({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: [{ b: {} }] }, 3)).toBe(true);
  });

  it('answers a last-resort failure without an error class name (MOCK-E099)', async () => {
    const pf = new MockPlatform({ requireSignIn: false });
    const c = new PlatformClient('http://x.mock');
    // A header lookup that throws stands in for any unexpected internal failure.
    const reply = await pf.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => { throw new RangeError('boom'); }, body: JSON.stringify(c.envelope('1101', { data: {} })) });
    const body = JSON.parse((reply as { body: string }).body);
    expect(body).toMatchObject({ infcode: -1, err_msg: 'MOCK-E099 模拟平台内部错误，请查看请求是否合法' });
    expect(JSON.stringify(body)).not.toMatch(/RangeError|boom/);
  });

  it('refuses an unknown x-mock-fault kind or a bad number, naming the known kinds (MOCK-E091), and processes nothing', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    for (const h of ['bogus', 'latency=abc', 'latency=5=6']) {
      const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } }, { headers: { 'x-mock-fault': h } });
      expect(r.body.err_msg).toBe('MOCK-E091 模拟故障设置无效：x-mock-fault 可用：latency, no-reply, lost-after-commit, infcode, infcode-empty, http-5xx, malformed-json[=毫秒或状态码]');
    }
    const reg = await c.call('2201', {}, { headers: { 'x-mock-fault': 'bogus' }, insuplc: p.insuplc });
    expect(reg.body.err_msg).toMatch(/^MOCK-E091/);
    expect(platform.state.messages.size).toBe(1);
  });
});

describe('message registry (maxMessages, maxMessageBytes)', () => {
  it('caps the registry by bytes as well as by count, evicting the oldest', async () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(64 * 1024 * 1024);
    const pf = new MockPlatform({ requireSignIn: false, maxMessageBytes: 2_000_000 });
    const c = new PlatformClient('http://x.mock');
    const bodies: string[] = [];
    for (let i = 0; i < 12; i++) {
      const body = JSON.stringify({ ...c.envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: '420106198608180011' } }), pad: 'x'.repeat(200_000) });
      bodies.push(body);
      await pf.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => null, body });
    }
    expect(pf.state.messageBytes).toBeLessThanOrEqual(2_000_000);
    expect(pf.state.messages.size).toBeLessThan(12);
    const replay = async (b: string) => (await pf.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => null, body: b }) as { headers: Record<string, string> }).headers['x-mock-replay'];
    expect(await replay(bodies[11]!)).toBe('1');
    expect(await replay(bodies[0]!)).toBeUndefined();
  });
});
