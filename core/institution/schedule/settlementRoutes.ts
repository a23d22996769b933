import { CoreError } from '../../errors/index.ts';
import { expectInt } from '../../guards/expect.ts';
import { Dec, ZERO } from '../../money/index.ts';
import type { Money } from '../../money/index.ts';
import type { LocalText } from '../../types.ts';
import { addWorkingDays } from '../calendar/addWorkingDays.ts';
import { CHINA_HOLIDAYS } from '../calendar/chinaHolidays.ts';
import type { WorkingCalendar } from '../calendar/dayKind.ts';
import type { InstitutionSourceId } from '../institutionSources.ts';
import { expectFen } from '../expectFen.ts';
import { expectIterable } from '../guards.ts';

/** The three routes of instant settlement (R-18, 医保办发〔2025〕1号). */
export type SettlementRoute = 'MONTHLY' | 'PER_TRANSACTION' | 'MONTHLY_ADVANCE';

/** What each route means, with its source. */
export const SETTLEMENT_ROUTES: Readonly<Record<SettlementRoute, { name: LocalText; what: LocalText; source: InstitutionSourceId; rules: readonly string[] }>> = {
  MONTHLY: {
    name: { zh: '缩短按月结算时间', en: 'Shortened monthly settlement' },
    what: { zh: '次月10日前申报，申报截止次日起20个工作日内拨付', en: 'declare by the 10th of the next month; paid within 20 working days from the day after the deadline' },
    source: 'nhsa-2025-1',
    rules: ['R-18'],
  },
  PER_TRANSACTION: {
    name: { zh: '逐笔申报拨付', en: 'Per-transaction declaration and payment' },
    what: { zh: '每笔结算单独申报、单独拨付；时限由统筹地区规定', en: 'each settlement declared and paid on its own; the time limits are regional' },
    source: 'nhsa-2025-1',
    rules: ['R-18'],
  },
  MONTHLY_ADVANCE: {
    name: { zh: '按月预拨、逐笔入组记账', en: 'Monthly pre-payment with per-transaction booking' },
    what: { zh: '按月预拨资金，每笔结算入组记账冲减，月末按申报清算多退少补', en: 'an advance each month; every settlement is booked against it; the month is trued up at declaration' },
    source: 'nhsa-2025-1',
    rules: ['R-18'],
  },
};

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

/** Where a monthly advance stands after booking settlements against it (按月预拨、逐笔入组记账). */
export interface AdvanceBooking {
  advance: Money;
  booked: Money;
  count: number;
  /** advance − booked, never below zero. */
  remaining: Money;
  /** booked − advance, never below zero: what the fund still owes at the month's true-up. */
  overrun: Money;
  /** advance − booked: positive, the institution returns it or the next advance is reduced; negative, the fund pays it. */
  trueUp: Money;
}

/**
 * Monthly-advance route (R-18): books settlements' fund amounts one by one against the month's
 * advance. Exact decimals, no rounding (every input is already in fen).
 * @throws CoreError `INVALID_AMOUNT` for an amount that is not a whole fen, or a negative advance
 */
export function bookAgainstAdvance(advance: Money, fundAmounts: Iterable<Money>): AdvanceBooking {
  expectFen(advance, 'advance', false);
  let booked = ZERO;
  let count = 0;
  for (const a of expectIterable<Money>(fundAmounts, 'fundAmounts')) {
    expectFen(a, `fundAmounts[${count}]`, true);
    booked = booked.plus(a);
    count += 1;
  }
  const trueUp = advance.minus(booked);
  return { advance, booked, count, remaining: Dec.max(trueUp, ZERO), overrun: Dec.max(trueUp.negated(), ZERO), trueUp };
}
