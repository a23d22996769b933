import { CoreError, type Result } from '../errors/index.ts';
import { Dec } from '../money/index.ts';
import { assertSettlement } from '../guards/assertSettlement.ts';
import type { Settlement } from '../types.ts';
import { parseStored, STORAGE_VERSION, type Stored } from './storedForm.ts';
import { settlementBody } from './storedSchemas.ts';

/** JSON of a Settlement: decimals as strings (`Dec.toFixed()`), explanation steps included. */
export type StoredSettlement = Stored<'yibao.settlement', Record<string, unknown>>;

/** Decimals become exact decimal strings (`toFixed`, never exponent notation); the rest is JSON already. */
function plain(v: unknown, path = 'settlement'): unknown {
  if (Dec.isDecimal(v)) {
    if (!v.isFinite()) throw new CoreError('INVALID_AMOUNT', 'the amount is NaN or Infinity: give a finite amount', path);
    return v.toFixed();
  }
  if (Array.isArray(v)) return v.map((x, i) => plain(x, `${path}[${i}]`));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, `${path}.${k}`)]));
  return v;
}

/**
 * The storage form of a settlement (core/STORAGE-FORMAT.md, version 1), e.g. for IndexedDB or a host page.
 * @throws CoreError when `s` is not a Settlement as `settle` made it
 */
export function toStoredSettlement(s: Settlement): StoredSettlement {
  assertSettlement(s);
  const { kind, medType, policyId, policyVersion, insuranceYearStart, category, fundPaySumamtIncludesAcct, amounts, lines, funds, ytdDelta, ytdAfter, steps, warnings } = s;
  const body = { kind, medType, policyId, policyVersion, insuranceYearStart, category, fundPaySumamtIncludesAcct, amounts, lines, funds, ytdDelta, ytdAfter, steps, warnings };
  const stored: StoredSettlement = { format: 'yibao.settlement', version: STORAGE_VERSION, ...(plain(body) as Record<string, unknown>) };
  // What is written must read back: a hand-altered explanation or field fails here, not on reading.
  const check = parseStoredSettlement(stored);
  if (!check.ok) throw check.error;
  return stored;
}

/**
 * Reads a stored settlement back: the same figures, `Dec` amounts, and it reverses like the original.
 * @returns a Result; `UNSUPPORTED_VERSION` for another version, `INVALID_INPUT` / `INVALID_AMOUNT` at a bad field
 */
export function parseStoredSettlement(json: unknown): Result<Settlement> {
  return parseStored(json, 'yibao.settlement', settlementBody) as Result<Settlement>;
}
