import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAttemptRunner } from '../../../sdk/session/createAttemptRunner.ts';
import type { SessionConfig } from '../../../sdk/session/types.ts';
import { openAttemptStore } from '../../../sdk/store/openAttemptStore.ts';
import { createPlatformClient } from '../../../sdk/transport/createPlatformClient.ts';
import { mockTransport, persona } from './mockTransport.ts';

const T = Date.parse('2026-06-15T02:00:00Z');
let db = 0;

async function setup() {
  const m = mockTransport({ now: () => T });
  const cfg: SessionConfig = { mode: 'pharmacy', transport: m.transport, fixmedins_code: 'P31010600033', opter: 'OP1', mdtrtarea_admvs: '310106', now: () => new Date(T), retryDelaysMs: [0] };
  const client = createPlatformClient(cfg);
  const store = await openAttemptStore(`runner-${++db}`);
  const runner = createAttemptRunner(cfg, client, store);
  const p = persona(m.platform, 'pharmacy-ec');
  const input = {
    druginfo: { psn_no: p.psn_no, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, begntime: '2026-06-15 10:00:00', medfee_sumamt: 25, insutype: '310', med_type: '41', acct_used_flag: '1' },
    drugdetail: [{ feedetl_sn: 'L1', rx_circ_flag: '0', fee_ocur_time: '2026-06-15 10:00:00', med_list_codg: 'XA10BAA001A001010100001', medins_list_codg: 'X1', det_item_fee_sumamt: 25, cnt: 2, pric: 12.5 }],
  };
  const env = await client.prepare('2102', input, '341102');
  if (!('msgid' in env)) throw new Error('sign-in failed');
  const a = await runner.create(env, 'settle', { psn_no: p.psn_no, insuplc: '341102', group: { insutype: '310', clr_type: '41' }, medfee_sumamt: '25' });
  return { m, store, runner, a };
}

afterEach(() => vi.unstubAllGlobals());

describe('createAttemptRunner', () => {
  it('never sends an attempt another tab already resolved (re-reads the store first)', async () => {
    const { m, store, runner, a } = await setup();
    const stale = { ...a };
    await store.put({ ...a, status: 'done', body: '', shown: { infno: '2102', msgid: a.msgid, setlinfo: { setl_id: 'S9' }, setldetail: [], lines: [] } });
    expect(await runner.resolve(stale)).toMatchObject({ kind: 'done', shown: { setlinfo: { setl_id: 'S9' } } });
    expect(await runner.reverse({ ...a })).toMatchObject({ kind: 'done' });
    expect(m.sent.get('2102')).toBeUndefined();
    expect(m.sent.get('2601')).toBeUndefined();
  });

  it('stops re-sending once the attempt was resolved elsewhere while it waited', async () => {
    const { m, store, a } = await setup();
    m.platform.setFaults({ rules: [{ kind: 'no-reply', infno: '2102', nth: 1 }] });
    const put = store.put.bind(store);
    let sends = 0;
    const inner = m.transport;
    // The first (lost) send: meanwhile another tab records the attempt as failed.
    const spy = vi.fn(async (...args: Parameters<typeof inner>) => {
      if (++sends === 1) await put({ ...a, status: 'failed', body: '' });
      return inner(...args);
    });
    const r2 = createAttemptRunner({ mode: 'pharmacy', transport: spy, fixmedins_code: 'P31010600033', opter: 'OP1', mdtrtarea_admvs: '310106', now: () => new Date(T), retryDelaysMs: [0, 0] },
      createPlatformClient({ mode: 'pharmacy', transport: spy, fixmedins_code: 'P31010600033', opter: 'OP1', mdtrtarea_admvs: '310106', sign_no: 'X' }), store);
    expect(await r2.run({ ...a })).toMatchObject({ kind: 'failed' });
    expect(sends).toBe(1);
  });

  it('leaves an attempt unclear while another tab holds its Web Lock', async () => {
    const { m, runner, a } = await setup();
    vi.stubGlobal('navigator', { locks: { request: (_n: string, _o: unknown, cb: (l: unknown) => Promise<unknown>) => cb(null) } });
    expect(await runner.run(a)).toMatchObject({ kind: 'unclear', error: { code: 'OUTCOME_UNKNOWN' } });
    expect(m.sent.get('2102')).toBeUndefined();
  });

  it('reports an unknown outcome, not a failure, when something breaks on the way', async () => {
    const { store, runner, a } = await setup();
    vi.spyOn(store, 'get').mockResolvedValue({ ...a, body: '{broken' });
    expect(await runner.run(a)).toMatchObject({ kind: 'unclear', error: { code: 'OUTCOME_UNKNOWN', retryable: true } });
  });

  it('settles once and records the ledger row the reply showed', async () => {
    const { store, runner, a } = await setup();
    expect(await runner.run(a)).toMatchObject({ kind: 'done' });
    expect(await store.get(a.msgid)).toMatchObject({ status: 'done', body: '', row: { insutype: '310', clr_type: '41', medfee_sumamt: '25' } });
  });
});
