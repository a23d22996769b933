import { expectBoolean, expectObject, expectString } from '../guards/expect.ts';
import { FILING_CATEGORIES } from '../types.ts';
import type { Filing } from '../types.ts';
import { assertDivisionCode } from '../region/index.ts';
import { assertCode } from './assertCode.ts';
import { assertDateRange, toCstDate, toCstDateTime } from './dates/index.ts';

/** A filing with its dates checked and its instants converted to CST (DF-11). */
export interface FilingWindow {
  filing: Filing;
  /** CST sort key of `registeredAt` (R-7: accepted and in force). */
  registeredKey: string;
  registeredDate: string;
  validFrom: string;
  /** Inclusive; null = no end (R-3a). */
  validTo: string | null;
  /** DF-11: the filing covers only dates before this one; null = not cancelled. */
  cancelledDate: string | null;
}

/**
 * Checks a stored filing record and converts its instants to China Standard Time.
 *
 * @param filing - the record
 * @param path - its JSON path, e.g. `person.filings[0]`
 * @returns the filing window
 * @throws CoreError `UNKNOWN_CODE` (category), `INVALID_DIVISION_CODE` (target; 71/81/82 too),
 *   `INVALID_DATE` (malformed date or instant, `validFrom` after `validTo`)
 */
export function readFiling(filing: Filing, path: string): FilingWindow {
  expectObject(filing, path);
  expectString(filing.id, `${path}.id`);
  expectBoolean(filing.viaCommitment, `${path}.viaCommitment`);
  expectBoolean(filing.commitmentDocsCompleted, `${path}.commitmentDocsCompleted`);
  assertCode(filing.category, FILING_CATEGORIES, `${path}.category`);
  assertDivisionCode(filing.targetAdmdvs, `${path}.targetAdmdvs`);
  const registeredKey = toCstDateTime(filing.registeredAt, `${path}.registeredAt`);
  const validTo = assertDateRange(filing.validFrom, filing.validTo, `${path}.validFrom`, `${path}.validTo`);
  const cancelled = filing.cancelledAt;
  return {
    filing,
    registeredKey,
    registeredDate: registeredKey.slice(0, 10),
    validFrom: filing.validFrom,
    validTo,
    cancelledDate: cancelled === null || cancelled === undefined ? null : toCstDate(cancelled, `${path}.cancelledAt`),
  };
}
