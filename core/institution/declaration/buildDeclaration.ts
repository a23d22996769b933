import { assertRecord, expectIterable } from '../guards.ts';
import { createDeclarationAccumulator, type MonthlyDeclaration } from './createDeclarationAccumulator.ts';
import type { SettlementRecord } from './recordTypes.ts';

/**
 * A month's declaration from records in memory (the accumulator in one call).
 * @throws as `createDeclarationAccumulator`
 */
export function buildDeclaration(records: Iterable<SettlementRecord>, month: string, opts?: { fixmedinsCode?: string }): MonthlyDeclaration {
  const acc = createDeclarationAccumulator(month, opts);
  let i = 0;
  for (const r of expectIterable<SettlementRecord>(records, 'records')) acc.add(assertRecord(r, `records[${i++}]`));
  return acc.result();
}
