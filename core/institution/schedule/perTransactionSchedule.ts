import { CoreError } from '../../errors/index.ts';
import { expectInt } from '../../guards/expect.ts';
import { addWorkingDays } from '../calendar/addWorkingDays.ts';
import { CHINA_HOLIDAYS } from '../calendar/chinaHolidays.ts';
import type { WorkingCalendar } from '../calendar/dayKind.ts';

/**
 * Per-transaction route (逐笔申报拨付, R-18): the declare-by and pay-by days of one settlement. The
 * national text sets no numbers for this route, so the pooling area's limits are required inputs.
 * @param settledOn the settlement day `YYYY-MM-DD`
 * @param limits working days to declare after settlement and to pay after declaration (0 … 60)
 * @throws CoreError `INVALID_DATE`; `INVALID_INPUT` for missing limits; `POLICY_INCOMPLETE` for a missing calendar year
 */
export function perTransactionSchedule(
  settledOn: string,
  limits: { declareWithinWorkingDays: number; payWithinWorkingDays: number },
  calendar: WorkingCalendar = CHINA_HOLIDAYS,
): { declareBy: string; payBy: string } {
  if (limits === null || typeof limits !== 'object') {
    throw new CoreError('INVALID_INPUT', "give the pooling area's limits { declareWithinWorkingDays, payWithinWorkingDays }: R-18 sets none for this route", 'limits');
  }
  expectInt(limits.declareWithinWorkingDays, 'limits.declareWithinWorkingDays', 0, 60);
  expectInt(limits.payWithinWorkingDays, 'limits.payWithinWorkingDays', 0, 60);
  const declareBy = addWorkingDays(settledOn, limits.declareWithinWorkingDays, calendar);
  return { declareBy, payBy: addWorkingDays(declareBy, limits.payWithinWorkingDays, calendar) };
}
