import { assertDivisionCode } from './assertDivisionCode.ts';

/** Outcome of a coverage test; `warnings` may hold `POOL_CODE_TARGET` (DF-12). */
export interface Coverage {
  covers: boolean;
  warnings: readonly string[];
}

/**
 * D-6 / R-2: whether a filing's target (备案就医地) covers a treatment place: the same code; a city
 * code `xxxx00` with the same first 4 digits; a province code `xx0000` with the same first 2
 * digits. DF-12 (O-12): a pool code `xxxx99` is treated as the city `xxxx00`, with the warning
 * `POOL_CODE_TARGET`.
 *
 * @param targetAdmdvs - the filing's target place
 * @param mdtrtareaAdmvs - the treatment place
 * @returns `{ covers, warnings }`
 * @throws CoreError `INVALID_DIVISION_CODE` for a malformed code or unknown prefix
 */
export function coversPlace(targetAdmdvs: string, mdtrtareaAdmvs: string): Coverage {
  const target = assertDivisionCode(targetAdmdvs, 'targetAdmdvs');
  const place = assertDivisionCode(mdtrtareaAdmvs, 'mdtrtareaAdmvs');
  if (target.code === place.code) return { covers: true, warnings: [] };
  switch (target.level) {
    case 'PROVINCE':
      return { covers: target.code.slice(0, 2) === place.code.slice(0, 2), warnings: [] };
    case 'CITY':
      return { covers: target.code.slice(0, 4) === place.code.slice(0, 4), warnings: [] };
    case 'POOL':
      return { covers: target.code.slice(0, 4) === place.code.slice(0, 4), warnings: ['POOL_CODE_TARGET'] };
    default:
      return { covers: false, warnings: [] };
  }
}
