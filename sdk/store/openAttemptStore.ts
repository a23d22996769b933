/**
 * The never-charge-twice store: every money-moving message (2102 / 2207 settle, 2103 / 2208
 * revoke) is written here, msgid and exact body, BEFORE it is sent; its outcome is written when
 * known. Also the day's sign_no per operator. A tiny idb wrapper typed by a DBSchema; IndexedDB
 * errors pass through untouched (the session turns them into STORE_FAILED and does not send).
 * Trap (idb): no unrelated `await` inside a transaction — every call here is one request.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Attempt } from './Attempt.ts';

interface YbSchema extends DBSchema {
  attempts: { key: string; value: Attempt; indexes: { status: string } };
  meta: { key: string; value: { key: string; value: string } };
}

export interface AttemptStore {
  put(a: Attempt): Promise<void>;
  get(msgid: string): Promise<Attempt | undefined>;
  /** Attempts whose outcome is not known yet, oldest first. */
  pending(fixmedinsCode: string): Promise<Attempt[]>;
  all(): Promise<Attempt[]>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): void;
}

const byCreated = (a: Attempt, b: Attempt) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** Opens (creating on first use) the database `name` (default `yibao-sdk`). */
export async function openAttemptStore(name = 'yibao-sdk'): Promise<AttemptStore> {
  const db: IDBPDatabase<YbSchema> = await openDB<YbSchema>(name, 1, {
    upgrade(d) {
      d.createObjectStore('attempts', { keyPath: 'msgid' }).createIndex('status', 'status');
      d.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  return {
    async put(a) {
      await db.put('attempts', a);
    },
    get: (msgid) => db.get('attempts', msgid),
    async pending(code) {
      const rows = await db.getAllFromIndex('attempts', 'status', 'pending');
      return rows.filter((a) => a.fixmedins_code === code).sort(byCreated);
    },
    async all() {
      return (await db.getAll('attempts')).sort(byCreated);
    },
    async getMeta(key) {
      return (await db.get('meta', key))?.value;
    },
    async setMeta(key, value) {
      await db.put('meta', { key, value });
    },
    close: () => db.close(),
  };
}
