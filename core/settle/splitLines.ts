import { assertFeeLines } from '../guards/assertDomain.ts';
import { expectOneOf } from '../guards/expect.ts';
import { CoreError } from '../errors/index.ts';
import { Dec, ZERO, addDec, maxDec, roundToFen, type Money, type RoundingMode } from '../money/index.ts';
import type { FeeLine, LineSplit } from '../types.ts';

/** `pric_uplmt_amt` at or above this sentinel never binds (§2.3, DF-9). */
const NO_CAP_SENTINEL = new Dec(999999);

export interface LinesTotal {
  lines: LineSplit[];
  medfeeSumamt: Money;
  fulamtOwnpayAmt: Money;
  overlmtSelfpay: Money;
  preselfpayAmt: Money;
  inscpScpAmt: Money;
}

/**
 * S-1: splits each line with the treatment place's catalogue data and sums the four parts.
 * A negative (refund) line splits as the exact negation of its absolute value (DF-10).
 * @throws CoreError `INVALID_AMOUNT` for a non-finite or over-precise amount, or a negative claim
 *   total (a correction of a settled claim is a reversal); `INVALID_INPUT` for a price ceiling
 *   without a quantity (DF-9).
 */
export function splitLines(lines: readonly FeeLine[], mode: RoundingMode): LinesTotal {
  assertFeeLines(lines, 'claim.lines');
  expectOneOf(mode, ['HALF_UP', 'HALF_EVEN'], 'mode');
  return splitCheckedLines(lines, mode);
}

/** `splitLines` on lines already checked at the edge (`settle`). */
export function splitCheckedLines(lines: readonly FeeLine[], mode: RoundingMode): LinesTotal {
  const out: LineSplit[] = [];
  let medfee = ZERO, fulamt = ZERO, overlmt = ZERO, pre = ZERO, inscp = ZERO;
  for (let i = 0; i < lines.length; i++) {
    const s = splitLine(lines[i]!, mode, i);
    out.push(s);
    medfee = addDec(medfee, s.amount);
    fulamt = addDec(fulamt, s.fulamtOwnpayAmt);
    overlmt = addDec(overlmt, s.overlmtAmt);
    pre = addDec(pre, s.preselfpayAmt);
    inscp = addDec(inscp, s.inscpScpAmt);
  }
  if (medfee.isNegative() && !medfee.isZero()) {
    throw new CoreError('INVALID_AMOUNT', 'the claim total is negative; correct a settled claim with a reversal (DF-10)', 'claim.lines');
  }
  if (inscp.isNegative() && !inscp.isZero()) {
    throw new CoreError('INVALID_AMOUNT', 'refund lines exceed the in-scope amount; correct a settled claim with a reversal (DF-10)', 'claim.lines');
  }
  return { lines: out, medfeeSumamt: medfee, fulamtOwnpayAmt: fulamt, overlmtSelfpay: overlmt, preselfpayAmt: pre, inscpScpAmt: inscp };
}

function splitLine(line: FeeLine, mode: RoundingMode, i: number): LineSplit {
  const amount = line.amount;
  if (!amount.isFinite() || amount.decimalPlaces() > 2) {
    throw new CoreError('INVALID_AMOUNT', 'expected a finite amount in yuan with at most 2 decimals', `claim.lines[${i}].amount`);
  }
  const p = line.selfpayProp;
  if (!p.isFinite() || p.isNegative() || p.gt(1) || p.decimalPlaces() > 4) {
    throw new CoreError('INVALID_AMOUNT', 'expected a self-pay proportion from 0 to 1 with at most 4 decimals', `claim.lines[${i}].selfpayProp`);
  }
  const negative = amount.isNegative() && !amount.isZero();
  const abs = negative ? amount.negated() : amount;
  let fulamt = ZERO, overlmt = ZERO, pre = ZERO, inscp = ZERO;
  if (line.chrgitmLv === '03' || p.eq(1) || line.restrictedUseMet === false || line.inScopeForThisMedType === false) {
    fulamt = abs; // 全自费: 丙类, fully self-pay, failed 限制使用, or outside this care type's list
  } else {
    const cap = line.priceCap;
    if (cap != null && cap.lt(NO_CAP_SENTINEL)) {
      if (!line.qty) {
        throw new CoreError('INVALID_INPUT', 'a line with a price ceiling needs its quantity (qty) (DF-9)', `claim.lines[${i}].qty`);
      }
      const capTotal = roundToFen(cap.times(line.qty.abs()), mode);
      overlmt = maxDec(ZERO, abs.minus(capTotal)); // 超限价
    }
    const base = overlmt.isZero() ? abs : abs.minus(overlmt);
    if (p.isZero()) {
      inscp = base; // 甲类
    } else {
      pre = roundToFen(base.times(p), mode); // 乙类 先行自付, rounded per line (§4.2 point 1)
      inscp = base.minus(pre);
    }
  }
  return {
    lineId: line.lineId,
    amount,
    fulamtOwnpayAmt: negative ? fulamt.negated() : fulamt,
    overlmtAmt: negative ? overlmt.negated() : overlmt,
    preselfpayAmt: negative ? pre.negated() : pre,
    inscpScpAmt: negative ? inscp.negated() : inscp,
    chrgitmLv: line.chrgitmLv,
    selfpayProp: p,
  };
}
