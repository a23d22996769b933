import { assertDivisionCode } from './assertDivisionCode.ts';
import { REGION_OVERRIDES } from './regionOverrides.ts';

/**
 * 跨省 — compares province keys only (after the override table), never full codes:
 * 110105 vs 110108 is the same province, 130399 vs 110105 is not. A `treatAsDistinctFrom` entry
 * of the override table forces 跨省 even if the keys coincide.
 *
 * @param insuplcAdmdvs - the insured place (参保地)
 * @param mdtrtareaAdmvs - the treatment place (就医地)
 * @returns true when the two places are in different provinces
 * @throws CoreError `INVALID_DIVISION_CODE` for a malformed code or unknown prefix
 */
export function isCrossProvince(insuplcAdmdvs: string, mdtrtareaAdmvs: string): boolean {
  const a = assertDivisionCode(insuplcAdmdvs, 'insuplcAdmdvs');
  const b = assertDivisionCode(mdtrtareaAdmvs, 'mdtrtareaAdmvs');
  if (a.province !== b.province) return true;
  const distinct = (x: string, y: string): boolean => REGION_OVERRIDES[x]?.treatAsDistinctFrom.includes(y) ?? false;
  return distinct(a.prefix, b.prefix) || distinct(b.prefix, a.prefix);
}
