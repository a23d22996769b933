/** S-0 direct-settlement decision and the filing lifecycle (§4.3, §4.4). */
export { checkDirectSettlement } from './checkDirectSettlement.ts';
export type { DirectSettlementInput } from './checkDirectSettlement.ts';
export { checkDirectSettlementWithoutPolicy } from './checkDirectSettlementWithoutPolicy.ts';
export { createFiling } from './createFiling.ts';
export { changeFiling } from './changeFiling.ts';
export { cancelFiling } from './cancelFiling.ts';
export { checkChangeAllowed } from './checkChangeAllowed.ts';
export type { ChangeGate } from './checkChangeAllowed.ts';
export { earliestChangeDate } from './earliestChangeDate.ts';
export { filingRules } from './filingRules.ts';
export type { FilingRules } from './filingRules.ts';
export type {
  FilingChangeResult,
  FilingContext,
  FilingInput,
  FilingRejectCode,
  FilingRejection,
  FilingResult,
  InvalidFilingReason,
} from './filingResult.ts';
export { verdictHint } from './verdictHint.ts';
export type { HintContext } from './verdictHint.ts';
export { VERDICT_HINTS, NOT_FILED_HINTS, HINT_ADDENDA } from './verdictHints.ts';
export { FILING_HINTS, INVALID_FILING_HINTS } from './filingHints.ts';
export { pharmacyMode } from './pharmacyMode.ts';
export type { PharmacyMode } from './pharmacyMode.ts';
export { addDays, addMonths, daysBetween, daysInMonth, isIsoDate, parseIsoDate, toCstDate, toCstDateTime, assertDateRange } from './dates/index.ts';
export type { DateParts } from './dates/index.ts';
