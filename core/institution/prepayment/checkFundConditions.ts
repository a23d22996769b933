import { CoreError } from '../../errors/index.ts';
import { expectBoolean } from '../../guards/expect.ts';
import { Dec, type Money } from '../../money/index.ts';
import type { LocalText } from '../../types.ts';
import { expectFen } from '../expectFen.ts';
import { PREPAYMENT_PARAMS } from './prepaymentParams.ts';

export type PoolFund = 'EMPLOYEE' | 'RESIDENT';

/** One unmet condition, with its reason. */
export interface ConditionFailure {
  code: string;
  reason: LocalText;
}

export interface FundConditions {
  eligible: boolean;
  /** Accumulated balance ÷ average monthly payment, 2 decimals, rounded down. */
  monthsOfBalance: Dec;
  requiredMonths: number;
  failures: readonly ConditionFailure[];
}

/**
 * Whether a pooling area's fund may prepay institutions at all (R-19, 医保办函〔2024〕101号): the
 * accumulated balance must cover ≥ 12 months of payments (employee pool) or ≥ 6 (resident fund),
 * and there may be no current-year deficit last year and none projected this year.
 * @throws CoreError `INVALID_AMOUNT` for a bad amount or a monthly payment of 0; `UNKNOWN_CODE` for another fund
 */
export function checkFundConditions(input: {
  fund: PoolFund;
  accumulatedBalance: Money;
  averageMonthlyPayment: Money;
  deficitLastYear: boolean;
  deficitProjected: boolean;
}): FundConditions {
  if (input === null || typeof input !== 'object') throw new CoreError('INVALID_INPUT', 'give { fund, accumulatedBalance, averageMonthlyPayment, deficitLastYear, deficitProjected }', 'input');
  if (input.fund !== 'EMPLOYEE' && input.fund !== 'RESIDENT') throw new CoreError('UNKNOWN_CODE', 'use fund EMPLOYEE or RESIDENT', 'fund');
  const balance = expectFen(input.accumulatedBalance, 'accumulatedBalance', true);
  const monthly = expectFen(input.averageMonthlyPayment, 'averageMonthlyPayment', false);
  if (monthly.isZero()) throw new CoreError('INVALID_AMOUNT', 'the average monthly payment is 0: give the fund\'s real monthly payments', 'averageMonthlyPayment');
  expectBoolean(input.deficitLastYear, 'deficitLastYear');
  expectBoolean(input.deficitProjected, 'deficitProjected');
  const required = input.fund === 'EMPLOYEE' ? PREPAYMENT_PARAMS.employeeFundMinMonths.value : PREPAYMENT_PARAMS.residentFundMinMonths.value;
  const months = balance.div(monthly).toDecimalPlaces(2, Dec.ROUND_DOWN);
  const failures: ConditionFailure[] = [];
  if (balance.div(monthly).lt(required)) {
    failures.push({
      code: 'BALANCE_BELOW_MONTHS',
      reason: { zh: `基金累计结存可支付月数不足 ${required} 个月（现为 ${months.toFixed(2)} 个月）`, en: `The accumulated balance covers less than ${required} months of payments (${months.toFixed(2)})` },
    });
  }
  if (input.deficitLastYear) failures.push({ code: 'DEFICIT_LAST_YEAR', reason: { zh: '上年度基金出现当期赤字', en: 'The fund had a current-year deficit last year' } });
  if (input.deficitProjected) failures.push({ code: 'DEFICIT_PROJECTED', reason: { zh: '按滚动 12 个月测算本年度将出现赤字', en: 'A deficit is projected this year (rolling 12-month estimate)' } });
  return { eligible: failures.length === 0, monthsOfBalance: months, requiredMonths: required, failures };
}
