import { CoreError } from '../../errors/index.ts';

/** A settlement month `YYYY-MM` (费用发生月). */
export interface MonthParts {
  year: number;
  month: number;
}

/**
 * Checks a settlement month written `YYYY-MM`.
 * @throws CoreError `INVALID_DATE` at `path` otherwise
 */
export function parseMonth(value: unknown, path = 'month'): MonthParts {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  const year = m ? Number(m[1]) : 0;
  const month = m ? Number(m[2]) : 0;
  if (year < 1 || year > 9998 || month < 1 || month > 12) {
    throw new CoreError('INVALID_DATE', 'give a settlement month as YYYY-MM, e.g. 2025-09', path);
  }
  return { year, month };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** The month after, as `YYYY-MM`. */
export function nextMonth({ year, month }: MonthParts): MonthParts {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** `YYYY-MM-DD` of a day in a month. */
export const dateIn = ({ year, month }: MonthParts, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** `YYYY-MM` of a month. */
export const monthText = ({ year, month }: MonthParts): string => `${pad(year, 4)}-${pad(month, 2)}`;
