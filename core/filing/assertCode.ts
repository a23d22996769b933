import { CoreError } from '../errors/index.ts';

/**
 * Checks that a value belongs to a closed set of codes (med type, category, insutype, …).
 *
 * @param value - the value to check
 * @param allowed - the closed set
 * @param path - JSON path named in the error
 * @returns the value, typed
 * @throws CoreError `UNKNOWN_CODE` when the value is outside the set
 */
export function assertCode<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CoreError('UNKNOWN_CODE', `use one of ${allowed.join(', ')}`, path);
  }
  return value as T;
}
