import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import fc from 'fast-check';
import envelopes from '../fixtures/platform/envelopes.json' with { type: 'json' };
import paths from '../fixtures/platform/service-paths.json' with { type: 'json' };
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { BASE, persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { CALL_SERVICE, HOSPITAL, PlatformClient } from './support/platformClient.ts';

const { server, platform } = useMockPlatform();

describe('response envelope', () => {
  it('answers every §2.2 field with infcode as a number and 17-char timestamps', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.call('9001', { signIn: { opter_no: 'OP001', ip: '127.0.0.1' } });
    expect(Object.keys(r.body).sort()).toEqual([...envelopes.response.fields].sort());
    expect(r.body.infcode).toBe(0);
    expect(r.body.refmsg_time).toMatch(/^\d{17}$/);
    expect(r.body.respond_time >= r.body.refmsg_time).toBe(true);
    expect(r.body.inf_refmsgid).toMatch(/^310000\d{14}\d{10}$/);
    expect(r.body.err_msg).toBeNull();
    expect(r.headers.get('x-mock-extension')).toBeNull();
  });

  it('marks mock-invented errors with x-mock-extension and a MOCK-E prefix', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'x' } });
    expect(r.body.infcode).toBe(-1);
    expect(r.body.err_msg).toBe(errors.mock['MOCK-E010']);
    expect(r.headers.get('x-mock-extension')).toBe('1');
  });
});

describe('request envelope validation', () => {
  it.each(envelopes.request.required.filter((f) => f !== 'input'))('names the missing field %s (MOCK-E001)', async (field) => {
    const c = new PlatformClient(BASE);
    const env = c.envelope('9001', { signIn: { opter_no: 'OP001', ip: '127.0.0.1' } });
    delete env[field];
    const r = await c.post(CALL_SERVICE, env);
    expect(r.status).toBe(200);
    expect(r.body.infcode).toBe(-1);
    expect(r.body.err_msg).toMatch(new RegExp(`^MOCK-E001 报文格式错误：${field}`));
  });

  it.each(Object.entries(envelopes.request.maxLength))('refuses %s longer than %i characters', async (field, max) => {
    const c = new PlatformClient(BASE);
    const env = { ...c.envelope('9001', { signIn: { opter_no: 'OP001', ip: '127.0.0.1' } }), [field]: '9'.repeat(max + 1) };
    const r = await c.post(CALL_SERVICE, env);
    expect(r.body.infcode).toBe(-1);
    expect(r.body.err_msg).toContain(field);
  });

  it('refuses an inf_time not in yyyy-MM-dd HH:mm:ss', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.post(CALL_SERVICE, { ...c.envelope('9001', {}), inf_time: '2025/06/16 10:00' });
    expect(r.body.err_msg).toBe('MOCK-E001 报文格式错误：inf_time 格式错误，应为真实的日期时间 yyyy-MM-dd HH:mm:ss（也接受 yyyy-MM-dd 与 ISO 8601）');
  });

  it('names the input field that fails (MOCK-E004)', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.call('9001', { signIn: { opter_no: 'OP001' } });
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.signIn.ip 必填');
  });

  it('refuses a body that is not JSON (MOCK-E005)', async () => {
    const r = await fetch(`${BASE}${CALL_SERVICE}`, { method: 'POST', body: '{"infno":' });
    const body = await r.json();
    expect(body.infcode).toBe(-1);
    expect(body.err_msg).toMatch(/^MOCK-E005/);
  });

  it('refuses an unknown infno (MOCK-E002)', async () => {
    const c = await signedClient();
    const r = await c.call('3101', { data: {} });
    expect(r.body.err_msg).toBe('MOCK-E002 交易不支持：3101');
  });

  it('refuses encryption (enc_type set) with MOCK-E002', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.post(CALL_SERVICE, { ...c.envelope('9001', { signIn: { opter_no: 'O', ip: '1' } }), enc_type: 'SM4' });
    expect(r.body.err_msg).toMatch(/^MOCK-E002 交易不支持：enc_type SM4/);
  });

  it('checks the strict msgid shape only when asked', async () => {
    const c = new PlatformClient(BASE);
    const loose = await c.call('9001', { signIn: { opter_no: 'O', ip: '1' } }, { msgid: 'SHENZHEN-TEST-123' });
    expect(loose.body.infcode).toBe(0);
    const strict = new (await import('../../mocks/platform/MockPlatform.ts')).MockPlatform({ strictMsgid: true });
    server.use(http.post(`${BASE}/strict${CALL_SERVICE}`, async ({ request }) => {
      const reply = await strict.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => null, body: await request.text() });
      return reply?.kind === 'reply' ? new HttpResponse(reply.body as string) : HttpResponse.error();
    }));
    const bad = await c.post(`/strict${CALL_SERVICE}`, c.envelope('9001', { signIn: { opter_no: 'O', ip: '1' } }, { msgid: 'SHENZHEN-TEST-123' }));
    expect(bad.body.err_msg).toBe('MOCK-E001 报文格式错误：msgid');
    const good = await c.post(`/strict${CALL_SERVICE}`, c.envelope('9001', { signIn: { opter_no: 'O', ip: '1' } }));
    expect(good.body.infcode).toBe(0);
  });

  it('never answers HTTP 500 nor crashes on arbitrary JSON', async () => {
    const c = new PlatformClient(BASE);
    await fc.assert(fc.asyncProperty(
      fc.oneof(fc.anything(), fc.record({ infno: fc.constantFrom('2207', '2204', '1101', '9001', 'MX5502'), input: fc.anything() }, { requiredKeys: [] })),
      async (junk) => {
        const base = typeof junk === 'object' && junk !== null && !Array.isArray(junk) ? { ...c.envelope('2207', {}), ...junk } : junk;
        const r = await fetch(`${BASE}${CALL_SERVICE}`, { method: 'POST', body: JSON.stringify(base) ?? 'null' });
        expect(r.status).toBe(200);
        const body = await r.json();
        expect(body.infcode).toBe(-1);
        expect(body.err_msg).toMatch(/^MOCK-E0/);
      },
    ), { numRuns: 60 });
  });
});

