/**
 * The outbox: everything the patient sends is saved first, then sent in order.
 * - Each item has an idempotency key, sent as the envelope's `msgid`. The envelope is frozen
 *   (sealed in the row) before the first attempt, so every resend is byte-equal and the platform
 *   answers it from its message store: nothing is applied twice across a reload, a killed tab or
 *   an app update.
 * - An item that waits for another (`after`: a change waits for its create) is sent only once
 *   that one is accepted; if that one is rejected, it needs action instead.
 * - Each item keeps its last error. Unreachable → stays queued; busy (retryable) → queued;
 *   refused → rejected with the platform's reason.
 * - One flush at a time per tab, and per origin where Web Locks exist.
 */
import { callExt, envelope, type Envelope, type ExtInfno, type Send } from './api.ts';
import type { OutboxKind, OutboxRow, PwaDB, RecordRow } from './db.ts';
import { readRecord, sealRecord } from './records.ts';
import { seal, unseal } from './seal.ts';
import type { ClaimRecordView, FilingRecordView } from './types.ts';

/** A value filled in at send time from the accepted item `idem` (e.g. the platform's filing id). */
export interface Ref {
  $ref: string;
  field: 'filing_id';
}

interface Payload {
  infno: ExtInfno;
  data: Record<string, unknown>;
  insuplc: string;
  mdtrtarea: string;
  env: Envelope | null;
  result: Record<string, unknown> | null;
}

export interface EnqueueInput {
  kind: OutboxKind;
  infno: ExtInfno;
  recordId: string;
  after: string | null;
  data: Record<string, unknown>;
  insuplc: string;
  mdtrtarea: string;
  /** The record to save with the item, in the same transaction (persist first). */
  record?: { kind: 'filing' | 'claim'; value: FilingRecordView | ClaimRecordView };
}

export interface FlushReport {
  accepted: number;
  rejected: number;
  waiting: number;
  unreachable: boolean;
}

const LIVE = new Set(['queued', 'sending']);

const isRef = (v: unknown): v is Ref => typeof v === 'object' && v !== null && '$ref' in v;

export class Outbox {
  readonly #db: PwaDB;
  readonly #key: CryptoKey;
  readonly #send: Send;
  readonly #now: () => number;
  readonly #newId: () => string;
  #running: Promise<FlushReport> | null = null;
  #queued: Promise<FlushReport> | null = null;

  constructor(o: { db: PwaDB; key: CryptoKey; send: Send; now?: () => number; newId: () => string }) {
    this.#db = o.db;
    this.#key = o.key;
    this.#send = o.send;
    this.#now = o.now ?? Date.now;
    this.#newId = o.newId;
  }

  /** Saves the item (and its record) before anything is sent; returns its idempotency key. */
  async enqueue(input: EnqueueInput): Promise<string> {
    const idem = this.#newId();
    const payload: Payload = { infno: input.infno, data: input.data, insuplc: input.insuplc, mdtrtarea: input.mdtrtarea, env: null, result: null };
    const row: OutboxRow = {
      idem, kind: input.kind, recordId: input.recordId, after: input.after, state: 'queued', attempts: 0, lastError: null,
      createdAt: new Date(this.#now()).toISOString(), sealed: await seal(this.#key, payload),
    };
    const rec = input.record ? await sealRecord(this.#key, input.recordId, input.record.kind, input.record.value, this.#now()) : null;
    const tx = this.#db.transaction(['outbox', 'records'], 'readwrite');
    await Promise.all([tx.objectStore('outbox').add(row), rec ? tx.objectStore('records').put(rec) : null, tx.done]);
    return idem;
  }

  async rows(): Promise<OutboxRow[]> {
    return this.#db.getAll('outbox');
  }

  /** Puts failed and needs-action items back in the queue (the user pressed retry). */
  async retry(idem: string): Promise<void> {
    const row = await this.#byIdem(idem);
    if (row && (row.state === 'rejected' || row.state === 'needs-action')) await this.#db.put('outbox', { ...row, state: 'queued' });
  }

  /** Sends what can be sent, in order; one run at a time. */
  flush(): Promise<FlushReport> {
    if (this.#running) {
      // The running pass took its list of items before this call: one more pass after it sends what came since.
      this.#queued ??= this.#running.catch(() => undefined).then(() => {
        this.#queued = null;
        return this.flush();
      });
      return this.#queued;
    }
    const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
    const run: Promise<FlushReport> = locks ? locks.request('yibao-outbox', async () => this.#flushOnce()).then((r) => r) : this.#flushOnce();
    const running = run.finally(() => {
      this.#running = null;
    });
    this.#running = running;
    return running;
  }

  async #byIdem(idem: string): Promise<OutboxRow | undefined> {
    return this.#db.getFromIndex('outbox', 'idem', idem);
  }

