import { toCstDateTime } from './toCstDateTime.ts';

/**
 * DF-11: the China Standard Time calendar date of an instant ('2025-05-13T17:30:00Z' is
 * 2025-05-14 in China). An instant without offset is already CST.
 *
 * @param instant - an ISO 8601 instant or a bare `YYYY-MM-DD`
 * @param path - JSON path named in the error
 * @returns `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE` for a malformed instant
 */
export function toCstDate(instant: unknown, path = 'instant'): string {
  return toCstDateTime(instant, path).slice(0, 10);
}
