import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../../mocks/server.ts';
import type { MockServerHandle } from '../../../mocks/server.ts';
import type { SessionConfig } from '../../../sdk/session/types.ts';
import { buildEnvelope } from '../../../sdk/transport/buildEnvelope.ts';
import { createMsgid } from '../../../sdk/transport/createMsgid.ts';
import { createPlatformClient } from '../../../sdk/transport/createPlatformClient.ts';
import { readReply } from '../../../sdk/transport/readReply.ts';
import { platformError, redact } from '../../../sdk/transport/sdkError.ts';
import { decodeUrl, sendBody } from '../../../sdk/transport/sendBody.ts';
import { mockTransport, persona } from '../session/mockTransport.ts';

// 2026-06-15 10:00:00 CST.
const T = Date.parse('2026-06-15T02:00:00Z');
const base: SessionConfig = { mode: 'pharmacy', fixmedins_code: 'P31010600033', opter: 'OP1', mdtrtarea_admvs: '310106', now: () => new Date(T) };

describe('createMsgid', () => {
  it('has the spec shape: institution code (12) + yyyyMMddHHmmss (CST) + 4 digits (platform-api §2.1)', () => {
    const id = createMsgid('H31010600011', new Date(T));
    expect(id).toMatch(/^H31010600011202606151000\d{6}$/);
    expect(id).toHaveLength(30);
  });

  it('never repeats within one second for 10,000 messages', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createMsgid('H31010600011', new Date(T))));
    expect(ids.size).toBe(10_000);
  });
});

describe('buildEnvelope', () => {
  it('fills the 14 envelope fields from the config, inf_time in CST', () => {
    const env = buildEnvelope({ ...base, opter_name: '收款员' }, { infno: '1101', msgid: 'M', now: new Date(T), signNo: 'S', insuplc: '', input: { data: {} } });
    expect(env).toEqual({
      infno: '1101', msgid: 'M', mdtrtarea_admvs: '310106', insuplc_admdvs: '', recer_sys_code: 'YBXT', infver: 'V1.0', opter_type: '1',
      opter: 'OP1', opter_name: '收款员', inf_time: '2026-06-15 10:00:00', fixmedins_code: 'P31010600033', fixmedins_name: 'P31010600033',
      sign_no: 'S', input: { data: {} },
    });
  });
});

describe('readReply', () => {
  it('accepts infcode as number or string (platform-api §2.2)', () => {
    expect(readReply('1101', { infcode: 0, output: { a: 1 } })).toEqual({ ok: true, output: { a: 1 } });
    expect(readReply('1101', { infcode: '0', output: null })).toEqual({ ok: true, output: {} });
  });

  it('maps infcode -1 to PLATFORM_REJECTED with the platform code; an empty err_msg is retryable', () => {
    const r = readReply('2207', { infcode: -1, err_msg: 'MOCK-E041 结算金额与预结算不一致：inscp_scp_amt' });
    expect(r).toMatchObject({ ok: false, unreadable: false, error: { code: 'PLATFORM_REJECTED', infno: '2207', platformCode: 'MOCK-E041', retryable: false } });
    expect(readReply('2401', { infcode: -1, err_msg: '' })).toMatchObject({ ok: false, error: { retryable: true } });
  });

  it('marks a body without infcode unreadable', () => {
    expect(readReply('2207', '<html>')).toMatchObject({ ok: false, unreadable: true, error: { code: 'BAD_REPLY' } });
  });
});

describe('platformError', () => {
  it('keeps ID-shaped numbers out of the message', () => {
    const e = platformError('1101', '人员 420106198608180011 未参保');
    expect(e.message).not.toContain('420106198608180011');
    expect(JSON.stringify(e)).not.toContain('198608180011');
    expect(redact('MOCK-E030 未备案')).toBe('MOCK-E030 未备案');
  });
});

describe('decodeUrl', () => {
  it('derives the decode path from the Style A endpoint (same gateway base)', () => {
    expect(decodeUrl({ ...base, endpoint: 'http://h:1/gw/fsi/api/rsfComIfsService/callService' })).toBe('http://h:1/gw/fsi/api/hsecfc/localQrCodeQuery');
    expect(decodeUrl({ ...base, endpoint: 'http://h:1/x', decodeEndpoint: 'http://d/q' })).toBe('http://d/q');
  });
});

