import type { InstitutionParam } from '../institutionSources.ts';

/** The prepayment numbers, each with its source and status. */
export const PREPAYMENT_PARAMS = {
  /** 职工医保统筹基金累计结存可支付月数 ≥ 12. */
  employeeFundMinMonths: { value: 12, source: 'nhsa-2024-101', status: 'VERIFIED', rules: ['R-19'] },
  /** 居民医保基金累计结存可支付月数 ≥ 6. */
  residentFundMinMonths: { value: 6, source: 'nhsa-2024-101', status: 'VERIFIED', rules: ['R-19'] },
  /** The base: average monthly spending of the previous 1 … 3 years. */
  baseYearsMin: { value: 1, source: 'nhsa-2024-101', status: 'VERIFIED', rules: ['R-19'] },
  baseYearsMax: { value: 3, source: 'nhsa-2024-101', status: 'VERIFIED', rules: ['R-19'] },
  /** "1个月左右": the size in months of the base (a pooling area may set another near 1). */
  sizeMonths: { value: '1', source: 'nhsa-2024-101', status: 'VERIFIED', rules: ['R-19'] },
  /** The base is rounded HALF_UP to the fen (the text names no rounding). */
  rounding: { value: 'HALF_UP', source: 'project-default', status: 'UNVERIFIED', rules: ['R-19'] },
  /** A full settlement year under the agreement before the institution may receive a prepayment (云南, 西藏). */
  institutionMinAgreementYears: { value: 1, source: 'yn-xz-prepay', status: 'PARTIAL', rules: ['R-19'] },
  /** Not repaid in full at year end: no prepayment next year; the rest is offset against settlements (甘肃). */
  recovery: { value: 'OFFSET_THEN_STOP', source: 'gs-2025-11', status: 'PARTIAL', rules: ['R-19'] },
} as const satisfies Record<string, InstitutionParam<unknown>>;
