import { CoreError } from '../../errors/index.ts';
import { daysInMonth } from './daysInMonth.ts';

/** A validated calendar date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Checks a `YYYY-MM-DD` string that is a real calendar date (no 02-30, no 13th month).
 *
 * @param value - the value to check
 * @param path - JSON path named in the error, e.g. `claim.serviceDate`
 * @returns the year, month and day
 * @throws CoreError `INVALID_DATE` when the value is not such a date
 */
export function parseIsoDate(value: unknown, path: string): DateParts {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CoreError('INVALID_DATE', 'give a real calendar date as YYYY-MM-DD, e.g. 2025-05-14', path);
  }
  return { year, month, day };
}
