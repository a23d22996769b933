/**
 * Shared setup for contract tests: one msw node server per test file over a fresh platform,
 * reset after each test (per-test behaviour with server.use(...)).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createNodeMock } from '../../../mocks/node.ts';
import type { MockPlatform } from '../../../mocks/platform/MockPlatform.ts';
import type { MockOptions } from '../../../mocks/platform/types.ts';
import { HOSPITAL, PlatformClient } from './platformClient.ts';
import type { Institution } from './platformClient.ts';
import { setFlowClock } from './flows.ts';
import type { PersonRef } from './flows.ts';

export const BASE = 'https://fsi.mock.test';
/** 2025-06-16 10:00:00 CST; the clock advances 1 ms per read so timestamps stay ordered. */
export const T0 = Date.parse('2025-06-16T10:00:00+08:00');

export function steppingClock(start = T0): () => number {
  let k = 0;
  return () => start + k++;
}

export function useMockPlatform(options: MockOptions = {}) {
  const { server, platform } = createNodeMock({ baseUrl: BASE, seed: 1, now: steppingClock(), ...options });
  beforeAll(() => {
    setFlowClock(() => T0);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    platform.reset(1);
    platform.setFaults({});
  });
  afterAll(() => {
    setFlowClock(Date.now);
    server.close();
  });
  return { server, platform };
}

/** A signed-in client for an institution. */
export async function signedClient(inst: Institution = HOSPITAL, opter = 'OP001'): Promise<PlatformClient> {
  const c = new PlatformClient(BASE, inst, opter);
  await c.signIn();
  return c;
}

/** The reference fields of a seeded persona. */
export function persona(platform: MockPlatform, key: string): PersonRef & { ecToken: string; ecQr: string; cardNo: string; cardSn: string } {
  const p = platform.state.personas.find((x) => x.key === key);
  if (!p) throw new Error(`no persona ${key}`);
  const row = p.insuinfo[0]!;
  return { psn_no: p.psn_no, insutype: row.insutype, insuplc: row.insuplc_admdvs, certno: p.certno, ecToken: p.ec_token, ecQr: p.ec_qr, cardNo: p.card_no, cardSn: p.card_sn };
}
