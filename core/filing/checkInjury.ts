import type { Injury } from '../types.ts';

/**
 * D-5: injuries. A liable third party excludes basic insurance; liability not ruled out
 * and no signed commitment blocks until the 承诺书 is signed.
 *
 * @param injury - the claim's injury block, if any
 * @returns the failure code, or null to continue
 */
export function checkInjury(injury: Injury | undefined): 'INJURY_EXCLUDED' | 'NEEDS_INJURY_COMMITMENT' | null {
  if (!injury?.isInjury) return null;
  if (injury.thirdPartyLiable === true) return 'INJURY_EXCLUDED';
  if (injury.thirdPartyLiable !== false && !injury.commitmentSigned) return 'NEEDS_INJURY_COMMITMENT';
  return null;
}
