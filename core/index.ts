/**
 * Yibao Direct core: filing verdicts and out-of-province direct-settlement amounts.
 * Pure: imports only decimal.js and zod; no DOM, no network, no clock (dates are inputs).
 */
export * from './types.ts';
export { Dec, ZERO, ONE, roundToFen, ceilToFen } from './money/index.ts';
export type { Money, Ratio, RoundingMode } from './money/index.ts';
export { CoreError, isCoreError, describeError, ERROR_TEXTS } from './errors/index.ts';
export type { CoreErrorCode, CoreErrorData, Result, ErrorText } from './errors/index.ts';
export * from './region/index.ts';
export * from './filing/index.ts';
export * from './settle/index.ts';
export { loadPolicyPack } from './policy/loadPolicyPack.ts';
export { getPolicyPack, findPolicyPack, listPolicyPacks } from './policy/packRegistry.ts';
export type { PolicyPackInfo } from './policy/packRegistry.ts';
export { paramSource } from './policy/paramSource.ts';
export { CHRONIC_DISEASES, CHRONIC_DISEASES_SOURCE, chronicDiseaseOf } from './policy/chronicDiseases.ts';
export type { ChronicDisease, ChronicDiseaseGroup } from './policy/chronicDiseases.ts';
export { toWireSettlement } from './schemas/toWireSettlement.ts';
export * from './schemas/index.ts';
export type { WireSettlement, WireSetlinfo, WireSetldetail, WireLineSplit } from './schemas/toWireSettlement.ts';
export * from './storage/index.ts';
// Institution side of instant settlement: calendar, schedule, declaration, audit, risk, prepayment, metrics.
export * from './institution/index.ts';
