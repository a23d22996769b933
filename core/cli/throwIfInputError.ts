import { CoreError, parseDivisionCode, type Claim, type Verdict } from '../index.ts';

/**
 * D-1: the verdict INVALID_DIVISION_CODE is a mistake in the case file, not a decision about
 * the claim, so the CLI reports it like the schema's own division-code errors (exit 2, with the
 * path of the code at fault) instead of as a verdict.
 * @throws CoreError INVALID_DIVISION_CODE at `claim.insuplcAdmdvs` or `claim.mdtrtareaAdmvs`
 */
export function throwIfInputError(verdict: Verdict, claim: Claim): void {
  if (verdict.code !== 'INVALID_DIVISION_CODE') return;
  for (const path of ['insuplcAdmdvs', 'mdtrtareaAdmvs'] as const) {
    const r = parseDivisionCode(claim[path], `claim.${path}`);
    if (!r.ok) throw r.error;
  }
  throw new CoreError('INVALID_DIVISION_CODE', 'a division code of the claim has no known province prefix; check it against the 医保区划 list', 'claim');
}
