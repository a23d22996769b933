import { CoreError } from '../errors/index.ts';
import { assertYearToDate, assertYtdDelta } from '../guards/assertDomain.ts';
import { ZERO, addDec, subDec, type Dec } from '../money/index.ts';
import type { YearToDate, YearToDateDelta } from '../types.ts';

function addByDisease(a: Readonly<Record<string, Dec>>, b: Readonly<Record<string, Dec>>, sign: 1 | -1): Record<string, Dec> {
  const out: Record<string, Dec> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? ZERO).plus(sign === 1 ? v : v.negated());
  return out;
}

/** Adds (`sign` 1) or removes (`sign` −1, a reversal) a settlement's delta (§4.7). */
export function applyYtdDelta(ytd: YearToDate, delta: YearToDateDelta, sign: 1 | -1 = 1): YearToDate {
  assertYearToDate(ytd);
  assertYtdDelta(delta);
  if (sign !== 1 && sign !== -1) throw new CoreError('INVALID_INPUT', 'sign is 1 (add a settlement) or -1 (remove it)', 'sign');
  return addYtdDelta(ytd, delta, sign);
}

/** `applyYtdDelta` on values the engine made itself. */
export function addYtdDelta(ytd: YearToDate, delta: YearToDateDelta, sign: 1 | -1 = 1): YearToDate {
  const f = sign === 1 ? addDec : subDec;
  return {
    insuranceYearStart: ytd.insuranceYearStart,
    inpatientAdmissionsSettled: ytd.inpatientAdmissionsSettled + sign * delta.inpatientAdmissionsSettled,
    outpatientDeductibleUsed: f(ytd.outpatientDeductibleUsed, delta.outpatientDeductibleUsed),
    chronicDeductibleUsed: f(ytd.chronicDeductibleUsed, delta.chronicDeductibleUsed),
    basicFundPaid: {
      inpatient: f(ytd.basicFundPaid.inpatient, delta.basicFundPaid.inpatient),
      outpatient: f(ytd.basicFundPaid.outpatient, delta.basicFundPaid.outpatient),
      chronic: f(ytd.basicFundPaid.chronic, delta.basicFundPaid.chronic),
    },
    chronicFundPaidByDisease: addByDisease(ytd.chronicFundPaidByDisease, delta.chronicFundPaidByDisease, sign),
    largeExpenseFundPaid: f(ytd.largeExpenseFundPaid, delta.largeExpenseFundPaid),
    majorIllnessBase: f(ytd.majorIllnessBase, delta.majorIllnessBase),
    majorIllnessDeductibleUsed: f(ytd.majorIllnessDeductibleUsed, delta.majorIllnessDeductibleUsed),
    majorIllnessPaid: f(ytd.majorIllnessPaid, delta.majorIllnessPaid),
    assistanceBase: f(ytd.assistanceBase, delta.assistanceBase),
    assistancePaid: f(ytd.assistancePaid, delta.assistancePaid),
    assistanceDeductibleUsed: f(ytd.assistanceDeductibleUsed, delta.assistanceDeductibleUsed),
    bandCumulativeInScope: f(ytd.bandCumulativeInScope, delta.bandCumulativeInScope),
  };
}
