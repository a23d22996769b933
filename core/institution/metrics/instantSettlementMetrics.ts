import { CoreError } from '../../errors/index.ts';
import { expectInt } from '../../guards/expect.ts';
import { Dec, type Money } from '../../money/index.ts';
import { expectFen } from '../expectFen.ts';
import type { InstitutionParam } from '../institutionSources.ts';

/** The end-2026 targets of the 2025-10 notice. */
export const INSTANT_SETTLEMENT_TARGETS = {
  fundShare: { value: '0.80', source: 'nhsa-2025-10', status: 'VERIFIED', rules: ['R-18'] },
  institutionShare: { value: '0.80', source: 'nhsa-2025-10', status: 'VERIFIED', rules: ['R-18'] },
  /** Every 二级及以上 designated medical institution included. */
  allLevel2Plus: { value: true, source: 'nhsa-2025-10', status: 'VERIFIED', rules: ['R-18'] },
  by: { value: '2026-12-31', source: 'nhsa-2025-10', status: 'VERIFIED', rules: ['R-18'] },
} as const satisfies Record<string, InstitutionParam<unknown>>;

export interface InstantSettlementMetrics {
  /** Instant-settled funds ÷ the month's settlement funds (exact; 4 decimals shown by `toFixed(4)`). */
  fundShare: Dec;
  /** Institutions settled instantly ÷ designated medical institutions. */
  institutionShare: Dec;
  fundTargetMet: boolean;
  institutionTargetMet: boolean;
  allLevel2PlusIncluded: boolean;
  targetsMet: boolean;
}

/**
 * The instant-settlement share of a month's settlement funds and of designated institutions, against
 * the targets (R-18: ≥ 80 % of monthly funds and ≥ 80 % of institutions, all 二级及以上, by end-2026).
 * @throws CoreError `INVALID_AMOUNT` / `INVALID_INPUT` for a bad figure, a part above its whole, or a zero whole
 */
export function instantSettlementMetrics(input: {
  monthlyFunds: Money;
  instantFunds: Money;
  institutions: number;
  instantInstitutions: number;
  level2PlusInstitutions: number;
  level2PlusInstant: number;
}): InstantSettlementMetrics {
  if (input === null || typeof input !== 'object') throw new CoreError('INVALID_INPUT', 'give the month\'s funds and institution counts', 'input');
  const total = expectFen(input.monthlyFunds, 'monthlyFunds', false);
  const instant = expectFen(input.instantFunds, 'instantFunds', false);
  if (total.isZero()) throw new CoreError('INVALID_AMOUNT', 'the month\'s settlement funds are 0: no share can be computed', 'monthlyFunds');
  if (instant.gt(total)) throw new CoreError('INVALID_AMOUNT', 'instant-settled funds are above the month\'s total', 'instantFunds');
  const n = expectInt(input.institutions, 'institutions', 1, 1e9);
  const ni = expectInt(input.instantInstitutions, 'instantInstitutions', 0, n);
  const l2 = expectInt(input.level2PlusInstitutions, 'level2PlusInstitutions', 0, n);
  const l2i = expectInt(input.level2PlusInstant, 'level2PlusInstant', 0, Math.min(l2, ni));
  const fundShare = instant.div(total);
  const institutionShare = new Dec(ni).div(n);
  const fundTargetMet = fundShare.gte(INSTANT_SETTLEMENT_TARGETS.fundShare.value);
  const institutionTargetMet = institutionShare.gte(INSTANT_SETTLEMENT_TARGETS.institutionShare.value);
  const allLevel2PlusIncluded = l2i === l2;
  return { fundShare, institutionShare, fundTargetMet, institutionTargetMet, allLevel2PlusIncluded, targetsMet: fundTargetMet && institutionTargetMet && allLevel2PlusIncluded };
}
