// @vitest-environment jsdom
/**
 * Model-based test of the outbox (fast-check commands) against fake-indexeddb and the mock with
 * faults: create / change / cancel / claim / offline / online / reload / fail / flush. After every
 * run, once online and flushed: nothing is lost (every item ends accepted, rejected or needing
 * action) and nothing is applied twice (the platform holds exactly one filing per accepted create
 * or change and one claim per accepted claim). Runs: YIBAO_PWA_OUTBOX_RUNS (default 40).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingsOf } from '../../mocks/state/MockState.ts';
import { newMsgid } from '../../pwa/store/api.ts';
import { openPwaDb, type PwaDB } from '../../pwa/store/db.ts';
import { Outbox, type Ref } from '../../pwa/store/outbox.ts';
import { deviceKey } from '../../pwa/store/seal.ts';
import type { FilingRecordView } from '../../pwa/store/types.ts';
import { mockSend, type Fault } from './support/mockSend.ts';

const RUNS = Number(process.env.YIBAO_PWA_OUTBOX_RUNS ?? 40);
// Persona emergency-unfiled (mocks/README.md): 420106 / 310, no filing of its own.
const PSN = '42000000000000000050';
const INSUPLC = '420106';
const PLACES = ['310000', '320100', '110000'] as const;

interface Real {
  db: PwaDB;
  name: string;
  key: CryptoKey;
  outbox: Outbox;
  mock: ReturnType<typeof mockSend>;
}
/** What the test knows: each enqueued item, and the filings the app would offer to change. */
interface Model {
  enqueued: { idem: string; kind: string }[];
  filings: { recordId: string; lastIdem: string; cancelled: boolean }[];
}

let dbs = 0;
const newOutbox = (r: Pick<Real, 'db' | 'key' | 'mock'>): Outbox => new Outbox({ db: r.db, key: r.key, send: r.mock.send, newId: () => newMsgid() });

const filingRecord = (id: string, target: string, replaces: string | null): FilingRecordView => ({
  id, category: 'TMP_OTHER', targetAdmdvs: target, validFrom: '2026-12-01', validTo: null, viaCommitment: false, docsCompleted: true,
  contactPhone: '13800000000', photos: 0, serverId: null, registeredAt: null, cancelledAt: null, status: 'pending', reason: null, replaces,
});

type Cmd = fc.AsyncCommand<Model, Real>;

class Create implements Cmd {
  constructor(readonly place: string) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const recordId = `filing:${m.enqueued.length}`;
    const idem = await r.outbox.enqueue({
      kind: 'filing-create', infno: 'MX5502', recordId, after: null, insuplc: INSUPLC, mdtrtarea: this.place,
      data: { psn_no: PSN, insuplc_admdvs: INSUPLC, mdtrtarea_admdvs: this.place, filing_type: 'TMP-OTHER', begndate: '2026-12-01' },
      record: { kind: 'filing', value: filingRecord(recordId, this.place, null) },
    });
    m.enqueued.push({ idem, kind: 'create' });
    m.filings.push({ recordId, lastIdem: idem, cancelled: false });
  }
  toString = () => `create(${this.place})`;
}

/** The filing to change or cancel: a reference to the item that made it, filled in once that one is accepted. */
const target = (f: Model['filings'][number]): { id: Ref; after: string } => ({ id: { $ref: f.lastIdem, field: 'filing_id' }, after: f.lastIdem });

class Change implements Cmd {
  constructor(readonly pick: number, readonly place: string) {}
  check = (m: Readonly<Model>) => m.filings.some((f) => !f.cancelled);
  async run(m: Model, r: Real) {
    const open = m.filings.filter((f) => !f.cancelled);
    const f = open[this.pick % open.length]!;
    const t = target(f);
    const recordId = `filing:${m.enqueued.length}`;
    const idem = await r.outbox.enqueue({
      kind: 'filing-change', infno: 'MX5503', recordId, after: t.after, insuplc: INSUPLC, mdtrtarea: this.place,
      data: { filing_id: t.id, mdtrtarea_admdvs: this.place }, record: { kind: 'filing', value: filingRecord(recordId, this.place, f.recordId) },
    });
    m.enqueued.push({ idem, kind: 'change' });
    f.cancelled = true;
    m.filings.push({ recordId, lastIdem: idem, cancelled: false });
  }
  toString = () => `change(${this.pick}, ${this.place})`;
}

class Cancel implements Cmd {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.filings.some((f) => !f.cancelled);
  async run(m: Model, r: Real) {
    const open = m.filings.filter((f) => !f.cancelled);
    const f = open[this.pick % open.length]!;
    const t = target(f);
    const idem = await r.outbox.enqueue({ kind: 'filing-cancel', infno: 'MX5504', recordId: f.recordId, after: t.after, insuplc: INSUPLC, mdtrtarea: '310000', data: { filing_id: t.id } });
    m.enqueued.push({ idem, kind: 'cancel' });
    f.cancelled = true;
  }
  toString = () => `cancel(${this.pick})`;
}

