import { expectString } from '../../guards/expect.ts';
import { ZERO, type Money } from '../../money/index.ts';
import { isCrossProvince } from '../../region/isCrossProvince.ts';
import type { MedType } from '../../types.ts';
import { monthText, parseMonth } from '../schedule/parseMonth.ts';
import { DECLARED_AMOUNTS, type DeclaredAmount } from './fundKeys.ts';
import type { SettlementRecord } from './recordTypes.ts';
import { assertRecord, optionsOf } from '../guards.ts';

/** Signed sums of the declared amounts (a reversal subtracts), exact to the fen. */
export type DeclaredTotals = Record<DeclaredAmount, Money>;

/** Counts and totals of one group of settlements. */
export interface DeclarationGroup {
  /** Records in the group: settlements plus reversals. */
  count: number;
  settlements: number;
  reversals: number;
  totals: DeclaredTotals;
}

/** One part of a declaration: all of it, then by medical type, clearing type and 险种. */
export interface DeclarationPart {
  all: DeclarationGroup;
  byMedType: Partial<Record<MedType, DeclarationGroup>>;
  byClearingType: Readonly<Record<string, DeclarationGroup>>;
  byInsutype: Readonly<Record<string, DeclarationGroup>>;
}

/** A settlement month's declaration of one institution. */
export interface MonthlyDeclaration {
  month: string;
  /** The institution declared for; null: every institution in the input. */
  fixmedinsCode: string | null;
  /** Local and intra-province settlements: declared to the pooling area and paid instantly. */
  instant: DeclarationPart;
  /** Cross-province direct settlements: prepaid by the insured province, then cleared between provinces. */
  crossProvince: DeclarationPart;
  /** Both parts together. */
  total: DeclarationGroup;
  /** Records read but left out: of another month, or of another institution. */
  skipped: { otherMonth: number; otherInstitution: number };
}

/** Feeds a month's declaration one record at a time, in constant memory. */
export interface DeclarationAccumulator {
  /** Adds one record; returns false when it belongs to another month or institution (then counted as skipped). */
  add(record: SettlementRecord): boolean;
  /** The declaration so far (a snapshot; adding more later does not change it). */
  result(): MonthlyDeclaration;
}

const emptyTotals = (): DeclaredTotals => Object.fromEntries(DECLARED_AMOUNTS.map((k) => [k, ZERO])) as DeclaredTotals;
const emptyGroup = (): DeclarationGroup => ({ count: 0, settlements: 0, reversals: 0, totals: emptyTotals() });
const emptyPart = (): { all: DeclarationGroup; byMedType: Map<string, DeclarationGroup>; byClearingType: Map<string, DeclarationGroup>; byInsutype: Map<string, DeclarationGroup> } => ({
  all: emptyGroup(), byMedType: new Map(), byClearingType: new Map(), byInsutype: new Map(),
});

function addTo(g: DeclarationGroup, r: SettlementRecord): void {
  g.count += 1;
  if (r.settlement.kind === 'REVERSAL') g.reversals += 1;
  else g.settlements += 1;
  const a = r.settlement.amounts;
  for (const k of DECLARED_AMOUNTS) if (!a[k].isZero()) g.totals[k] = g.totals[k].plus(a[k]);
}

function groupIn(map: Map<string, DeclarationGroup>, key: string): DeclarationGroup {
  let g = map.get(key);
  if (!g) map.set(key, (g = emptyGroup()));
  return g;
}

const copyGroup = (g: DeclarationGroup): DeclarationGroup => ({ ...g, totals: { ...g.totals } });
const sorted = (m: Map<string, DeclarationGroup>): Record<string, DeclarationGroup> =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, g]) => [k, copyGroup(g)]));

/**
 * Starts a month's declaration (R-18: declared by the 10th of the next month), fed one
 * `SettlementRecord` at a time so a file of any length is read in constant memory. Totals are
 * signed exact sums of the stored amounts (already in fen): no rounding happens here.
 * @param month the settlement month `YYYY-MM`; a record counts in the month of its `settledOn`
 * @param opts.fixmedinsCode declare for this institution only (others are skipped)
 * @throws CoreError `INVALID_DATE` for a bad month
 */
export function createDeclarationAccumulator(month: string, options?: { fixmedinsCode?: string }): DeclarationAccumulator {
  const m = monthText(parseMonth(month));
  const opts = optionsOf<{ fixmedinsCode?: string }>(options);
  const only = opts.fixmedinsCode === undefined ? null : expectString(opts.fixmedinsCode, 'fixmedinsCode');
  const parts = { instant: emptyPart(), crossProvince: emptyPart() };
  const total = emptyGroup();
  const skipped = { otherMonth: 0, otherInstitution: 0 };
  return {
    add(record) {
      const r = assertRecord(record, 'record');
      if (r.settledOn.slice(0, 7) !== m) {
        skipped.otherMonth += 1;
        return false;
      }
      if (only !== null && r.fixmedinsCode !== only) {
        skipped.otherInstitution += 1;
        return false;
      }
      const part = isCrossProvince(r.insuplcAdmdvs, r.mdtrtareaAdmvs) ? parts.crossProvince : parts.instant;
      addTo(part.all, r);
      addTo(groupIn(part.byMedType, r.settlement.medType), r);
      addTo(groupIn(part.byClearingType, r.clrType), r);
      addTo(groupIn(part.byInsutype, r.insutype), r);
      addTo(total, r);
      return true;
    },
    result() {
      const show = (p: ReturnType<typeof emptyPart>): DeclarationPart => ({
        all: copyGroup(p.all), byMedType: sorted(p.byMedType), byClearingType: sorted(p.byClearingType), byInsutype: sorted(p.byInsutype),
      });
      return { month: m, fixmedinsCode: only, instant: show(parts.instant), crossProvince: show(parts.crossProvince), total: copyGroup(total), skipped: { ...skipped } };
    },
  };
}