  async #flushOnce(): Promise<FlushReport> {
    const report: FlushReport = { accepted: 0, rejected: 0, waiting: 0, unreachable: false };
    const seqs = (await this.#db.getAll('outbox')).filter((r) => LIVE.has(r.state)).map((r) => r.seq!);
    for (const seq of seqs) {
      const row = await this.#db.get('outbox', seq); // re-read: another tab may have sent it
      if (!row || !LIVE.has(row.state)) continue;
      const dep = row.after ? await this.#byIdem(row.after) : undefined;
      if (dep && dep.state !== 'accepted') {
        if (dep.state === 'rejected' || dep.state === 'needs-action') {
          await this.#finish(row, 'needs-action', null, { code: 'DEPENDENCY_FAILED', message: '它所依赖的申请未被受理 / the request it depends on was not accepted' });
        } else report.waiting++;
        continue;
      }
      const payload = await unseal<Payload>(this.#key, row.sealed);
      if (!payload.env) {
        const depResult = dep ? (await unseal<Payload>(this.#key, dep.sealed)).result : null;
        const data = Object.fromEntries(Object.entries(payload.data).map(([k, v]) => [k, isRef(v) ? filingIdOf(depResult) : v]));
        payload.env = envelope(payload.infno, { data }, { msgid: row.idem, now: this.#now(), insuplc: payload.insuplc, mdtrtarea: payload.mdtrtarea });
      }
      // Persist the frozen envelope and the attempt before the request leaves.
      const sending: OutboxRow = { ...row, state: 'sending', attempts: row.attempts + 1, sealed: await seal(this.#key, payload) };
      await this.#db.put('outbox', sending);
      const res = await callExt(this.#send, payload.env);
      const at = new Date(this.#now()).toISOString();
      if (res.kind === 'ok') {
        await this.#finish(sending, 'accepted', { ...payload, result: res.output }, null);
        report.accepted++;
      } else if (res.kind === 'refused' && !res.retryable) {
        await this.#finish(sending, 'rejected', payload, { code: res.code, message: res.message });
        report.rejected++;
      } else {
        await this.#db.put('outbox', { ...sending, state: 'queued', lastError: { code: res.kind === 'refused' ? res.code : 'UNREACHABLE', message: res.message, at } });
        if (res.kind === 'unreachable') {
          report.unreachable = true;
          break;
        }
      }
    }
    return report;
  }

  /** Ends an item and updates the records it writes, in one transaction. */
  async #finish(row: OutboxRow, state: 'accepted' | 'rejected' | 'needs-action', payload: Payload | null, error: { code: string; message: string } | null): Promise<void> {
    const updates = await this.#recordUpdates(row, state, payload?.result ?? null, error);
    const next: OutboxRow = {
      ...row, state, lastError: error ? { ...error, at: new Date(this.#now()).toISOString() } : null,
      sealed: payload ? await seal(this.#key, payload) : row.sealed,
    };
    const tx = this.#db.transaction(['outbox', 'records'], 'readwrite');
    await Promise.all([tx.objectStore('outbox').put(next), ...updates.map((u) => tx.objectStore('records').put(u)), tx.done]);
  }

  async #recordUpdates(row: OutboxRow, state: string, out: Record<string, unknown> | null, error: { message: string } | null): Promise<RecordRow[]> {
    const key = this.#key;
    const now = this.#now();
    const rows: RecordRow[] = [];
    if (row.kind === 'claim-create') {
      const c = await readRecord<ClaimRecordView>(this.#db, key, row.recordId);
      if (!c) return rows;
      const info = (out?.claiminfo ?? null) as { claim_id?: string; status?: ClaimRecordView['serverStatus'] } | null;
      const next: ClaimRecordView = state === 'accepted'
        ? { ...c, serverId: info?.claim_id ?? null, serverStatus: info?.status ?? 'SUBMITTED', status: 'valid', reason: null }
        : { ...c, status: state === 'rejected' ? 'rejected' : 'needs-action', reason: error?.message ?? null };
      rows.push(await sealRecord(key, c.id, 'claim', next, now));
      return rows;
    }
    const f = await readRecord<FilingRecordView>(this.#db, key, row.recordId);
    if (!f) return rows;
    if (state !== 'accepted') {
      const next = row.kind === 'filing-cancel' ? { ...f, reason: error?.message ?? null } : { ...f, status: state === 'rejected' ? 'rejected' : 'needs-action', reason: error?.message ?? null };
      rows.push(await sealRecord(key, f.id, 'filing', next, now));
      return rows;
    }
    const info = (out?.filinginfo ?? {}) as { filing_id?: string; begndate?: string; enddate?: string | null; registered_at?: string; cancelled_at?: string | null; status?: string };
    if (row.kind === 'filing-cancel') {
      rows.push(await sealRecord(key, f.id, 'filing', { ...f, status: 'cancelled', cancelledAt: info.cancelled_at ?? new Date(now).toISOString(), reason: null }, now));
      return rows;
    }
    const accepted: FilingRecordView = {
      ...f, serverId: info.filing_id ?? null, validFrom: info.begndate ?? f.validFrom, validTo: info.enddate ?? null,
      registeredAt: info.registered_at ?? null, status: 'valid', reason: null,
    };
    rows.push(await sealRecord(key, f.id, 'filing', accepted, now));
    if (row.kind === 'filing-change' && f.replaces) {
      const old = await readRecord<FilingRecordView>(this.#db, key, f.replaces);
      if (old) rows.push(await sealRecord(key, old.id, 'filing', { ...old, status: 'cancelled', cancelledAt: new Date(now).toISOString() }, now));
    }
    return rows;
  }
}

function filingIdOf(result: Record<string, unknown> | null): string {
  const info = result?.filinginfo as { filing_id?: unknown } | undefined;
  return typeof info?.filing_id === 'string' ? info.filing_id : '';
}
