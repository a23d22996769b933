import { CoreError, type Result } from '../errors/index.ts';
import { readFiling } from '../filing/readFiling.ts';
import type { Filing } from '../types.ts';
import { parseStored, STORAGE_VERSION, type Stored } from './storedForm.ts';
import { filingBody } from './storedSchemas.ts';

/** JSON of a Filing: every field present (`null` for no end, not cancelled). */
export type StoredFiling = Stored<'yibao.filing', Required<{ [K in keyof Filing]: Exclude<Filing[K], undefined> }>>;

/**
 * The storage form of a filing (core/STORAGE-FORMAT.md, version 1).
 * @throws CoreError when `f` is not a valid filing (as `readFiling` checks it)
 */
export function toStoredFiling(f: Filing): StoredFiling {
  readFiling(f, 'filing');
  return {
    format: 'yibao.filing', version: STORAGE_VERSION, id: f.id, category: f.category, targetAdmdvs: f.targetAdmdvs, registeredAt: f.registeredAt,
    validFrom: f.validFrom, validTo: f.validTo ?? null, viaCommitment: f.viaCommitment, commitmentDocsCompleted: f.commitmentDocsCompleted,
    cancelledAt: f.cancelledAt ?? null,
  };
}

/** Reads a stored filing back, with its dates and place checked as the decisions check them. */
export function parseStoredFiling(json: unknown): Result<Filing> {
  const r = parseStored(json, 'yibao.filing', filingBody);
  if (!r.ok) return r;
  try {
    readFiling(r.value, 'filing');
  } catch (e) {
    if (e instanceof CoreError) return { ok: false, error: e };
    throw e;
  }
  return r;
}
