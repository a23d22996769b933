import { CoreError } from '../../errors/index.ts';
import { parseIsoDate } from './parseIsoDate.ts';

/**
 * Checks an inclusive date range `[from, to]` (§1.4): both real `YYYY-MM-DD` dates, `from ≤ to`.
 * A null or absent `to` is an open end (R-3a).
 *
 * @param from - first day
 * @param to - last day, or null/undefined for no end
 * @param fromPath - JSON path of `from`
 * @param toPath - JSON path of `to`
 * @returns `to`, or null for an open end
 * @throws CoreError `INVALID_DATE` for a malformed date or `from` after `to` (path of `to`)
 */
export function assertDateRange(from: unknown, to: unknown, fromPath: string, toPath: string): string | null {
  parseIsoDate(from, fromPath);
  if (to === null || to === undefined) return null;
  parseIsoDate(to, toPath);
  if ((from as string) > (to as string)) {
    throw new CoreError('INVALID_DATE', `the end date must not be before ${fromPath}`, toPath);
  }
  return to as string;
}
