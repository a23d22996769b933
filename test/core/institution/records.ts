/** Settlement records for the institution tests: real settlements of the golden examples, wrapped. */
import { Dec, reverseSettlement, settle, type Settlement } from '../../../core/index.ts';
import type { SettlementRecord } from '../../../core/institution/index.ts';
import { caseOf, readExamples } from '../settle/fixtures.ts';

let cache: Settlement[] | undefined;

/** Every golden example that settles, settled once. */
export function settledExamples(): Settlement[] {
  cache ??= readExamples().flatMap((f) => {
    const c = caseOf(f);
    const out = settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet });
    return out.settlement ? [out.settlement] : [];
  });
  return cache;
}

/** A record around a settlement; cross-province (110105 → 130102) unless the places are overridden. */
export function recordOf(settlement: Settlement, over: Partial<SettlementRecord> = {}): SettlementRecord {
  return {
    setlId: 'S1',
    settledOn: '2025-09-15',
    fixmedinsCode: 'H13010200001',
    insutype: '310',
    clrType: settlement.medType === 'INPATIENT' ? '21' : settlement.medType === 'PHARMACY' ? '41' : '11',
    insuplcAdmdvs: '110105',
    mdtrtareaAdmvs: '130102',
    psnRef: 'p-0001',
    filingValidTo: null,
    items: [],
    settlement,
    ...over,
  };
}

/** The reversal of a settlement (its amounts negated), as a record. */
export function reversalOf(record: SettlementRecord, setlId: string): SettlementRecord {
  const s = record.settlement;
  return { ...record, setlId, settlement: reverseSettlement(s, s.ytdAfter) };
}

/** A copy of a settlement with other amounts (for property tests: the declaration only reads amounts). */
export function withAmounts(s: Settlement, amounts: Partial<Record<keyof Settlement['amounts'], string>>): Settlement {
  const a = { ...s.amounts };
  for (const [k, v] of Object.entries(amounts)) a[k as keyof typeof a] = new Dec(v);
  return { ...s, amounts: a };
}
