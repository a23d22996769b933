/** Versioned JSON storage forms of settlements, filings and accumulators (core/STORAGE-FORMAT.md). */
export { STORAGE_VERSION } from './storedForm.ts';
export { toStoredSettlement, parseStoredSettlement } from './toStoredSettlement.ts';
export type { StoredSettlement } from './toStoredSettlement.ts';
export { toStoredFiling, parseStoredFiling } from './toStoredFiling.ts';
export type { StoredFiling } from './toStoredFiling.ts';
export { toStoredYearToDate, parseStoredYearToDate } from './toStoredYearToDate.ts';
export type { StoredYearToDate } from './toStoredYearToDate.ts';
