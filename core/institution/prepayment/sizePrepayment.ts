import { CoreError } from '../../errors/index.ts';
import { expectArray, expectInt } from '../../guards/expect.ts';
import { Dec, roundToFen, ZERO, type Money } from '../../money/index.ts';
import { expectFen } from '../expectFen.ts';
import { PREPAYMENT_PARAMS } from './prepaymentParams.ts';

/** The fund's spending at the institution in one previous year. */
export interface YearSpending {
  year: number;
  /** Fund payments settled with the institution that year. */
  fundPaid: Money;
  /** Months the institution was settled under the agreement that year, 1 … 12. */
  months: number;
}

export interface PrepaymentSize {
  /** Average monthly spending: Σ fundPaid ÷ Σ months, HALF_UP to the fen. */
  monthlyAverage: Money;
  /** monthlyAverage × sizeMonths, HALF_UP to the fen. */
  amount: Money;
  sizeMonths: string;
  yearsUsed: readonly number[];
  /** The arithmetic, for a screen: "(a + b) ÷ (12 + 12) × 1". */
  formula: string;
}

/**
 * Sizes an institution's prepayment: about one month ("1个月左右") of the average monthly
 * spending of the previous 1–3 years.
 * @param prepaymentYear the year the prepayment is for; the years given must be 1 to 3 of the 3 before it
 * @param sizeMonths months of the average to prepay (default 1)
 * @throws CoreError `INVALID_INPUT` for no year, more than 3, a repeated year or one outside the 3
 *   previous years; `INVALID_AMOUNT` for a bad amount
 */
export function sizePrepayment(years: readonly YearSpending[], prepaymentYear: number, sizeMonths: Dec = new Dec(PREPAYMENT_PARAMS.sizeMonths.value)): PrepaymentSize {
  expectArray(years, 'years');
  expectInt(prepaymentYear, 'prepaymentYear', 1, 9999);
  const { value: min } = PREPAYMENT_PARAMS.baseYearsMin;
  const { value: max } = PREPAYMENT_PARAMS.baseYearsMax;
  if (years.length < min || years.length > max) throw new CoreError('INVALID_INPUT', `give ${min} to ${max} previous years (R-19)`, 'years');
  if (!Dec.isDecimal(sizeMonths) || !sizeMonths.isFinite() || !sizeMonths.gt(0) || sizeMonths.gt(3)) {
    throw new CoreError('INVALID_INPUT', 'give sizeMonths as a Dec above 0 and at most 3 (R-19: about one month)', 'sizeMonths');
  }
  const seen = new Set<number>();
  let paid = ZERO;
  let months = 0;
  years.forEach((y, i) => {
    expectInt(y?.year, `years[${i}].year`, prepaymentYear - max, prepaymentYear - 1);
    if (seen.has(y.year)) throw new CoreError('INVALID_INPUT', 'a year is given twice', `years[${i}].year`);
    seen.add(y.year);
    paid = paid.plus(expectFen(y.fundPaid, `years[${i}].fundPaid`, false));
    months += expectInt(y.months, `years[${i}].months`, 1, 12);
  });
  const monthlyAverage = roundToFen(paid.div(months), 'HALF_UP');
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return {
    monthlyAverage,
    amount: roundToFen(monthlyAverage.times(sizeMonths), 'HALF_UP'),
    sizeMonths: sizeMonths.toFixed(),
    yearsUsed: sorted.map((y) => y.year),
    formula: `(${sorted.map((y) => y.fundPaid.toFixed(2)).join(' + ')}) ÷ (${sorted.map((y) => y.months).join(' + ')}) × ${sizeMonths.toFixed()}`,
  };
}