class Claim implements Cmd {
  check = () => true;
  async run(m: Model, r: Real) {
    const idem = await r.outbox.enqueue({
      kind: 'claim-create', infno: 'MX5521', recordId: `claim:${m.enqueued.length}`, after: null, insuplc: INSUPLC, mdtrtarea: '310112',
      data: {
        psn_no: PSN, insuplc_admdvs: INSUPLC, mdtrtarea_admdvs: '310112', med_type: '13', hosp_lv: 'L1', fixmedins_name: '诊所', invoice_no: `I${m.enqueued.length}`,
        enddate: '2026-11-20', medfee_sumamt: '100', lines: [{ line_no: '1', item_name: '药', amount: '100', chrgitm_lv: '01' }],
      },
    });
    m.enqueued.push({ idem, kind: 'claim' });
  }
  toString = () => 'claim';
}

class Offline implements Cmd {
  constructor(readonly value: boolean) {}
  check = () => true;
  async run(_m: Model, r: Real) {
    r.mock.offline(this.value);
  }
  toString = () => (this.value ? 'offline' : 'online');
}

class Fail implements Cmd {
  constructor(readonly fault: Fault) {}
  check = () => true;
  async run(_m: Model, r: Real) {
    r.mock.nextFault(this.fault);
  }
  toString = () => `fail(${this.fault})`;
}

class Flush implements Cmd {
  check = () => true;
  async run(_m: Model, r: Real) {
    await r.outbox.flush();
  }
  toString = () => 'flush';
}

/** A reload (or a killed tab, or an app update): a new database connection and outbox over the same data. */
class Reload implements Cmd {
  check = () => true;
  async run(_m: Model, r: Real) {
    r.db.close();
    r.db = await openPwaDb(r.name);
    r.key = await deviceKey(r.db);
    r.outbox = newOutbox(r);
  }
  toString = () => 'reload';
}

const commands = [
  fc.constantFrom(...PLACES).map((p) => new Create(p)),
  fc.tuple(fc.nat(5), fc.constantFrom(...PLACES)).map(([i, p]) => new Change(i, p)),
  fc.nat(5).map((i) => new Cancel(i)),
  fc.constant(new Claim()),
  fc.boolean().map((v) => new Offline(v)),
  fc.constantFrom<Fault>('no-reply', 'lost-after-commit', 'infcode', 'http-5xx', 'malformed-json').map((f) => new Fail(f)),
  fc.constant(new Flush()),
  fc.constant(new Reload()),
];

describe('Outbox', () => {
  it(`loses nothing and applies nothing twice under faults, offline spells and reloads (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: '+1' }), async (cmds) => {
        const name = `outbox-model-${++dbs}`;
        const db = await openPwaDb(name);
        const key = await deviceKey(db);
        const mock = mockSend({ now: () => Date.parse('2026-12-01T02:00:00Z') });
        const real: Real = { db, name, key, mock, outbox: null as unknown as Outbox };
        real.outbox = newOutbox(real);
        const model: Model = { enqueued: [], filings: [] };
        await fc.asyncModelRun(() => ({ model, real }), cmds);

        mock.offline(false);
        mock.nextFault(null);
        for (let i = 0; i < 2 * model.enqueued.length + 2; i++) await real.outbox.flush();
        const rows = await real.outbox.rows();
        // Nothing lost: every item is kept and has ended.
        expect(rows.map((x) => x.idem).sort()).toEqual(model.enqueued.map((e) => e.idem).sort());
        expect(rows.filter((x) => x.state === 'queued' || x.state === 'sending')).toEqual([]);
        // Nothing twice: one platform filing per accepted create or change, one claim per accepted claim.
        const accepted = (k: string) => rows.filter((x) => x.state === 'accepted' && x.kind === k).length;
        const onPlatform = filingsOf(mock.platform.state, PSN);
        expect(onPlatform.length).toBe(accepted('filing-create') + accepted('filing-change'));
        const claims = await mock.send('/ext/claim/query', JSON.stringify({
          infno: 'MX5522', msgid: newMsgid(), mdtrtarea_admvs: '310112', insuplc_admdvs: INSUPLC, recer_sys_code: 'YBXT', infver: 'V1.0', opter_type: '3',
          opter: 'T', opter_name: 'T', inf_time: '2026-12-01 10:00:00', fixmedins_code: 'TEST', fixmedins_name: 'T', input: { data: { psn_no: PSN } },
        }));
        expect((JSON.parse(claims.text) as { output: { claiminfo: unknown[] } }).output.claiminfo.length).toBe(accepted('claim-create'));
        real.db.close();
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
