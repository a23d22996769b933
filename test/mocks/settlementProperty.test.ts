/**
 * Property: random sequences of settle (2207), revoke (2208), retry and reversal (2601) under
 * injected faults → 3201 totals always equal what the client knows was committed, and no fee
 * batch is ever settled twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MockPlatform } from '../../mocks/platform/MockPlatform.ts';
import { FAULT_KINDS } from '../../mocks/faults/FaultPlan.ts';
import { prepareOutpatient, setFlowClock } from './support/flows.ts';
import { BASE, T0, steppingClock } from './support/mockEnv.ts';
import { CALL_SERVICE, HOSPITAL, PlatformClient } from './support/platformClient.ts';

beforeAll(() => setFlowClock(() => T0));
afterAll(() => setFlowClock(Date.now));

/** fetch over platform.dispatch: a dropped reply is a network error, as in every runtime. */
function fetchVia(platform: MockPlatform): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const reply = await platform.dispatch({ method: init?.method ?? 'GET', url, header: (n) => headers.get(n), body: String(init?.body ?? '') });
    if (!reply || reply.kind === 'drop') throw new TypeError('fetch failed (mock dropped the connection)');
    return new Response(reply.body as BodyInit, { status: reply.status, headers: reply.headers });
  }) as typeof fetch;
}

type Fault = (typeof FAULT_KINDS)[number] | 'none';
type Action =
  | { kind: 'settle'; batch: number; fault: Fault; recover: 'retry' | 'reverse' }
  | { kind: 'revoke'; batch: number; fault: Fault }
  | { kind: 'replay'; batch: number };

const fen = (x: number) => Math.round(x * 100);
const PERSONAS = ['outpatient-employee', 'referral', 'low-balance'];

