// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, deleteAllData, MIGRATIONS, openPwaDb } from '../../pwa/store/db.ts';
import { deviceKey, seal, unseal } from '../../pwa/store/seal.ts';

let n = 0;
const fresh = () => `yibao-test-${++n}`;

describe('openPwaDb', () => {
  it('has one migration per version up to the current one', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('creates keys, records (by kind) and outbox (by idem) in a new database', async () => {
    const db = await openPwaDb(fresh());
    expect([...db.objectStoreNames].sort()).toEqual(['keys', 'outbox', 'records']);
    expect([...db.transaction('records').store.indexNames]).toEqual(['kind']);
    expect([...db.transaction('outbox').store.indexNames]).toEqual(['idem']);
    db.close();
  });

  describe('migration 1 → 2', () => {
    it('indexes records by kind and gives old outbox rows an attempt count of 0, keeping every row', async () => {
      const name = fresh();
      const v1 = await openPwaDb(name, 1);
      await v1.put('records', { id: 'filing:a', kind: 'filing', updatedAt: 't', sealed: { iv: new Uint8Array(12), data: new ArrayBuffer(1) } });
      // A v1 row had no attempts field.
      const raw = await openDB(name, 1);
      v1.close();
      await raw.add('outbox', { idem: 'K1', kind: 'filing-create', recordId: 'filing:a', after: null, state: 'queued', lastError: null, createdAt: 't', sealed: null });
      raw.close();
      const v2 = await openPwaDb(name, 2);
      expect((await v2.getAllFromIndex('records', 'kind', 'filing')).map((r) => r.id)).toEqual(['filing:a']);
      expect((await v2.getAll('outbox')).map((r) => [r.idem, r.attempts])).toEqual([['K1', 0]]);
      v2.close();
    });
  });
});

describe('deviceKey', () => {
  it('keeps one non-extractable AES-GCM key and seals values that only it opens', async () => {
    const db = await openPwaDb(fresh());
    const key = await deviceKey(db);
    expect(key.extractable).toBe(false);
    expect(await deviceKey(db)).toMatchObject({ algorithm: { name: 'AES-GCM' } });
    const sealed = await seal(key, { certno: '130102195001010000' });
    expect(new TextDecoder().decode(sealed.data)).not.toContain('130102');
    expect(await unseal(key, sealed)).toEqual({ certno: '130102195001010000' });
    const other = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await expect(unseal(other, sealed)).rejects.toThrow();
    db.close();
  });
});

describe('deleteAllData', () => {
  it('removes the database with its key', async () => {
    const name = fresh();
    const db = await openPwaDb(name);
    await deviceKey(db);
    await deleteAllData(db, name);
    const again = await openPwaDb(name);
    expect(await again.count('keys')).toBe(0);
    again.close();
  });
});
