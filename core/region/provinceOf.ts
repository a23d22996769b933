import { assertDivisionCode } from './assertDivisionCode.ts';

/**
 * the province key of a division code after the override table: the first 2 digits, or the
 * override's key (`66` → `XPCC`, UNVERIFIED, O-4).
 *
 * @param code - a 6-digit division code
 * @param path - JSON path named in the error
 * @returns e.g. `'11'` for 110105, `'XPCC'` for 660100
 * @throws CoreError `INVALID_DIVISION_CODE` for a malformed code or unknown prefix
 */
export function provinceOf(code: string, path = 'admdvs'): string {
  return assertDivisionCode(code, path).province;
}
