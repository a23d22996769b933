import { isCrossProvince } from './isCrossProvince.ts';

/**
 * 省内异地 — same province, different prefecture (first 4 digits). Such visits follow
 * REGIONAL rules, not 22号, and are routed away from the core.
 *
 * @param insuplcAdmdvs - the insured place (参保地)
 * @param mdtrtareaAdmvs - the treatment place (就医地)
 * @returns true when not cross-province and the first 4 digits differ
 * @throws CoreError `INVALID_DIVISION_CODE` for a malformed code or unknown prefix
 */
export function isIntraProvinceRemote(insuplcAdmdvs: string, mdtrtareaAdmvs: string): boolean {
  return !isCrossProvince(insuplcAdmdvs, mdtrtareaAdmvs) && insuplcAdmdvs.slice(0, 4) !== mdtrtareaAdmvs.slice(0, 4);
}
