/**
 * Chaos in node: settlements until N succeed (env YIBAO_CHAOS_N, default 500; the full run is 10,000)
 * through the SDK's session and transaction layer against the in-process mock, with 10 % of the
 * platform's business requests faulted (no-reply, lost-after-commit, http-5xx, latency).
 * Mixed terminals: pharmacy and outpatient, unclear replies resolved by re-send or by 2601, 10 %
 * of settlements revoked, 0.5 % of confirms interrupted by a "reload" (a new session recovers).
 * Must hold: 0 double settlements; every intent's end state matches what the platform holds;
 * no attempt left pending; the mock's ledger and 3201 equal the SDK's own record to the fen.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../../mocks/faults/FaultPlan.ts';
import { mulberry32 } from '../../../mocks/util/mulberry32.ts';
import { createSession } from '../../../sdk/session/createSession.ts';
import type { CheckoutSession, SessionConfig, SessionState, Transport } from '../../../sdk/session/types.ts';
import { mockTransport, persona } from '../session/mockTransport.ts';
import { reconcile } from '../session/reconcile.ts';

const N = Number(process.env.YIBAO_CHAOS_N ?? 500);
const SEED = Number(process.env.YIBAO_CHAOS_SEED ?? 20261201);
const KINDS: FaultKind[] = ['no-reply', 'lost-after-commit', 'http-5xx', 'latency'];
const DRUGS = [
  ['XA10BAA001A001010100001', '12.5'], ['XC08CAA002A001010100002', '33.8'], ['XJ01DCA003A001010100003', '21.37'],
  ['ZA04BAA004B002020100004', '9.9'], ['XV99ZZZ010A001010100010', '58'], ['001102000010000', '40'],
] as const;

interface Intent {
  msgids: Set<string>;
  why?: string;
  end: SessionState['status'] | 'gave-up';
  how?: 'revoke' | 'reversal';
}

describe('chaos: settlements under 10 % faults', () => {
  it(`settles ${N} times with 0 double settlements and 3201 equal to the SDK record to the fen`, { timeout: Math.max(60_000, N * 40) }, async () => {
    // A clock that moves 40 ms per reading: msgids stay unique, everything happens on one CST day.
    let t = Date.parse('2026-06-15T01:00:00Z');
    const clock = () => (t += 40);
    const m = mockTransport({ seed: SEED, now: clock, faults: { random: { rate: 0.1, kinds: KINDS, delayMs: 1 } } });
    const faults = new Map<string, number>();
    const plan = (m.platform as unknown as { faults: { choose(i: string, p?: string): { kind: string } | null } }).faults;
    const choose = plan.choose.bind(plan);
    plan.choose = (i, p) => {
      const f = choose(i, p);
      if (f) faults.set(f.kind, (faults.get(f.kind) ?? 0) + 1);
      return f;
    };
    // The driver's own choices, deterministic by seed.
    const r = mulberry32(SEED);
    let hang = false;
    const inner = m.transport;
    // A "reload": the page dies while 2102 / 2207 is on the wire (it may or may not arrive).
    const transport: Transport = (body, route) => {
      if (hang && route.service === 'callService' && (route.infno === '2102' || route.infno === '2207')) {
        hang = false;
        if (r() < 0.5) void inner(body, route).catch(() => undefined);
        return new Promise(() => {});
      }
      return inner(body, route);
    };
    const base = { transport, opter: 'OP1', now: () => new Date(clock()), retryDelaysMs: [0, 0, 0, 0] };
    const pharmacyCfg = (how: 'resend' | 'reverse'): SessionConfig => ({ ...base, mode: 'pharmacy', fixmedins_code: 'P31010600033', mdtrtarea_admvs: '310106', unclearReply: how, dbName: 'chaos-pharmacy' });
    const outpatientCfg = (how: 'resend' | 'reverse'): SessionConfig => ({
      ...base, mode: 'outpatient', fixmedins_code: 'H31010600011', mdtrtarea_admvs: '310106', unclearReply: how, dbName: 'chaos-outpatient',
      institution: { level: 'L3', networkedMedTypes: ['GENERAL_OUTPATIENT'] },
    });
    const intents: Intent[] = [];
    let current: Intent | null = null;
    const watch = (s: CheckoutSession) => s.subscribe((st) => {
      if (!current) return;
      if (st.status === 'settling') current.msgids.add(st.attempt.msgid);
      if (st.status === 'settled' && st.revoking) current.msgids.add(st.revoking.msgid);
    });
    const terminals = new Map<string, CheckoutSession>();
    const terminal = (cfg: SessionConfig) => {
      const k = `${cfg.mode}|${cfg.unclearReply}`;
      let s = terminals.get(k);
      if (!s) {
        s = createSession(cfg);
        watch(s);
        terminals.set(k, s);
      }
      return s;
    };
    const pharmacyPeople = ['pharmacy-ec', 'low-balance', 'outpatient-employee'].map((k) => persona(m.platform, k));
    const outpatientPeople = ['outpatient-employee', 'low-balance'].map((k) => persona(m.platform, k));
    let reloads = 0;
    let revokes = 0;
    const started = Date.now();

    /** Resolves whatever is unclear on this terminal, like a cashier pressing 重试. */
    async function settle(s: CheckoutSession): Promise<SessionState> {
      let st = s.getState();
      for (let i = 0; i < 50 && ((st.status === 'settling' && st.attempt.unclear) || (st.status === 'settled' && st.revoking?.unclear)); i++) st = await s.resolve();
      return st;
    }

    let settledSoFar = 0;
    for (let n = 0; settledSoFar < N && n < 2 * N; n++) {
      const outpatient = r() < 0.3;
      const how = r() < 0.25 ? 'reverse' : 'resend';
      const cfg = outpatient ? outpatientCfg(how) : pharmacyCfg(how);
      let s = terminal(cfg);
      const people = outpatient ? outpatientPeople : pharmacyPeople;
      const p = people[Math.floor(r() * people.length)]!;
      const cart = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => {
        const [code, price] = DRUGS[Math.floor(r() * DRUGS.length)]!;
        return { id: `I${n}-${i}`, listCode: code, qty: 1 + Math.floor(r() * 3), unitPrice: price };
      });
      const intent: Intent = { msgids: new Set(), end: 'gave-up' };
      current = intent;
      intents.push(intent);
      s.reset();
      let st = s.getState();
      for (let i = 0; i < 20 && st.status !== 'verdict'; i++) {
        st = await s.identify(outpatient || r() < 0.5 ? { certType: '02', certNo: p.certno } : { certType: '01', qrCode: p.ec_qr });
      }
      for (let i = 0; i < 20 && st.status !== 'pre-settled'; i++) st = await s.presettle(cart);
      if (st.status !== 'pre-settled') {
        intent.why = `${st.status}: ${st.error?.code} ${st.error?.message}`;
        continue;
      }
      hang = r() < 0.005;
      if (hang) {
        void s.confirm();
        await new Promise((res) => setTimeout(res, 2));
        // The reloaded page: a new session over the same IndexedDB recovers the attempt.
        reloads++;
        s = createSession(cfg);
        watch(s);
        terminals.set(`${cfg.mode}|${cfg.unclearReply}`, s);
        st = await s.recover();
        st = await settle(s);
      } else {
        st = await s.confirm();
        for (let i = 0; i < 20; i++) {
          st = await settle(s);
          if (st.status === 'failed' && st.error.retryable) st = await s.confirm();
          else if (st.status === 'pre-settled') st = await s.confirm();
          else break;
        }
      }
      if (st.status === 'settled' && r() < 0.1) {
        revokes++;
        st = await s.cancel();
        for (let i = 0; i < 20 && st.status === 'settled'; i++) {
          st = await settle(s);
          if (st.status === 'settled' && !st.revoking) st = await s.cancel();
        }
      }
      intent.end = st.status;
      if (st.status === 'settled' || (st.status === 'reversed' && st.how === 'revoke')) settledSoFar++;
      if (st.error) intent.why = `${st.status}: ${st.error.code} ${st.error.message}`;
      if (st.status === 'reversed') intent.how = st.how;
    }
    current = null;
    const seconds = (Date.now() - started) / 1000;

    // Every intent against what the platform holds.
    const byMsgid = new Map([...m.platform.state.settlements.values()].map((x) => [x.msgid, x.status]));
    let doubles = 0;
    const ends = new Map<string, number>();
    for (const it of intents) {
      const charged = [...it.msgids].filter((id) => byMsgid.get(id) === 'ACTIVE' || byMsgid.get(id) === 'REVOKED');
      if (charged.length > 1) doubles++;
      const active = charged.filter((id) => byMsgid.get(id) === 'ACTIVE').length;
      const label = it.end === 'reversed' ? `reversed (${it.how})` : it.end;
      ends.set(label, (ends.get(label) ?? 0) + 1);
      if (it.end === 'settled') expect(active, label).toBe(1);
      else if (it.end === 'reversed' && it.how === 'revoke') expect([active, charged.length], label).toEqual([0, 1]);
      else expect(charged.length, label).toBe(0);
    }
    expect(doubles).toBe(0);

    const day = '2026-06-15';
    const recs = [await reconcile(m.platform, pharmacyCfg('resend'), 'chaos-pharmacy', day), await reconcile(m.platform, outpatientCfg('resend'), 'chaos-outpatient', day)];
    for (const rec of recs) {
      expect(rec.pending).toBe(0);
      expect(rec.sdk).toEqual(rec.platform);
      expect(rec.stmt.map((x) => x.stmt_rslt)).toEqual(rec.stmt.map(() => '0'));
    }
    const settledCount = intents.filter((x) => x.end === 'settled' || x.how === 'revoke').length;
    console.info(JSON.stringify({
      intents: intents.length, settlements: settledCount, ends: Object.fromEntries(ends), doubles, reloads, revokes, seconds,
      faults: Object.fromEntries(faults), unsettled: intents.filter((x) => x.end !== 'settled' && x.how !== 'revoke').reduce<Record<string, number>>((acc, x) => {
        const k = x.why ?? `${x.end} (${x.how ?? 'no error'})`;
        acc[k] = (acc[k] ?? 0) + 1;
        return acc;
      }, {}), sent: Object.fromEntries(m.sent),
      ledger: recs.flatMap((x) => x.sdk), stmt: recs.flatMap((x) => x.stmt),
    }, null, 1));
    expect(settledCount).toBe(N);
  });
});
