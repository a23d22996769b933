/**
 * The PWA's IndexedDB, typed by a versioned schema (idb). Every personal value is sealed
 * (store/seal.ts); the only plain fields are ids, kinds, states and times.
 *
 * The one trap (idb's README): no unrelated `await` inside a transaction — it auto-commits.
 * Each migration below runs inside the upgrade transaction only; test/pwa/db.test.ts opens a
 * database at every older version and upgrades it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DB_NAME = 'yibao-pwa';
/** v1: keys, records, outbox. v2: records indexed by kind; outbox rows count their attempts. */
export const DB_VERSION = 2;

/** An AES-GCM sealed JSON value. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export type RecordKind = 'profile' | 'filing' | 'claim' | 'estimate';

export interface RecordRow {
  id: string;
  kind: RecordKind;
  updatedAt: string;
  sealed: Sealed;
}

export type OutboxState = 'queued' | 'sending' | 'accepted' | 'rejected' | 'needs-action';
export type OutboxKind = 'filing-create' | 'filing-change' | 'filing-cancel' | 'claim-create';

export interface OutboxRow {
  /** Order of sending (auto-increment). */
  seq?: number;
  /** Idempotency key, sent as the envelope's msgid: a resend is answered from the platform's store. */
  idem: string;
  kind: OutboxKind;
  /** The local record this item writes (`filing:…`, `claim:…`). */
  recordId: string;
  /** idem of the item this one waits for (a change waits for its create). */
  after: string | null;
  state: OutboxState;
  attempts: number;
  /** Last failure, without personal data: a code and the platform's message. */
  lastError: { code: string; message: string; at: string } | null;
  createdAt: string;
  /** What to send (request data, then the frozen envelope once built): sealed. */
  sealed: Sealed;
}

export interface PwaSchema extends DBSchema {
  keys: { key: string; value: CryptoKey };
  records: { key: string; value: RecordRow; indexes: { kind: RecordKind } };
  outbox: { key: number; value: OutboxRow; indexes: { idem: string } };
}

export type PwaDB = IDBPDatabase<PwaSchema>;
type UpgradeTx = IDBPTransaction<PwaSchema, StoreNames<PwaSchema>[], 'versionchange'>;

/** Migrations by the version they create; each gets the upgrade transaction. */
export const MIGRATIONS: Record<number, (db: PwaDB, tx: UpgradeTx) => void> = {
  1: (db) => {
    db.createObjectStore('keys');
    db.createObjectStore('records', { keyPath: 'id' });
    db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('idem', 'idem', { unique: true });
  },
  2: (_db, tx) => {
    tx.objectStore('records').createIndex('kind', 'kind');
    void tx.objectStore('outbox').openCursor().then(function step(c): Promise<void> | void {
      if (!c) return;
      const row = c.value as OutboxRow & { attempts?: number };
      if (row.attempts === undefined) void c.update({ ...row, attempts: 0 });
      return c.continue().then(step);
    });
  },
};

/** Opens (and migrates) the database; `version` only for migration tests. */
export function openPwaDb(name = DB_NAME, version = DB_VERSION): Promise<PwaDB> {
  return openDB<PwaSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
    blocking(_current, _next, event) {
      // Another tab (or an app update) wants a newer version: let it (the outbox is on disk).
      (event.target as IDBDatabase).close();
    },
  });
}

/** "Delete all my data": closes and deletes the whole database, key included. */
export async function deleteAllData(db: PwaDB | null, name = DB_NAME): Promise<void> {
  db?.close();
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
    r.onblocked = () => resolve();
  });
}
