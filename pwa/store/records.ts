/** Sealed records (profile, filings, claims, estimates): read, write, list by kind. */
import type { PwaDB, RecordKind, RecordRow } from './db.ts';
import { seal, unseal } from './seal.ts';

export async function sealRecord(key: CryptoKey, id: string, kind: RecordKind, value: unknown, now = Date.now()): Promise<RecordRow> {
  return { id, kind, updatedAt: new Date(now).toISOString(), sealed: await seal(key, value) };
}

export async function readRecord<T>(db: PwaDB, key: CryptoKey, id: string): Promise<T | null> {
  const row = await db.get('records', id);
  return row ? unseal<T>(key, row.sealed) : null;
}

export async function writeRecord(db: PwaDB, key: CryptoKey, id: string, kind: RecordKind, value: unknown): Promise<void> {
  await db.put('records', await sealRecord(key, id, kind, value));
}

export async function listRecords<T>(db: PwaDB, key: CryptoKey, kind: RecordKind): Promise<T[]> {
  const rows = await db.getAllFromIndex('records', 'kind', kind);
  return Promise.all(rows.map((r) => unseal<T>(key, r.sealed)));
}
