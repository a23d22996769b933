/**
 * The one place the mock imports the settlement core, through its public entry only. Every amount
 * and every filing decision the mock answers comes from these functions (platform-api §7.6).
 */
export {
  Dec, CoreError, isCoreError, checkDirectSettlement, settle, reverseSettlement, emptyYearToDate, insuranceYearStartOf, insuranceYearDateOf,
  toWireSettlement, getPolicyPack, splitLines, applyYtdDelta, createFiling, changeFiling, cancelFiling, chronicDiseaseOf,
} from '../../core/index.ts';
export type {
  Person, Filing, Claim, FeeLine, YearToDate, PolicySet, Verdict, Settlement, Level, MedType, FilingCategory,
  PersonStatus, AssistanceClass, Insutype, OpspQualification, FilingInput, FilingContext, FilingRejection,
} from '../../core/index.ts';
