/**
 * Model-based test (fast-check) of the session against the mock with faults: random sequences of
 * cashier actions (scan, pre-settle, confirm twice, cancel, reset, resolve, reload) with one-shot
 * faults on the next platform call. After every step the platform holds exactly the settlements the
 * SDK believes active (a still-unclear attempt aside), and no state carries personal data.
 * Runs: env YIBAO_SDK_MODEL_RUNS (default 15).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../../mocks/faults/FaultPlan.ts';
import { createSession } from '../../../sdk/session/createSession.ts';
import type { CheckoutSession, SessionConfig, SessionState } from '../../../sdk/session/types.ts';
import { mockTransport, persona } from './mockTransport.ts';
import type { MockTransport } from './mockTransport.ts';

const RUNS = Number(process.env.YIBAO_SDK_MODEL_RUNS ?? 15);
const T = Date.parse('2026-06-15T02:00:00Z');
const PEOPLE = ['pharmacy-ec', 'low-balance', 'expired-other', 'suspended'] as const;
const FAULTS: FaultKind[] = ['no-reply', 'lost-after-commit', 'http-5xx', 'infcode', 'malformed-json'];
const INFNOS = ['2101', '2102', '2103', '2601', '1101', 'MX5501'];
let db = 0;

interface Model {
  /** setl_ids the SDK reported settled and not revoked. */
  active: Set<string>;
}
interface Real {
  m: MockTransport;
  cfg: SessionConfig;
  session: CheckoutSession;
  secrets: string[];
}

const activeOnPlatform = (r: Real) =>
  new Set([...r.m.platform.state.settlements.values()].filter((s) => s.fixmedins_code === r.cfg.fixmedins_code && s.status === 'ACTIVE').map((s) => s.setl_id));

/** Folds the session's state into the model, then checks the platform against it. */
function check(model: Model, r: Real, s: SessionState): void {
  if (s.status === 'settled') model.active.add(s.settlement.setl_id);
  if (s.status === 'reversed' && s.how === 'revoke' && s.settlement) model.active.delete(s.settlement.setl_id);
  const platform = activeOnPlatform(r);
  const unclearSettle = s.status === 'settling' && s.attempt.unclear;
  const unclearRevoke = s.status === 'settled' && !!s.revoking?.unclear;
  if (unclearSettle) {
    // At most one settlement the SDK does not know of yet: the unclear attempt's.
    const extra = [...platform].filter((x) => !model.active.has(x));
    expect(extra.length).toBeLessThanOrEqual(1);
    for (const x of model.active) expect(platform.has(x)).toBe(true);
  } else if (unclearRevoke) {
    for (const x of platform) expect(model.active.has(x)).toBe(true);
  } else {
    expect([...platform].sort()).toEqual([...model.active].sort());
  }
  const text = JSON.stringify(s);
  for (const secret of r.secrets) expect(text).not.toContain(secret);
}

const step = (name: string, act: (r: Real) => Promise<SessionState> | SessionState) => ({
  check: () => true,
  async run(model: Model, r: Real) {
    check(model, r, await act(r));
  },
  toString: () => name,
});

const fault = fc.option(fc.tuple(fc.constantFrom(...FAULTS), fc.constantFrom(...INFNOS, '2102', '2102', '2103')), { nil: null });
const cart = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `L${i}`, listCode: i % 2 ? 'XC08CAA002A001010100002' : 'XA10BAA001A001010100001', qty: 1 + i, unitPrice: i % 2 ? '33.8' : '12.5' }));

/** A whole sale (scan → pre-settle → confirm) with a one-shot fault somewhere in it. */
const sale = fc.tuple(fc.constantFrom(...PEOPLE), fault).map(([key, f]) => step(`sale(${key}${f ? `, ${f[0]}@${f[1]}` : ''})`, async (r) => {
  r.m.platform.setFaults({ rules: f ? [{ kind: f[0], infno: f[1], nth: 1 }] : [] });
  r.session.reset();
  const p = persona(r.m.platform, key);
  await r.session.identify({ certType: '01', qrCode: p.ec_qr });
  await r.session.presettle(cart(2));
  return r.session.confirm();
}));

const commands = [
  sale, sale, sale,
  fc.constantFrom(...PEOPLE).chain((key) => fc.boolean().map((qr) => step(`identify(${key}${qr ? ', QR' : ''})`, (r) => {
    const p = persona(r.m.platform, key);
    return r.session.identify(qr ? { certType: '01', qrCode: p.ec_qr } : { certType: '02', certNo: p.certno });
  }))),
  fc.integer({ min: 1, max: 3 }).map((n) => step(`presettle(${n})`, (r) => r.session.presettle(cart(n)))),
  fc.constant(step('confirm', (r) => r.session.confirm())),
  fc.constant(step('confirm×2', async (r) => {
    const [a] = await Promise.all([r.session.confirm(), r.session.confirm()]);
    return a;
  })),
  fc.constant(step('cancel', (r) => r.session.cancel())),
  fc.constant(step('cancel', (r) => r.session.cancel())),
  fc.constant(step('reset', (r) => r.session.reset())),
  fc.constant(step('resolve', (r) => r.session.resolve())),
  fc.constant(step('reload', async (r) => {
    r.session = createSession(r.cfg);
    return r.session.recover();
  })),
  fc.tuple(fc.constantFrom(...FAULTS), fc.constantFrom(...INFNOS)).map(([kind, infno]) => step(`fault(${kind}@${infno})`, (r) => {
    r.m.platform.setFaults({ rules: [{ kind, infno, nth: 1 }] });
    return r.session.getState();
  })),
];

describe('createSession (model-based, against the mock with faults)', () => {
  it('keeps the platform\'s settlements equal to what the SDK reports, whatever the order of actions and faults', async () => {
    await fc.assert(fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
      const m = mockTransport({ now: () => T });
      const cfg: SessionConfig = {
        mode: 'pharmacy', transport: m.transport, fixmedins_code: 'P31010600033', opter: 'OP1', mdtrtarea_admvs: '310106',
        now: () => new Date(T), retryDelaysMs: [0, 0], dbName: `model-${++db}`,
      };
      const secrets = PEOPLE.flatMap((k) => {
        const p = persona(m.platform, k);
        return [p.certno, p.psn_name, p.psn_no, p.ec_token];
      });
      await fc.asyncModelRun(() => ({ model: { active: new Set<string>() }, real: { m, cfg, session: createSession(cfg), secrets } }), cmds);
    }), { numRuns: RUNS });
  });
});