describe('business input fuzzing', () => {
  it('answers every signed-in transaction with random input by infcode, never MOCK-E099', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.constant(null), fc.constantFrom('2025-02-31 10:00:00', '-1', '0000', p.psn_no, '310', '02', '11'));
    const node = fc.dictionary(fc.constantFrom('psn_no', 'mdtrt_id', 'insutype', 'med_type', 'begntime', 'medfee_sumamt', 'cnt', 'pric', 'setl_id', 'chrg_bchno', 'mdtrt_cert_type', 'mdtrt_cert_no', 'omsgid', 'oinfno', 'feedetl_sn'), value);
    const infnos = ['1101', '2001', '2201', '2203', '2204', '2205', '2206', '2207', '2208', '2301', '2302', '2303', '2304', '2305', '2401', '2402', '2101', '2102', '2103', '2601', '3201', '3202', '9101', '9102', '1301', 'MX5501', 'MX5502', 'MX5503', 'MX5504', 'MX5511'];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...infnos), fc.constantFrom('data', 'feedetail', 'mdtrtinfo', 'druginfo', 'drugdetail', 'fsUploadIn'), fc.oneof(node, fc.array(node, { maxLength: 3 })), async (infno, key, n) => {
      const r = await c.call(infno, { [key]: n, data: n }, { insuplc: p.insuplc });
      expect(r.status).toBe(200);
      expect([0, -1]).toContain(r.body.infcode);
      expect(r.body.err_msg ?? '').not.toMatch(/MOCK-E099/);
    }), { numRuns: 150 });
  });
});

describe('endpoint styles', () => {
  it.each(Object.entries(paths.paths))('routes %s by its per-service path', async (infno, path) => {
    const c = new PlatformClient(BASE);
    const r = await c.post(path, c.envelope(infno, {}));
    // Routed to the transaction: the error is about sign-in or input, never "unsupported".
    expect(r.body.infcode).not.toBeUndefined();
    expect(r.body.err_msg ?? '').not.toMatch(/^MOCK-E002/);
  });

  it('refuses a body whose infno disagrees with the path (MOCK-E002)', async () => {
    const c = new PlatformClient(BASE);
    const r = await c.post(paths.paths['2207'], c.envelope('2208', {}));
    expect(r.body.err_msg).toBe('MOCK-E002 交易不支持：2208 与服务路径 2207 不一致');
  });

  it.each(paths.styleAOnly.infnos)('serves %s through the single endpoint only', async (infno) => {
    const r = await fetch(`${BASE}/fsi/api/pharmacy/${infno}`, { method: 'POST', body: '{}' }).catch(() => null);
    expect(r).toBeNull(); // unhandled by the mock → msw onUnhandledRequest 'error'
  });

  it('answers on a configurable gateway base path', async () => {
    const { createMockHandlers } = await import('../../mocks/handlers.ts');
    const { handlers } = createMockHandlers({ baseUrl: 'https://gw.example/ebus/rio_fsi' });
    server.use(...handlers);
    const c = new PlatformClient('https://gw.example/ebus/rio_fsi', HOSPITAL);
    await c.signIn();
    expect(c.signNo).toMatch(/^310000\d{24}$/);
  });
});

describe('idempotency by msgid', () => {
  it('replays the stored answer for the same msgid and body', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const env = c.envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } });
    const a = await c.post(CALL_SERVICE, env);
    const b = await c.post(CALL_SERVICE, env);
    expect(b.body).toEqual(a.body);
    expect(b.headers.get('x-mock-replay')).toBe('1');
  });

  it('refuses the same msgid with a different body (MOCK-E003)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const env = c.envelope('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } });
    await c.post(CALL_SERVICE, env);
    const r = await c.post(CALL_SERVICE, { ...env, opter_name: '另一个人' });
    // The msgid is not quoted back: err_msg never echoes client values.
    expect(r.body.err_msg).toBe(`${errors.mock['MOCK-E003']}：该 msgid 已用于另一报文`);
  });
});

describe('gateway auth (static key, optional)', () => {
  it('answers MOCK-E011 with HTTP 401 without the key', async () => {
    const { MockPlatform } = await import('../../mocks/platform/MockPlatform.ts');
    const p = new MockPlatform({ auth: { apikey: 'k' } });
    const body = JSON.stringify(new PlatformClient(BASE).envelope('9001', { signIn: { opter_no: 'O', ip: '1' } }));
    const no = await p.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => null, body });
    expect(no).toMatchObject({ kind: 'reply', status: 401 });
    const yes = await p.dispatch({ method: 'POST', url: CALL_SERVICE, header: (n) => (n === 'apikey' ? 'k' : null), body });
    expect(yes).toMatchObject({ kind: 'reply', status: 200 });
  });
});
