import { CoreError } from '../errors/index.ts';
import { coversPlace, parseDivisionCode } from '../region/index.ts';
import type { Insutype, PersonStatus, PolicySet } from '../types.ts';
import { regionCodeOf } from './regionCodeOf.ts';

/** The 险种 a person status belongs to: employees 310, residents 390 (§4.3). */
const INSUTYPE_OF_STATUS: Readonly<Record<PersonStatus, Insutype>> = {
  IN_SERVICE: '310',
  RETIRED: '310',
  RESIDENT_ADULT: '390',
  RESIDENT_MINOR: '390',
  RESIDENT_ELDERLY: '390',
};

const NAME: Readonly<Record<Insutype, string>> = { '310': '310 职工 employees', '390': '390 城乡居民 residents' };

/** What of the person and the claim a pack is checked against. */
export interface PolicyFitInput {
  person: { insutype: Insutype; status: PersonStatus };
  claim: { insuplcAdmdvs: string };
  policy: PolicySet;
  /** The settlement date that selects the pack version (`insuranceYearDateOf`). */
  date: string;
}

const mismatch = (path: string, message: string): never => {
  throw new CoreError('POLICY_MISMATCH', message, path);
};

/**
 * Checks that a pack fits the person and the claim, so a wrong pack never yields plausible numbers:
 * its 险种 is the person's `insutype`; the person's status belongs to that 险种 (IN_SERVICE and
 * RETIRED are employees, RESIDENT_* residents); the claim's insured place is one the pack serves,
 * by the filings' place-code rules (R-1, D-6: exact, city, province, pool DF-12) unless a SYNTHETIC
 * pack declares `anyRegion`; and the date is within the pack's validity.
 * @throws CoreError `POLICY_MISMATCH` naming the path that does not fit; `INVALID_DIVISION_CODE`
 *   for a malformed `claim.insuplcAdmdvs`.
 */
export function assertPolicyFits({ person, claim, policy, date }: PolicyFitInput): void {
  if (policy.insutype !== person.insutype) {
    mismatch('person.insutype', `pack "${policy.id}" is for ${NAME[policy.insutype]}, the person is insured as ${String(person.insutype)}: use a pack of the person's 险种`);
  }
  const statusType = INSUTYPE_OF_STATUS[person.status];
  if (statusType !== policy.insutype) {
    mismatch('person.status', `status ${String(person.status)} belongs to ${statusType ? NAME[statusType] : 'no known 险种'}, but the person and pack "${policy.id}" are ${NAME[policy.insutype]}: correct person.status or person.insutype`);
  }
  if (!policy.anyRegion) {
    const insured = parseDivisionCode(claim.insuplcAdmdvs, 'claim.insuplcAdmdvs');
    if (!insured.ok) throw insured.error;
    const served = policy.insuredAdmdvs.some((prefix) => coversPlace(regionCodeOf(prefix), insured.value.code).covers);
    if (!served) {
      mismatch('claim.insuplcAdmdvs', `pack "${policy.id}" serves insured places ${policy.insuredAdmdvs.map(regionCodeOf).join(', ') || '(none)'}, not this claim's insured place: use the pack of the 参保地 (findPolicyPack)`);
    }
  }
  if (date < policy.effectiveFrom) {
    mismatch('policy.effectiveFrom', `pack "${policy.id}" is in force from ${policy.effectiveFrom}, after the settlement date ${date}: use the pack in force then`);
  }
  if (policy.effectiveTo != null && date > policy.effectiveTo) {
    mismatch('policy.effectiveTo', `pack "${policy.id}" was in force until ${policy.effectiveTo}, before the settlement date ${date}: use the pack in force then`);
  }
}
