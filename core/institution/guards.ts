/** Cheap checks at the institution side's public edges: a wrong value is a CoreError naming its path. */
import { CoreError } from '../errors/index.ts';
import { parseIsoDate } from '../filing/dates/index.ts';
import { expectArray, expectBoolean, expectDec, expectObject, expectOneOf, expectString } from '../guards/expect.ts';
import { MED_TYPES } from '../types.ts';
import { DECLARED_AMOUNTS } from './declaration/fundKeys.ts';
import { PARSED_RECORDS } from './declaration/parsedRecords.ts';
import type { SettlementRecord } from './declaration/recordTypes.ts';

/** A list, a Set, a generator…: anything `for … of` reads (not a string). */
export function expectIterable<T>(v: unknown, path: string): Iterable<T> {
  if (v === null || typeof v !== 'object' || typeof (v as Iterable<T>)[Symbol.iterator] !== 'function') {
    throw new CoreError('INVALID_INPUT', 'expected a list (an array or another iterable)', path);
  }
  return v as Iterable<T>;
}

/** An options object: absent is `{}`. */
export function optionsOf<T extends object>(v: unknown, path = 'opts'): Partial<T> {
  if (v === undefined) return {};
  return expectObject(v, path) as Partial<T>;
}

/**
 * Checks a SettlementRecord where it enters an accumulator or the audit (the fields they read).
 * A record `parseSettlementRecord` returned is taken as it is.
 */
export function assertRecord(v: unknown, path: string): SettlementRecord {
  const r = expectObject(v, path);
  if (PARSED_RECORDS.has(r)) return r as unknown as SettlementRecord;
  for (const k of ['setlId', 'fixmedinsCode', 'clrType', 'psnRef', 'insuplcAdmdvs', 'mdtrtareaAdmvs'] as const) expectString(r[k], `${path}.${k}`);
  expectOneOf(r.insutype, ['310', '390'], `${path}.insutype`);
  parseIsoDate(r.settledOn, `${path}.settledOn`);
  if (r.filingValidTo !== null) parseIsoDate(r.filingValidTo, `${path}.filingValidTo`);
  expectArray(r.items, `${path}.items`).forEach((x, i) => {
    const it = expectObject(x, `${path}.items[${i}]`);
    expectString(it.lineId, `${path}.items[${i}].lineId`);
    expectString(it.itemCode, `${path}.items[${i}].itemCode`);
    expectDec(it.qty, `${path}.items[${i}].qty`);
    expectBoolean(it.restricted, `${path}.items[${i}].restricted`);
    expectBoolean(it.indicationMet, `${path}.items[${i}].indicationMet`);
  });
  const s = expectObject(r.settlement, `${path}.settlement`);
  expectOneOf(s.kind, ['SETTLEMENT', 'REVERSAL'], `${path}.settlement.kind`);
  expectOneOf(s.medType, MED_TYPES, `${path}.settlement.medType`);
  const a = expectObject(s.amounts, `${path}.settlement.amounts`);
  for (const k of [...DECLARED_AMOUNTS, 'inscpScpAmt'] as const) expectDec(a[k], `${path}.settlement.amounts.${k}`);
  const lineIds = new Set<string>();
  expectArray(s.lines, `${path}.settlement.lines`).forEach((x, i) => {
    const l = expectObject(x, `${path}.settlement.lines[${i}]`);
    lineIds.add(expectString(l.lineId, `${path}.settlement.lines[${i}].lineId`));
    expectDec(l.amount, `${path}.settlement.lines[${i}].amount`);
    expectDec(l.inscpScpAmt, `${path}.settlement.lines[${i}].inscpScpAmt`);
  });
  (r.items as { lineId: string }[]).forEach((it, i) => {
    if (!lineIds.has(it.lineId)) throw new CoreError('INVALID_INPUT', 'no line of the settlement has this lineId', `${path}.items[${i}].lineId`);
  });
  return r as unknown as SettlementRecord;
}
