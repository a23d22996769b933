import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { FaultRule } from '../../../mocks/faults/FaultPlan.ts';
import { createSession } from '../../../sdk/session/createSession.ts';
import type { SessionConfig, SessionState, Transport } from '../../../sdk/session/types.ts';
import { openAttemptStore } from '../../../sdk/store/openAttemptStore.ts';
import { mockTransport, persona } from './mockTransport.ts';
import { reconcile, settlementsByMsgid } from './reconcile.ts';

// 2026-06-15 10:00:00 CST; the mock's personas are seeded relative to this day.
const T = Date.parse('2026-06-15T02:00:00Z');
const DAY = '2026-06-15';
const DRUG_A = { id: 'L1', listCode: 'XA10BAA001A001010100001', qty: 2, unitPrice: '12.5' };
const DRUG_B = { id: 'L2', listCode: 'XC08CAA002A001010100002', qty: 1, unitPrice: '33.8' };
const EXAM = { id: 'L3', listCode: '001102000010000', qty: 1, unitPrice: '40' };
let db = 0;

interface Setup {
  mode?: SessionConfig['mode'];
  code?: string;
  admvs?: string;
  rules?: FaultRule[];
  session?: Partial<SessionConfig>;
}

function setup(o: Setup = {}) {
  const m = mockTransport({ now: () => T, faults: { rules: o.rules ?? [] } });
  const pharmacy = (o.mode ?? 'pharmacy') === 'pharmacy';
  const cfg: SessionConfig = {
    mode: o.mode ?? 'pharmacy', transport: m.transport, fixmedins_code: o.code ?? (pharmacy ? 'P31010600033' : 'H31010600011'), opter: 'OP1',
    mdtrtarea_admvs: o.admvs ?? '310106', now: () => new Date(T), retryDelaysMs: [0, 0, 0], dbName: `session-test-${++db}`, ...o.session,
  };
  const states: SessionState[] = [];
  const session = createSession(cfg);
  session.subscribe((s) => states.push(s));
  return { m, cfg, session, states, p: (key: string) => persona(m.platform, key) };
}

async function toPreSettled(t: ReturnType<typeof setup>, key = 'pharmacy-ec', cart: unknown[] = [DRUG_A, DRUG_B]) {
  const p = t.p(key);
  const s = await t.session.identify(t.cfg.mode === 'pharmacy' ? { certType: '01', qrCode: p.ec_qr } : { certType: '02', certNo: p.certno });
  expect(s.status, JSON.stringify(s.error)).toBe('verdict');
  const pre = await t.session.presettle(cart);
  expect(pre.status, JSON.stringify(pre.error)).toBe('pre-settled');
  return pre;
}

const noPersonalData = (t: ReturnType<typeof setup>, key: string) => {
  const p = t.p(key);
  const all = JSON.stringify(t.states);
  for (const secret of [p.certno, p.psn_name, p.psn_no, p.ec_token, p.card_no]) expect(all).not.toContain(secret);
};

