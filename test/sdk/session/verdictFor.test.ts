import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getPolicyPack, type PolicySet } from '../../../core/index.ts';
import { createSession } from '../../../sdk/session/createSession.ts';
import type { SessionConfig, SessionState } from '../../../sdk/session/types.ts';
import { mockTransport, persona } from './mockTransport.ts';

// 2026-06-15 10:00:00 CST; the mock's personas are seeded relative to this day.
const T = Date.parse('2026-06-15T02:00:00Z');
let db = 0;

/** The pharmacy persona scanned in, with the host policy `policy` (if any). */
async function verdictWith(policy?: () => Promise<PolicySet | undefined>): Promise<SessionState> {
  const m = mockTransport({ now: () => T, faults: { rules: [] } });
  const cfg: SessionConfig = {
    mode: 'pharmacy', transport: m.transport, fixmedins_code: 'P31010600033', opter: 'OP1', mdtrtarea_admvs: '310106',
    now: () => new Date(T), retryDelaysMs: [0], dbName: `verdict-for-test-${++db}`, ...(policy ? { policy } : {}),
  };
  return createSession(cfg).identify({ certType: '01', qrCode: persona(m.platform, 'pharmacy-ec').ec_qr });
}

describe('verdictFor', () => {
  it('S-0, DF-14: decides without a host policy in the engine (NO_POLICY, no reduction points)', async () => {
    const s = await verdictWith();
    expect(s.status).toBe('verdict');
    if (s.status !== 'verdict') return;
    expect(s.verdict).toMatchObject({ code: 'DIRECT', reductionPoints: null, pharmacy: { fundPays: false } });
    expect(s.verdict.warnings).toContain('NO_POLICY');
  });

  it('S-0, D-8: decides with a host policy through the lazy policy verdict (the pack is validated and read)', async () => {
    const s = await verdictWith(() => getPolicyPack('synthetic-310-examples'));
    expect(s.status).toBe('verdict');
    if (s.status !== 'verdict') return;
    expect(s.verdict.code).toBe('DIRECT');
    expect(s.verdict.warnings).not.toContain('NO_POLICY');
  });

  it('stays identified with VERDICT_FAILED naming the core code when the host policy does not fit the person', async () => {
    const s = await verdictWith(() => getPolicyPack('synthetic-390-examples'));
    expect(s.status).toBe('identified');
    expect(s.error).toMatchObject({ code: 'VERDICT_FAILED', retryable: false });
    expect(s.error?.message).toMatch(/^verdict: POLICY_MISMATCH at /);
  });

  it('stays identified with VERDICT_FAILED and POLICY_INVALID when the pack schema refuses a hand-built host policy', async () => {
    const pack = await getPolicyPack('synthetic-310-examples');
    const s = await verdictWith(async () => ({ ...pack, crossProvince: { ...pack.crossProvince, acctUseCrossProvince: 'SOMETIMES' } }) as never);
    expect(s.status).toBe('identified');
    expect(s.error?.message).toMatch(/^verdict: POLICY_INVALID at policy\.crossProvince\.acctUseCrossProvince/);
  });
});
