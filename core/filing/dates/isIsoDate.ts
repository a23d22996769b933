import { isCoreError } from '../../errors/index.ts';
import { parseIsoDate } from './parseIsoDate.ts';

/**
 * Whether a value is a real `YYYY-MM-DD` calendar date (the non-throwing `parseIsoDate`).
 *
 * @param value - the value to check
 * @returns true for a real date
 */
export function isIsoDate(value: unknown): value is string {
  try {
    parseIsoDate(value, 'date');
    return true;
  } catch (e) {
    if (isCoreError(e)) return false;
    throw e;
  }
}
