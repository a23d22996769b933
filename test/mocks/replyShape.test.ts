/**
 * Reply shapes where recorded real replies and the interface reference differ (issue 7), each a
 * deliberate default with an option (`replyShape`): null outputs, failure envelopes,
 * output-level `expContent`, `clr_type` in pre-settlement, a decimal `age`.
 */
import { describe, expect, it } from 'vitest';
import { MockPlatform } from '../../mocks/platform/MockPlatform.ts';
import type { MockOptions } from '../../mocks/platform/types.ts';
import { ageYearsOn } from '../../mocks/settlement/buildCoreInputs.ts';
import { T0, persona, signedClient, steppingClock, useMockPlatform } from './support/mockEnv.ts';
import { prepareInpatient, prepareOutpatient, register } from './support/flows.ts';
import { CALL_SERVICE, PlatformClient } from './support/platformClient.ts';

const { platform } = useMockPlatform();

/** A platform with other options, answering through `dispatch` (no msw). */
function other(options: MockOptions) {
  const pf = new MockPlatform({ seed: 1, now: steppingClock(), ...options });
  const client = new PlatformClient('http://other.mock', undefined, 'OP001', async (url, init) => {
    const reply = await pf.dispatch({ method: 'POST', url: String(url), header: () => null, body: String(init!.body) });
    if (!reply || reply.kind !== 'reply') throw new Error('no reply');
    return new Response(reply.body as BodyInit, { status: reply.status, headers: reply.headers });
  });
  return { pf, client };
}

describe('replyShape.emptyOutput', () => {
  it('answers output null for a transaction without output nodes (2202), as recorded', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const reg = await register(c, p);
    const r = await c.call('2202', { data: { psn_no: p.psn_no, mdtrt_id: reg.body.output.data.mdtrt_id, ipt_otp_no: 'X' } }, { insuplc: p.insuplc });
    expect(r.body).toMatchObject({ infcode: 0, err_msg: null });
    expect(r.body.output).toBeNull();
  });

  it("answers {} with emptyOutput 'object' (the reference's table)", async () => {
    const { pf, client } = other({ replyShape: { emptyOutput: 'object' } });
    await client.signIn();
    const p = persona(pf, 'outpatient-employee');
    const reg = await register(client, p);
    const r = await client.call('2202', { data: { psn_no: p.psn_no, mdtrt_id: reg.body.output.data.mdtrt_id, ipt_otp_no: 'X' } }, { insuplc: p.insuplc });
    expect(r.body.output).toEqual({});
  });
});

describe('replyShape.failure', () => {
  it('answers failures with inf_refmsgid and output null, as recorded', async () => {
    const c = await signedClient();
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'NOBODY' } });
    expect(r.body).toMatchObject({ infcode: -1, inf_refmsgid: null, output: null, err_msg: 'MOCK-E020 未查询到参保信息' });
    const env = await c.post(CALL_SERVICE, { ...c.envelope('1101', {}), infno: 12 });
    expect(env.body).toMatchObject({ infcode: -1, inf_refmsgid: null, output: null });
  });

  it("fills in an inf_refmsgid and {} with failure 'filled'", async () => {
    const { client } = other({ replyShape: { failure: 'filled' } });
    await client.signIn();
    const r = await client.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'NOBODY' } });
    expect(r.body.inf_refmsgid).toMatch(/^310000\d{24}$/);
    expect(r.body.output).toEqual({});
  });
});

describe('replyShape.expContent', () => {
  it('puts expContent: null beside setlinfo in 2206, 2207 and 2208 (Hebei replies)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error('flow failed');
    expect(prep.pre.body.output).toHaveProperty('expContent', null);
    const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
    expect(s.body.output).toHaveProperty('expContent', null);
    const setl = s.body.output.setlinfo;
    const rv = await c.call('2208', { data: { setl_id: setl.setl_id, mdtrt_id: setl.mdtrt_id, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    expect(Object.keys(rv.body.output).sort()).toEqual(['expContent', 'setldetail', 'setlinfo']);
  });

  it('leaves it out with expContent false, and never adds it to 2303', async () => {
    const { pf, client } = other({ replyShape: { expContent: false } });
    await client.signIn();
    const prep = await prepareOutpatient(client, persona(pf, 'outpatient-employee'));
    if ('failed' in prep) throw new Error('flow failed');
    expect(prep.pre.body.output).not.toHaveProperty('expContent');
    const c = await signedClient();
    const inp = await prepareInpatient(c, persona(platform, 'retiree-relocated'));
    if ('failed' in inp) throw new Error('flow failed');
    expect(inp.pre.body.output).not.toHaveProperty('expContent');
  });
});

describe('settlementOutput', () => {
  it('carries clr_type in pre-settlement (2206 "11", 2303 "21") with clr_way and clr_optins null', async () => {
    const c = await signedClient();
    const out = await prepareOutpatient(c, persona(platform, 'outpatient-employee'));
    if ('failed' in out) throw new Error('flow failed');
    expect(out.pre.body.output.setlinfo).toMatchObject({ clr_type: '11', clr_way: null, clr_optins: null, setl_id: null });
    const inp = await prepareInpatient(c, persona(platform, 'retiree-relocated'));
    if ('failed' in inp) throw new Error('flow failed');
    expect(inp.pre.body.output.setlinfo).toMatchObject({ clr_type: '21', clr_way: null, clr_optins: null });
  });
});

describe('ageYearsOn', () => {
  it.each([
    ['1986-08-18', '2025-06-16', 38.8],
    ['1986-08-18', '2025-08-18', 39],
    ['1986-08-18', '2025-08-17', 38.9],
    ['1975-04-04', '2025-06-16', 50.2],
    ['2000-02-29', '2025-03-01', 25],
  ])('gives %s on %s as %d (number 4,1 like the recorded 50.2)', (brdy, date, age) => {
    expect(ageYearsOn(brdy, date)).toBe(age);
  });

  it('sends 1101 baseinfo.age with its tenths', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } });
    expect(r.body.output.baseinfo.age).toBe(ageYearsOn('1986-08-18', new Date(T0 + 8 * 3600_000).toISOString().slice(0, 10)));
    expect(r.body.output.baseinfo.age).toBe(38.8);
  });
});
