import { parseDivisionCode } from './parseDivisionCode.ts';
import type { DivisionCode } from './parseDivisionCode.ts';

/**
 * like `parseDivisionCode`, but throws.
 *
 * @param code - the value to check
 * @param path - JSON path named in the error
 * @returns the parsed code
 * @throws CoreError `INVALID_DIVISION_CODE` when the code is malformed or has an unknown prefix
 */
export function assertDivisionCode(code: unknown, path = 'admdvs'): DivisionCode {
  const parsed = parseDivisionCode(code, path);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}