async function runScenario(seed: number, actions: Action[], randomRate: number) {
  const platform = new MockPlatform({ seed, now: steppingClock(), faults: randomRate > 0 ? { random: { rate: randomRate, kinds: ['no-reply', 'lost-after-commit', 'infcode', 'http-5xx', 'malformed-json'], infnos: ['2207', '2208', '2601'] } } : {} });
  const c = new PlatformClient(BASE, HOSPITAL, 'OP001', fetchVia(platform));
  platform.setFaults({});
  await c.signIn();
  const batches = [];
  for (let i = 0; i < 4; i++) {
    const key = PERSONAS[i % PERSONAS.length]!;
    const pr = platform.state.personas.find((x) => x.key === key)!;
    const p = { psn_no: pr.psn_no, insutype: '310', insuplc: pr.insuinfo[0]!.insuplc_admdvs, certno: pr.certno };
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error(prep.failed!.body.err_msg);
    batches.push({ p, prep, lastSettleEnv: null as Record<string, unknown> | null, lastSettleBody: null as unknown, active: null as null | { setl_id: string } });
  }
  platform.setFaults(randomRate > 0 ? { random: { rate: randomRate, kinds: ['no-reply', 'lost-after-commit', 'infcode', 'http-5xx', 'malformed-json'], infnos: ['2207', '2208', '2601'] } } : {});

  // What the client knows was committed: signed fen sums and ledger rows.
  const known = { medfee: 0, fund: 0, acct: 0, rows: 0 };
  const add = (s: Record<string, number>, sign: 1 | -1) => {
    known.medfee += sign * Math.abs(fen(s.medfee_sumamt!));
    known.fund += sign * Math.abs(fen(s.fund_pay_sumamt!));
    known.acct += sign * Math.abs(fen(s.acct_pay!));
    known.rows += 1;
  };

  /** Sends once with a fault, then the same msgid until a definite platform answer. */
  async function definite(infno: string, input: Record<string, unknown>, insuplc: string, fault: Fault, msgid = c.nextMsgid()) {
    const env = c.envelope(infno, input, { insuplc, msgid });
    let first = true;
    for (let attempt = 0; attempt < 40; attempt++) {
      const headers: Record<string, string> = first && fault !== 'none' ? { 'x-mock-fault': fault } : {};
      first = false;
      try {
        const r = await c.post(CALL_SERVICE, env, headers);
        if (r.status !== 200 || typeof r.body !== 'object') continue; // 5xx / malformed: outcome unknown
        if (r.body.infcode === -1 && (r.body.err_msg === '' || String(r.body.err_msg).startsWith('MOCK-E090'))) continue; // injected
        return { body: r.body, msgid, env, lost: attempt > 0 };
      } catch {
        // dropped connection: outcome unknown, ask again with the same msgid
      }
    }
    throw new Error('no definite answer after 40 attempts');
  }

  for (const a of actions) {
    const b = batches[a.batch % batches.length]!;
    if (a.kind === 'settle') {
      if (a.recover === 'reverse' && a.fault !== 'none') {
        // Unknown outcome recovered by 2601 instead of a retry.
        const env = c.envelope('2207', b.prep.settleInput, { insuplc: b.p.insuplc });
        let outcome: 'ok' | 'fail' | 'unknown' = 'unknown';
        let body: Record<string, unknown> | null = null;
        try {
          const r = await c.post(CALL_SERVICE, env, { 'x-mock-fault': a.fault });
          if (r.status === 200 && typeof r.body === 'object' && !(r.body.infcode === -1 && (r.body.err_msg === '' || String(r.body.err_msg).startsWith('MOCK-E090')))) {
            outcome = r.body.infcode === 0 ? 'ok' : 'fail';
            body = r.body;
          }
        } catch { /* unknown */ }
        if (outcome === 'ok') {
          add((body as { output: { setlinfo: Record<string, number> } }).output.setlinfo, 1);
          b.active = { setl_id: String((body as { output: { setlinfo: { setl_id: string } } }).output.setlinfo.setl_id) };
        } else if (outcome === 'unknown') {
          const rv = await definite('2601', { data: { psn_no: b.p.psn_no, omsgid: env.msgid, oinfno: '2207' } }, b.p.insuplc, 'none');
          if (rv.body.infcode === 0) known.rows += 2; // committed then reversed: +x −x
          else expect(rv.body.err_msg).toMatch(/^MOCK-E06[01]/);
        }
        continue;
      }
      const r = await definite('2207', b.prep.settleInput, b.p.insuplc, a.fault);
      b.lastSettleEnv = r.env;
      b.lastSettleBody = r.body;
      if (r.body.infcode === 0) {
        expect(b.active).toBeNull();
        add(r.body.output.setlinfo, 1);
        b.active = { setl_id: r.body.output.setlinfo.setl_id };
      } else {
        expect(b.active).not.toBeNull(); // the only business refusal here: batch already settled
        expect(r.body.err_msg).toMatch(/^MOCK-E043/);
      }
    } else if (a.kind === 'revoke') {
      if (!b.active) continue;
      const r = await definite('2208', { data: { setl_id: b.active.setl_id, mdtrt_id: b.prep.mdtrtId, psn_no: b.p.psn_no } }, b.p.insuplc, a.fault);
      expect(r.body.infcode).toBe(0);
      add(r.body.output.setlinfo, -1);
      b.active = null;
    } else if (b.lastSettleEnv) {
      // The very same message again (same msgid, same body, inf_time included).
      const r = await c.post(CALL_SERVICE, b.lastSettleEnv).catch(() => null);
      if (r && r.status === 200 && typeof r.body === 'object' && r.body.err_msg !== '' && !String(r.body.err_msg ?? '').startsWith('MOCK-E090')) {
        expect(r.body).toEqual(b.lastSettleBody); // same msgid + same body → same answer
      }
    }
  }

  // Nothing settles twice: at most one active settlement per batch, matching the client's view.
  for (const b of batches) {
    const active = [...platform.state.settlements.values()].filter((s) => s.mdtrt_id === b.prep.mdtrtId && s.status === 'ACTIVE');
    expect(active.length).toBe(b.active ? 1 : 0);
  }
  // 3201 with what the client knows → 平.
  platform.setFaults({});
  const r = await definite('3201', { data: {
    insutype: '310', clr_type: '11', setl_optins: '310199', stmt_begndate: '2025-06-16', stmt_enddate: '2025-06-16',
    medfee_sumamt: known.medfee / 100, fund_pay_sumamt: known.fund / 100, acct_pay: known.acct / 100, fixmedins_setl_cnt: known.rows,
  } }, '', 'none');
  expect(r.body.output.stmtinfo.stmt_rslt_dscr).toBe('平');
}

const fault = fc.constantFrom<Fault>('none', 'none', ...FAULT_KINDS.filter((k) => k !== 'latency'));
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('settle' as const), batch: fc.nat(3), fault, recover: fc.constantFrom('retry' as const, 'reverse' as const) }),
  fc.record({ kind: fc.constant('revoke' as const), batch: fc.nat(3), fault }),
  fc.record({ kind: fc.constant('replay' as const), batch: fc.nat(3) }),
);

describe('settle / revoke / retry / reverse under faults', () => {
  it('keeps 3201 equal to the committed settlements and never settles a batch twice', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(action, { minLength: 1, maxLength: 18 }), fc.constantFrom(0, 0, 0.25), runScenario), { numRuns: 60 });
  }, 60_000);
});