describe('createSession', () => {
  describe('in pharmacy mode', () => {
    it('decodes the QR, checks the filing, pre-settles with 2101 and settles with 2102 (R-14: fund 0, account pays)', async () => {
      const t = setup();
      const pre = await toPreSettled(t);
      expect(pre).toMatchObject({ verdict: { code: 'DIRECT', settles: true, pharmacy: { fundPays: false } }, preSettlement: { infno: '2101', setlinfo: { medfee_sumamt: '58.8', fund_pay_sumamt: '0' } } });
      const s = await t.session.confirm();
      expect(s).toMatchObject({ status: 'settled', settlement: { infno: '2102', setlinfo: { medfee_sumamt: '58.8' } } });
      expect(s.status === 'settled' && s.settlement.setl_id).toMatch(/^\d{12}$/);
      expect([...t.m.sent.keys()]).toEqual(['decode', '9001', '1101', 'MX5501', '2101', '2102']);
      noPersonalData(t, 'pharmacy-ec');
    });

    it('cancels a settlement with 2103 and the 3201 totals still equal the SDK record', async () => {
      const t = setup();
      await toPreSettled(t);
      await t.session.confirm();
      const r = await t.session.cancel();
      expect(r).toMatchObject({ status: 'reversed', how: 'revoke', reversal: { infno: '2103', setlinfo: { medfee_sumamt: '-58.8' } } });
      const rec = await reconcile(t.m.platform, t.cfg, t.cfg.dbName!, DAY);
      expect(rec.sdk).toEqual(rec.platform);
      expect(rec.sdk[0]).toMatchObject({ medfee_sumamt: '0.00', fixmedins_setl_cnt: 2 });
      expect(rec.stmt.every((x) => x.stmt_rslt === '0')).toBe(true);
    });
  });

  describe('in outpatient mode', () => {
    it('registers (2201), uploads the visit (2203) and fees (2204), pre-settles (2206), settles (2207) and revokes (2208)', async () => {
      const t = setup({ mode: 'outpatient', session: { institution: { level: 'L3', networkedMedTypes: ['GENERAL_OUTPATIENT', 'INPATIENT'] } } });
      const pre = await toPreSettled(t, 'outpatient-employee', [DRUG_A, DRUG_B, EXAM]);
      expect(pre.status === 'pre-settled' && pre.preSettlement.lines.map((l) => l.overlmt_amt)).toEqual(['0', '0', '10']);
      const s = await t.session.confirm();
      expect(s).toMatchObject({ status: 'settled', settlement: { infno: '2207', setlinfo: { medfee_sumamt: '98.8' } } });
      expect((await t.session.cancel())).toMatchObject({ status: 'reversed', how: 'revoke', reversal: { infno: '2208' } });
      expect([...t.m.sent.keys()]).toEqual(['9001', '1101', 'MX5501', '2201', '2203', '2204', '2206', '2207', '2208']);
      noPersonalData(t, 'outpatient-employee');
    });

    it('pre-settles a changed cart again on the same visit (2205 then 2204 / 2206)', async () => {
      const t = setup({ mode: 'outpatient' });
      await toPreSettled(t, 'outpatient-employee', [DRUG_A]);
      const again = await t.session.presettle([DRUG_A, DRUG_B]);
      expect(again).toMatchObject({ status: 'pre-settled', preSettlement: { setlinfo: { medfee_sumamt: '58.8' } } });
      expect(t.m.sent.get('2201')).toBe(1);
      expect(t.m.sent.get('2205')).toBe(1);
      expect((await t.session.confirm()).status).toBe('settled');
    });

    it('shows an expired filing with its reason and fix, and refuses to pre-settle (D-6, R-3d)', async () => {
      const t = setup({ mode: 'outpatient' });
      const p = t.p('expired-other');
      const s = await t.session.identify({ certType: '02', certNo: p.certno });
      expect(s).toMatchObject({ status: 'verdict', verdict: { code: 'NOT_FILED', detail: 'EXPIRED', daysSinceExpiry: 10, settles: false } });
      expect(s.status === 'verdict' && s.verdict.hint.zh).toMatch(/备案/);
      expect(await t.session.presettle([DRUG_A])).toBe(s);
      expect(t.m.sent.get('2201')).toBeUndefined();
    });

    it('settles an unfiled emergency visit directly when the host marks it med_type 13 (R-5)', async () => {
      const plain = setup({ mode: 'outpatient' });
      expect(await plain.session.identify({ certType: '02', certNo: plain.p('emergency-unfiled').certno })).toMatchObject({ verdict: { code: 'NOT_FILED', settles: false } });
      const t = setup({ mode: 'outpatient', session: { visit: { dept_code: 'JZ', dept_name: '急诊科', caty: 'A03', atddr_no: 'DR9', dr_name: '急诊医生', med_type: '13' } } });
      const pre = await toPreSettled(t, 'emergency-unfiled', [EXAM]);
      expect(pre).toMatchObject({ verdict: { code: 'DIRECT', treatedAsFiled: true }, preSettlement: { setlinfo: { med_type: '13' } } });
      expect((await t.session.confirm()).status).toBe('settled');
    });

    it('says not networked → manual claim when the institution is not networked (R-12)', async () => {
      const t = setup({ mode: 'outpatient', code: 'H31011200044', admvs: '310112', session: { institution: { level: 'PRIMARY', networkedMedTypes: [] } } });
      const s = await t.session.identify({ certType: '02', certNo: t.p('non-networked').certno });
      expect(s).toMatchObject({ status: 'verdict', verdict: { code: 'NOT_DIRECT_MANUAL_CLAIM', check: 'D-4', settles: false } });
    });

    it('shows the platform refusal when the host claims a networking the platform denies (MOCK-E031)', async () => {
      const t = setup({ mode: 'outpatient', code: 'H31011200044', admvs: '310112' });
      await t.session.identify({ certType: '02', certNo: t.p('non-networked').certno });
      const s = await t.session.presettle([DRUG_A]);
      expect(s).toMatchObject({ status: 'verdict', error: { code: 'PLATFORM_REJECTED', platformCode: 'MOCK-E031', retryable: false } });
    });
  });

  describe('never charging twice', () => {
    it('stores the attempt (msgid and exact body) before 2102 leaves', async () => {
      const t = setup();
      let seen: unknown = null;
      const inner = t.cfg.transport!;
      const spy: Transport = async (body, route) => {
        if (route.service === 'callService' && route.infno === '2102') {
          const store = await openAttemptStore(t.cfg.dbName);
          seen = await store.get((body as { msgid: string }).msgid);
          store.close();
        }
        return inner(body, route);
      };
      const s = createSession({ ...t.cfg, transport: spy });
      await s.identify({ certType: '01', qrCode: t.p('pharmacy-ec').ec_qr });
      await s.presettle([DRUG_A]);
      await s.confirm();
      expect(seen).toMatchObject({ status: 'pending', infno: '2102', kind: 'settle' });
      expect(JSON.parse((seen as { body: string }).body)).toMatchObject({ infno: '2102', input: { druginfo: { medfee_sumamt: 25 } } });
    });

    it('sends one 2102 for a double click and one decode for a rescan', async () => {
      const t = setup();
      const qr = t.p('pharmacy-ec').ec_qr;
      await Promise.all([t.session.identify({ certType: '01', qrCode: qr }), t.session.identify({ certType: '01', qrCode: qr })]);
      await t.session.identify({ certType: '01', qrCode: qr });
      expect(t.m.sent.get('decode')).toBe(1);
      await t.session.presettle([DRUG_A]);
      expect([t.session.can('confirm'), t.session.can('identify'), t.session.can('resolve')]).toEqual([true, true, false]);
      const [a, b] = await Promise.all([t.session.confirm(), t.session.confirm()]);
      // The repeat resolves with the running confirm's outcome.
      expect(a.status).toBe('settled');
      expect(b).toBe(a);
      expect(await t.session.confirm()).toBe(a);
      expect(t.m.sent.get('2102')).toBe(1);
    });

    it.each([
      ['lost-after-commit', 'resend', 'settled', 1],
      ['no-reply', 'resend', 'settled', 1],
      ['http-5xx', 'resend', 'settled', 1],
      ['malformed-json', 'resend', 'settled', 1],
      ['lost-after-commit', 'reverse', 'reversed', 0],
      ['no-reply', 'reverse', 'failed', 0],
    ] as const)('resolves a 2102 answered %s (%s) to %s with %i charge', async (kind, how, status, charged) => {
      const t = setup({ rules: [{ kind, infno: '2102', nth: 1 }], session: { unclearReply: how } });
      await toPreSettled(t);
      const s = await t.session.confirm();
      expect(s.status, JSON.stringify(s.error)).toBe(status);
      if (s.status === 'failed') expect(s.charged).toBe(false);
      const byMsgid = [...settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).values()];
      expect(byMsgid.filter((x) => x === 'ACTIVE')).toHaveLength(charged);
      const rec = await reconcile(t.m.platform, t.cfg, t.cfg.dbName!, DAY);
      expect(rec.sdk).toEqual(rec.platform);
      expect(rec.stmt.every((x) => x.stmt_rslt === '0')).toBe(true);
    });

    it('waits in settling (OUTCOME_UNKNOWN) while the network is down, and resolve() settles once it is back', async () => {
      const t = setup();
      let down = false;
      let lost = false;
      const inner = t.cfg.transport!;
      const flaky: Transport = async (body, route) => {
        if (down) throw new TypeError('offline');
        const r = await inner(body, route);
        if (route.service === 'callService' && route.infno === '2102' && !lost) {
          lost = true;
          down = true;
          throw new TypeError('connection reset');
        }
        return r;
      };
      const s = createSession({ ...t.cfg, transport: flaky });
      await s.identify({ certType: '01', qrCode: t.p('pharmacy-ec').ec_qr });
      await s.presettle([DRUG_A]);
      const stuck = await s.confirm();
      expect(stuck).toMatchObject({ status: 'settling', attempt: { unclear: true }, error: { code: 'OUTCOME_UNKNOWN', retryable: true } });
      expect(s.reset()).toBe(stuck);
      expect(await s.identify({ certType: '02', certNo: t.p('low-balance').certno })).toBe(stuck);
      down = false;
      expect(await s.resolve()).toMatchObject({ status: 'settled' });
      expect([...settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).values()]).toEqual(['ACTIVE']);
    });

    it('resolves a settlement left unfinished by a reload on the next load: exactly one settlement, outcome shown', async () => {
      const t = setup();
      const inner = t.cfg.transport!;
      // The first page dies right after 2102 reached the platform: no reply ever arrives.
      const dying: Transport = async (body, route) => {
        if (route.service === 'callService' && route.infno === '2102') {
          void inner(body, route);
          return new Promise(() => {});
        }
        return inner(body, route);
      };
      const first = createSession({ ...t.cfg, transport: dying });
      await first.identify({ certType: '01', qrCode: t.p('pharmacy-ec').ec_qr });
      await first.presettle([DRUG_A]);
      void first.confirm();
      await vi.waitFor(() => expect(first.getState().status).toBe('settling'));
      await vi.waitFor(() => expect(settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).size).toBe(1));
      // The reloaded page: a new session over the same IndexedDB.
      const second = createSession(t.cfg);
      const states: SessionState[] = [];
      second.subscribe((x) => states.push(x));
      const r = await second.recover();
      expect(r).toMatchObject({ status: 'settled', recovered: true, person: null, settlement: { infno: '2102', setlinfo: { medfee_sumamt: '25' } } });
      expect(states.map((x) => x.status)).toEqual(['idle', 'idle', 'settling', 'settled']);
      expect([...settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).values()]).toEqual(['ACTIVE']);
      expect(await second.recover()).toBe(r);
      // A recovered settlement can still be cancelled.
      expect(await second.cancel()).toMatchObject({ status: 'reversed', how: 'revoke' });
    });

    it('settles a stored attempt the closed tab never sent, once, on the next load', async () => {
      const t = setup();
      const inner = t.cfg.transport!;
      const never: Transport = (body, route) => (route.service === 'callService' && route.infno === '2102' ? new Promise(() => {}) : inner(body, route));
      const first = createSession({ ...t.cfg, transport: never });
      await first.identify({ certType: '01', qrCode: t.p('pharmacy-ec').ec_qr });
      await first.presettle([DRUG_A]);
      void first.confirm();
      await vi.waitFor(() => expect(first.getState().status).toBe('settling'));
      expect(settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).size).toBe(0);
      expect(await createSession(t.cfg).recover()).toMatchObject({ status: 'settled', recovered: true });
      expect(settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).size).toBe(1);
    });

    it('reverses an unclear settlement with 2601 when the cashier cancels it', async () => {
      const t = setup({ rules: [{ kind: 'lost-after-commit', infno: '2102', nth: 1 }, { kind: 'no-reply', infno: '2102' }] });
      await toPreSettled(t);
      expect(await t.session.confirm()).toMatchObject({ status: 'settling', attempt: { unclear: true } });
      expect(await t.session.cancel()).toMatchObject({ status: 'reversed', how: 'reversal' });
      expect([...settlementsByMsgid(t.m.platform, t.cfg.fixmedins_code).values()]).toEqual(['REVERSED']);
    });

    it('refuses to settle when IndexedDB is unavailable, and sends nothing (STORE_FAILED)', async () => {
      const t = setup();
      await toPreSettled(t);
      vi.stubGlobal('indexedDB', undefined);
      try {
        const s = createSession({ ...t.cfg, dbName: 'never-opened' });
        await s.identify({ certType: '01', qrCode: t.p('pharmacy-ec').ec_qr });
        await s.presettle([DRUG_A]);
        expect(await s.confirm()).toMatchObject({ status: 'pre-settled', error: { code: 'STORE_FAILED', retryable: false } });
        expect(t.m.sent.get('2102')).toBeUndefined();
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('retries a clearly refused settlement with a new attempt (failed, charged false → confirm)', async () => {
      const t = setup({ rules: [{ kind: 'infcode', infno: '2102', nth: 1 }] });
      await toPreSettled(t);
      const f = await t.session.confirm();
      expect(f).toMatchObject({ status: 'failed', charged: false, error: { platformCode: 'MOCK-E090', retryable: true } });
      expect(await t.session.confirm()).toMatchObject({ status: 'settled' });
      expect(t.m.sent.get('2102')).toBe(2);
    });
  });

  describe('with bad input', () => {
    it('names the bad cart line and sends nothing', async () => {
      const t = setup();
      await t.session.identify({ certType: '01', qrCode: t.p('pharmacy-ec').ec_qr });
      const s = await t.session.presettle([DRUG_A, { ...DRUG_B, qty: -1 }]);
      expect(s).toMatchObject({ status: 'verdict', error: { code: 'CART_INVALID', line: { index: 1, id: 'L2', path: 'qty' } } });
      expect(t.m.sent.get('2101')).toBeUndefined();
    });

    it('reports a QR that is not an e-certificate with the platform text (§1.4)', async () => {
      const t = setup();
      expect(await t.session.identify({ certType: '01', qrCode: 'https://example.com' })).toMatchObject({ status: 'idle', error: { text: { zh: '请使用医保电子凭证二维码' } } });
    });

    it('refuses a malformed ID number before anything is sent', async () => {
      const t = setup();
      expect(await t.session.identify({ certType: '02', certNo: '12345' })).toMatchObject({ error: { code: 'INPUT_INVALID' } });
      expect(t.m.sent.size).toBe(0);
    });

    it('starts in idle with CONFIG_INVALID and refuses every command when the config is incomplete', async () => {
      const s = createSession({ mode: 'pharmacy', fixmedins_code: 'P1', opter: 'OP1', mdtrtarea_admvs: '3101' });
      expect(s.getState()).toMatchObject({ status: 'idle', error: { code: 'CONFIG_INVALID' } });
      expect(await s.identify({ certType: '02', certNo: '420106198608180011' })).toBe(s.getState());
    });
  });
});
