import { CoreError } from '../../errors/index.ts';
import { addDays } from './addDays.ts';
import { parseIsoDate } from './parseIsoDate.ts';

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const CST_MINUTES = 8 * 60;

/**
 * DF-11: converts an ISO 8601 instant to China Standard Time (UTC+8) as a sortable key
 * `YYYY-MM-DDTHH:mm:ss.fffffffff`. An instant without offset is already CST (platform date-times
 * carry none); a bare date is its CST midnight. Keys of two instants compare as strings.
 *
 * @param instant - e.g. `2025-05-13T17:30:00Z`, `2025-05-14 09:00:00`, `2025-05-14T01:30+08:00`
 * @param path - JSON path named in the error
 * @returns the CST key, e.g. `2025-05-14T01:30:00.000000000`
 * @throws CoreError `INVALID_DATE` for a malformed instant or impossible date/time
 */
export function toCstDateTime(instant: unknown, path: string): string {
  const m = typeof instant === 'string' ? INSTANT.exec(instant) : null;
  if (!m) throw invalid(path);
  const date = m[1] ?? '';
  parseIsoDate(date, path);
  // The common case: already CST (no offset, or +08:00) and whole seconds.
  if ((m[6] === undefined || m[6] === '+08:00') && m[5] === undefined && m[2] !== undefined && m[4] !== undefined) {
    if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) throw invalid(path);
    return `${date}T${m[2]}:${m[3]}:${m[4]}.000000000`;
  }
  const [hh, mm, ss] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  const offset = offsetMinutes(m[6]);
  if (hh > 23 || mm > 59 || ss > 59 || offset === null) throw invalid(path);
  const minutes = hh * 60 + mm + (offset === undefined ? 0 : CST_MINUTES - offset);
  const dayShift = Math.floor(minutes / 1440);
  const inDay = minutes - dayShift * 1440;
  const time = `${two(Math.floor(inDay / 60))}:${two(inDay % 60)}:${two(ss)}.${(m[5] ?? '').padEnd(9, '0')}`;
  return `${addDays(date, dayShift, path)}T${time}`;
}

/** undefined: no offset (already CST); null: out of range. */
function offsetMinutes(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  if (text === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const mi = Number(digits.slice(2) || '0');
  if (h > 14 || mi > 59) return null;
  return (text.startsWith('-') ? -1 : 1) * (h * 60 + mi);
}

const two = (n: number): string => String(n).padStart(2, '0');

function invalid(path: string): CoreError {
  return new CoreError('INVALID_DATE', 'give an ISO 8601 instant, e.g. 2025-05-14T09:30:00+08:00 (no offset = China Standard Time)', path);
}
