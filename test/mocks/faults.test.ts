import { describe, expect, it } from 'vitest';
import { MockPlatform } from '../../mocks/platform/MockPlatform.ts';
import { BASE, persona, signedClient, steppingClock, useMockPlatform } from './support/mockEnv.ts';
import { prepareOutpatient } from './support/flows.ts';
import { CALL_SERVICE, PlatformClient } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function ready() {
  const c = await signedClient();
  const p = persona(platform, 'outpatient-employee');
  const prep = await prepareOutpatient(c, p);
  if ('failed' in prep) throw new Error('prep');
  return { c, p, prep, env: c.envelope('2207', prep.settleInput, { insuplc: p.insuplc }) };
}

const control = (path: string, init?: RequestInit) => fetch(`${BASE}/__mock__/${path}`, init).then(async (r) => ({ status: r.status, headers: r.headers, body: await r.json() }));

describe('fault header x-mock-fault', () => {
  it('delays with latency=ms and still answers', async () => {
    const { c, env } = await ready();
    const t = performance.now();
    const r = await c.post(CALL_SERVICE, env, { 'x-mock-fault': 'latency=60' });
    expect(performance.now() - t).toBeGreaterThanOrEqual(55);
    expect(r.body.infcode).toBe(0);
  });

  it('drops the request with no-reply: nothing is processed, a retry of the same msgid settles once', async () => {
    const { c, env } = await ready();
    await expect(c.post(CALL_SERVICE, env, { 'x-mock-fault': 'no-reply' })).rejects.toThrow();
    expect(platform.state.settlements.size).toBe(0);
    const r = await c.post(CALL_SERVICE, env);
    expect(r.body.infcode).toBe(0);
    expect(platform.state.settlements.size).toBe(1);
  });

  it('loses the reply after commit: the retry replays the committed answer, never settles twice', async () => {
    const { c, env } = await ready();
    await expect(c.post(CALL_SERVICE, env, { 'x-mock-fault': 'lost-after-commit' })).rejects.toThrow();
    expect(platform.state.settlements.size).toBe(1);
    const r = await c.post(CALL_SERVICE, env);
    expect(r.headers.get('x-mock-replay')).toBe('1');
    expect(r.body.output.setlinfo.setl_id).toBe([...platform.state.settlements.keys()][0]);
    expect(platform.state.settlements.size).toBe(1);
    expect(platform.state.ledger).toHaveLength(1);
  });

  it('answers infcode -1 with MOCK-E090, or with an empty err_msg, without processing', async () => {
    const { c, env } = await ready();
    const a = await c.post(CALL_SERVICE, env, { 'x-mock-fault': 'infcode' });
    expect(a.body).toMatchObject({ infcode: -1, err_msg: 'MOCK-E090 模拟故障：中心系统繁忙，请稍后重试' });
    expect(a.headers.get('x-mock-extension')).toBe('1');
    const b = await c.post(CALL_SERVICE, env, { 'x-mock-fault': 'infcode-empty' });
    expect(b.body).toMatchObject({ infcode: -1, err_msg: '' });
    expect(platform.state.settlements.size).toBe(0);
  });

  it('answers HTTP 5xx from the "gateway" and malformed JSON', async () => {
    const { c, env } = await ready();
    const g = await c.post(CALL_SERVICE, env, { 'x-mock-fault': 'http-5xx=504' });
    expect(g.status).toBe(504);
    expect(g.headers.get('x-mock-extension')).toBe('1');
    const m = await c.post(CALL_SERVICE, env, { 'x-mock-fault': 'malformed-json' });
    expect(m.status).toBe(200);
    expect(() => JSON.parse(m.body as string)).toThrow();
    expect(platform.state.settlements.size).toBe(0);
  });
});

describe('/__mock__/ scenario API', () => {
  it('fires a rule on the nth matching call only', async () => {
    const set = await control('scenario', { method: 'POST', body: JSON.stringify({ rules: [{ kind: 'infcode', infno: '1101', nth: 2 }] }) });
    expect(set.body).toMatchObject({ ok: true, rules: [{ kind: 'infcode', infno: '1101', nth: 2 }] });
    expect(set.headers.get('x-mock-extension')).toBe('1');
    const c = await signedClient();
    const data = { data: { mdtrt_cert_type: '02', mdtrt_cert_no: persona(platform, 'referral').certno } };
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await c.call('1101', data)).body.infcode);
    expect(codes).toEqual([0, -1, 0]);
    expect((await control('scenario')).body.rules).toHaveLength(1);
    expect((await control('scenario', { method: 'DELETE' })).body).toEqual({ ok: true, rules: [], random: null });
  });

  it('limits a rule to one person', async () => {
    const p = persona(platform, 'referral');
    await control('scenario', { method: 'POST', body: JSON.stringify({ rules: [{ kind: 'http-5xx', psn_no: p.psn_no, status: 503 }] }) });
    const c = await signedClient();
    expect((await c.call('2001', { data: { psn_no: p.psn_no } }, { insuplc: p.insuplc })).status).toBe(503);
    expect((await c.call('2001', { data: { psn_no: 'other' } }, { insuplc: p.insuplc })).status).toBe(200);
  });

  it('refuses a malformed scenario with HTTP 400 naming the field', async () => {
    const r = await control('scenario', { method: 'POST', body: JSON.stringify({ rules: [{ kind: 'explode' }] }) });
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('MOCK-E004 交易输入校验失败：scenario.rules[0].kind 取值不在字典范围（可用：latency, no-reply, lost-after-commit, infcode, infcode-empty, http-5xx, malformed-json）');
  });

  it('resets the store and lists personas, state and ledger', async () => {
    const { c, env } = await ready();
    await c.post(CALL_SERVICE, env);
    const ledger = await control('ledger?fixmedins_code=H31010600011');
    expect(ledger.body.totals).toMatchObject({ medfee_sumamt: 83.8, fixmedins_setl_cnt: 1 });
    expect(ledger.body.byFund.map((f: { fund_pay_type: string }) => f.fund_pay_type)).toEqual(['310100', '310200']);
    expect(ledger.body.byClearing).toEqual([expect.objectContaining({ insutype: '310', clr_type: '11', setl_optins: '310199' })]);
    expect((await control('state')).body.settlements).toBe(1);
    expect((await control('reset', { method: 'POST', body: '{"seed":5}' })).body).toMatchObject({ ok: true, seed: 5 });
    expect((await control('state')).body.settlements).toBe(0);
    expect((await control('personas')).body.personas.length).toBeGreaterThanOrEqual(10);
    expect((await control('nope')).status).toBe(404);
  });
});

describe('random faults', () => {
  it('are the same sequence for the same seed', async () => {
    const run = async (seed: number) => {
      const p = new MockPlatform({ seed, now: steppingClock(), faults: { random: { rate: 0.5, kinds: ['infcode', 'http-5xx', 'malformed-json'] } } });
      const c = new PlatformClient(BASE);
      const out: string[] = [];
      for (let i = 0; i < 40; i++) {
        const reply = await p.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => null, body: JSON.stringify(c.envelope('9001', { signIn: { opter_no: 'O', ip: '1' } }, { msgid: `M${seed}-${i}` })) });
        out.push(reply?.kind === 'reply' ? `${reply.status}:${String(reply.body).slice(0, 12)}` : 'drop');
      }
      return out;
    };
    const a = await run(42);
    expect(await run(42)).toEqual(a);
    expect(await run(43)).not.toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(2);
  });
});
