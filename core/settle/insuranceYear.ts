import { parseIsoDate } from '../filing/dates/index.ts';
import { expectInt, expectObject } from '../guards/expect.ts';
import { ZERO } from '../money/index.ts';
import type { PolicySet, YearToDate } from '../types.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The first day of the insurance year containing `date` (§4.8 `insuranceYear`, E-1): a calendar
 * year `{1,1}`, or e.g. 濮阳 职工 `{7,1}` (PARTIAL).
 */
export function insuranceYearStartOf(date: string, policy: Pick<PolicySet, 'insuranceYear'>): string {
  parseIsoDate(date, 'date');
  const y = expectObject(expectObject(policy, 'policy').insuranceYear, 'policy.insuranceYear');
  const startMonth = expectInt(y.startMonth, 'policy.insuranceYear.startMonth', 1, 12);
  const startDay = expectInt(y.startDay, 'policy.insuranceYear.startDay', 1, 28);
  const year = Number(date.slice(0, 4));
  const startThisYear = `${year}-${pad(startMonth)}-${pad(startDay)}`;
  return date >= startThisYear ? startThisYear : `${year - 1}-${pad(startMonth)}-${pad(startDay)}`;
}

/** Accumulators of an insurance year with nothing settled yet. */
export function emptyYearToDate(insuranceYearStart: string): YearToDate {
  parseIsoDate(insuranceYearStart, 'insuranceYearStart');
  return {
    insuranceYearStart,
    inpatientAdmissionsSettled: 0,
    outpatientDeductibleUsed: ZERO,
    chronicDeductibleUsed: ZERO,
    basicFundPaid: { inpatient: ZERO, outpatient: ZERO, chronic: ZERO },
    chronicFundPaidByDisease: {},
    largeExpenseFundPaid: ZERO,
    majorIllnessBase: ZERO,
    majorIllnessDeductibleUsed: ZERO,
    majorIllnessPaid: ZERO,
    assistanceBase: ZERO,
    assistancePaid: ZERO,
    assistanceDeductibleUsed: ZERO,
    bandCumulativeInScope: ZERO,
  };
}
