import type { SourceStatus } from '../types.ts';

/** One entry of the R-1 override table: a prefix that is its own medical-insurance province. */
export interface RegionOverride {
  /** The province key compared by `isCrossProvince` (not necessarily a 2-digit prefix). */
  province: string;
  /** Chinese name of the unit. */
  name: string;
  /** Raw 2-digit prefixes this unit is always cross-province with, even if keys coincide. */
  treatAsDistinctFrom: readonly string[];
  status: SourceStatus;
  /** The open item (§8) that must settle this entry. */
  openItem: string;
}

/**
 * R-1 override table (data, flagged for review). Applied before the GB/T 2260 table.
 *
 * O-4: 新疆生产建设兵团 is a separate provincial-level medical-insurance unit; its prefix `66` and
 * whether 兵团 ↔ 新疆 (`65`) counts as 跨省 are UNVERIFIED. If review finds otherwise, change this
 * entry (e.g. `province: '65'`, `treatAsDistinctFrom: []`), not the code.
 */
export const REGION_OVERRIDES: Readonly<Record<string, RegionOverride>> = Object.freeze({
  '66': Object.freeze({
    province: 'XPCC',
    name: '新疆生产建设兵团',
    treatAsDistinctFrom: Object.freeze(['65']),
    status: 'UNVERIFIED',
    openItem: 'O-4',
  }),
});
