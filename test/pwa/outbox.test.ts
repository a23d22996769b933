import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newMsgid } from '../../pwa/store/api.ts';
import { openPwaDb } from '../../pwa/store/db.ts';
import { Outbox } from '../../pwa/store/outbox.ts';
import { deviceKey } from '../../pwa/store/seal.ts';
import type { FilingRecordView } from '../../pwa/store/types.ts';
import { mockSend } from './support/mockSend.ts';

// Persona emergency-unfiled (mocks/README.md): 420106 / 310, no filing of its own.
const PSN = '42000000000000000050';
const INSUPLC = '420106';

const record = (id: string, target: string): FilingRecordView => ({
  id, category: 'TMP_OTHER', targetAdmdvs: target, validFrom: '2026-12-01', validTo: null, viaCommitment: false, docsCompleted: true,
  contactPhone: '13800000000', photos: 0, serverId: null, registeredAt: null, cancelledAt: null, status: 'pending', reason: null, replaces: null,
});

describe('Outbox.flush', () => {
  it('sends an item enqueued while a pass is running in one more pass, not at the next timer', async () => {
    const db = await openPwaDb(`outbox-flush-${Date.now()}`);
    const key = await deviceKey(db);
    const mock = mockSend({ now: () => Date.parse('2026-12-01T02:00:00Z') });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const outbox = new Outbox({ db, key, newId: () => newMsgid(), send: async (path, body) => (await gate, mock.send(path, body)) });
    const enqueue = (n: number, place: string) => outbox.enqueue({
      kind: 'filing-create', infno: 'MX5502', recordId: `filing:${n}`, after: null, insuplc: INSUPLC, mdtrtarea: place,
      data: { psn_no: PSN, insuplc_admdvs: INSUPLC, mdtrtarea_admdvs: place, filing_type: 'TMP-OTHER', begndate: '2026-12-01' },
      record: { kind: 'filing', value: record(`filing:${n}`, place) },
    });

    await enqueue(0, '310000');
    const first = outbox.flush(); // takes its list now, then waits at the gate
    await new Promise((r) => setTimeout(r, 20));
    await enqueue(1, '310000');
    const second = outbox.flush();
    release();
    await first;
    await second;
    const rows = await outbox.rows();
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.state === 'queued' || r.state === 'sending')).toEqual([]);
    expect(mock.calls()).toBe(2);
    db.close();
  });
});

describe('withoutServerCopies', () => {
  it("shows a filing once when the platform's copy was imported beside her own record", async () => {
    const { withoutServerCopies } = await import('../../pwa/app/appContext.ts');
    const own = { ...record('filing:0', '310000'), serverId: 'MXBA1', status: 'valid' as const };
    const copy = { ...own, id: 'filing:srv-MXBA1' };
    const other = { ...record('filing:srv-MXBA2', '320100'), serverId: 'MXBA2' };
    expect(withoutServerCopies([copy, own, other]).map((f) => f.id)).toEqual(['filing:0', 'filing:srv-MXBA2']);
  });
});
