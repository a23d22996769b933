import type { Result } from '../errors/index.ts';
import { assertYearToDate } from '../guards/assertDomain.ts';
import type { YearToDate } from '../types.ts';
import { parseStored, STORAGE_VERSION, type Stored } from './storedForm.ts';
import { ytdBody } from './storedSchemas.ts';

export type StoredYearToDate = Stored<'yibao.ytd', Record<string, unknown>>;

/**
 * The storage form of year-to-date accumulators (core/STORAGE-FORMAT.md, version 1).
 * @throws CoreError when `y` is not YearToDate accumulators
 */
export function toStoredYearToDate(y: YearToDate): StoredYearToDate {
  assertYearToDate(y);
  const byDisease = Object.fromEntries(Object.entries(y.chronicFundPaidByDisease).map(([k, v]) => [k, v.toFixed()]));
  return {
    format: 'yibao.ytd', version: STORAGE_VERSION,
    insuranceYearStart: y.insuranceYearStart,
    inpatientAdmissionsSettled: y.inpatientAdmissionsSettled,
    outpatientDeductibleUsed: y.outpatientDeductibleUsed.toFixed(),
    chronicDeductibleUsed: y.chronicDeductibleUsed.toFixed(),
    basicFundPaid: { inpatient: y.basicFundPaid.inpatient.toFixed(), outpatient: y.basicFundPaid.outpatient.toFixed(), chronic: y.basicFundPaid.chronic.toFixed() },
    chronicFundPaidByDisease: byDisease,
    largeExpenseFundPaid: y.largeExpenseFundPaid.toFixed(),
    majorIllnessBase: y.majorIllnessBase.toFixed(),
    majorIllnessDeductibleUsed: y.majorIllnessDeductibleUsed.toFixed(),
    majorIllnessPaid: y.majorIllnessPaid.toFixed(),
    assistanceBase: y.assistanceBase.toFixed(),
    assistancePaid: y.assistancePaid.toFixed(),
    assistanceDeductibleUsed: y.assistanceDeductibleUsed.toFixed(),
    bandCumulativeInScope: y.bandCumulativeInScope.toFixed(),
  };
}

/** Reads stored accumulators back with `Dec` amounts. */
export function parseStoredYearToDate(json: unknown): Result<YearToDate> {
  return parseStored(json, 'yibao.ytd', ytdBody) as Result<YearToDate>;
}