describe('createPlatformClient', () => {
  it('signs in with 9001 once per operator and day, then reuses the sign_no', async () => {
    const m = mockTransport({ now: () => T });
    let now = T;
    const c = createPlatformClient({ ...base, transport: m.transport, now: () => new Date(now) });
    const p = persona(m.platform, 'pharmacy-ec');
    for (let i = 0; i < 3; i++) expect((await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } })).ok).toBe(true);
    expect(m.sent.get('9001')).toBe(1);
    now = T + 24 * 3600_000;
    m.platform.options.now = () => now;
    expect((await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } })).ok).toBe(true);
    expect(m.sent.get('9001')).toBe(2);
    const other = createPlatformClient({ ...base, opter: 'OP2', transport: m.transport, now: () => new Date(now) });
    await other.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } });
    expect(m.sent.get('9001')).toBe(3);
  });

  it('shares one 9001 between calls that start together', async () => {
    const m = mockTransport({ now: () => T });
    const c = createPlatformClient({ ...base, transport: m.transport });
    const p = persona(m.platform, 'pharmacy-ec');
    await Promise.all([1, 2, 3].map(() => c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } })));
    expect(m.sent.get('9001')).toBe(1);
  });

  it('sends no 9001 when the host gives a sign_no', async () => {
    const m = mockTransport({ now: () => T, requireSignIn: false });
    const c = createPlatformClient({ ...base, transport: m.transport, sign_no: 'HOST-SIGN' });
    const p = persona(m.platform, 'pharmacy-ec');
    expect((await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } })).ok).toBe(true);
    expect(m.sent.get('9001')).toBeUndefined();
  });

  it('signs in again once when the platform refuses the remembered sign_no (MOCK-E010)', async () => {
    const m = mockTransport({ now: () => T });
    const memory = new Map<string, string>([[`sign|${base.fixmedins_code}|OP1|2026-06-15`, 'STALE-SIGN-NO']]);
    const c = createPlatformClient({ ...base, transport: m.transport }, { getMeta: async (k) => memory.get(k), setMeta: async (k, v) => void memory.set(k, v) });
    const p = persona(m.platform, 'pharmacy-ec');
    expect((await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } })).ok).toBe(true);
    expect(m.sent.get('9001')).toBe(1);
    expect(memory.get(`sign|${base.fixmedins_code}|OP1|2026-06-15`)).not.toBe('STALE-SIGN-NO');
  });

  it('decodes an e-certificate QR to its ecToken, and answers the recorded text for other codes (§1.4)', async () => {
    const m = mockTransport({ now: () => T });
    const c = createPlatformClient({ ...base, transport: m.transport });
    const p = persona(m.platform, 'pharmacy-ec');
    expect(await c.decode(p.ec_qr)).toMatchObject({ ok: true, ecToken: p.ec_token });
    expect(await c.decode('hello')).toMatchObject({ ok: false, error: { code: 'PLATFORM_REJECTED', platformCode: '500159', text: { zh: '请使用医保电子凭证二维码' } } });
  });
});

describe('sendBody', () => {
  let server: MockServerHandle;
  beforeAll(async () => {
    server = await startMockServer({ seed: 3 });
  });
  afterAll(() => server.close());
  const env = () => buildEnvelope(base, { infno: '9001', msgid: createMsgid('P31010600033', new Date()), now: new Date(), signNo: '', insuplc: '', input: { signIn: { opter_no: 'OP1', ip: '0.0.0.0' } } });

  it('posts to the Style A endpoint and reads the JSON reply', async () => {
    const out = await sendBody({ ...base, endpoint: `${server.url}/fsi/api/rsfComIfsService/callService` }, env(), { service: 'callService', infno: '9001' });
    expect(out.kind).toBe('reply');
    expect(out.kind === 'reply' && readReply('9001', out.reply).ok).toBe(true);
  });

  it('reports no reply, HTTP 5xx and a timeout as unclear; a refused connection too', async () => {
    const cfg = { ...base, endpoint: `${server.url}/fsi/api/rsfComIfsService/callService`, timeoutMs: 200 };
    for (const kind of ['no-reply', 'http-5xx', 'malformed-json', 'latency=1000']) {
      await fetch(`${server.url}/__mock__/scenario`, { method: 'POST', body: JSON.stringify({ rules: [{ kind: kind.split('=')[0], ...(kind.includes('=') ? { delayMs: 1000 } : {}), infno: '9001', nth: 1 }] }) });
      const out = await sendBody(cfg, env(), { service: 'callService', infno: '9001' });
      expect(out.kind, kind).toBe('unclear');
    }
    expect((await sendBody({ ...base, endpoint: 'http://127.0.0.1:9/x', timeoutMs: 500 }, env(), { service: 'callService', infno: '9001' })).kind).toBe('unclear');
  });

  it('reports a host transport that never answers as unclear after timeoutMs', async () => {
    const out = await sendBody({ ...base, transport: () => new Promise(() => {}), timeoutMs: 30 }, env(), { service: 'callService', infno: '9001' });
    expect(out).toMatchObject({ kind: 'unclear', error: { code: 'NETWORK', message: expect.stringContaining('30 ms') } });
  });

  it('reports a host transport that rejects as unclear', async () => {
    const out = await sendBody({ ...base, transport: () => Promise.reject(new Error('x')) }, env(), { service: 'callService', infno: '9001' });
    expect(out).toMatchObject({ kind: 'unclear', error: { code: 'NETWORK', retryable: true } });
  });
});
