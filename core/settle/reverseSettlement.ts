import { assertYearToDate } from '../guards/assertDomain.ts';
import { assertSettlement } from '../guards/assertSettlement.ts';
import { CoreError } from '../errors/index.ts';
import type { Dec } from '../money/index.ts';
import type { FundDetail, LineSplit, Settlement, SettlementAmounts, YearToDate, YearToDateDelta } from '../types.ts';
import { applyYtdDelta } from './applyYtdDelta.ts';

const neg = (x: Dec): Dec => x.negated();

function negateAmounts(a: SettlementAmounts): SettlementAmounts {
  const out = {} as Record<keyof SettlementAmounts, Dec>;
  for (const k of Object.keys(a) as (keyof SettlementAmounts)[]) out[k] = neg(a[k]);
  // The account balance is a state, not an amount: after the reversal it is restored.
  out.balc = a.balc.plus(a.acctPay);
  return out;
}

function negateDelta(d: YearToDateDelta): YearToDateDelta {
  return {
    inpatientAdmissionsSettled: -d.inpatientAdmissionsSettled,
    outpatientDeductibleUsed: neg(d.outpatientDeductibleUsed),
    chronicDeductibleUsed: neg(d.chronicDeductibleUsed),
    basicFundPaid: { inpatient: neg(d.basicFundPaid.inpatient), outpatient: neg(d.basicFundPaid.outpatient), chronic: neg(d.basicFundPaid.chronic) },
    chronicFundPaidByDisease: Object.fromEntries(Object.entries(d.chronicFundPaidByDisease).map(([k, v]) => [k, neg(v)])),
    largeExpenseFundPaid: neg(d.largeExpenseFundPaid),
    majorIllnessBase: neg(d.majorIllnessBase),
    majorIllnessDeductibleUsed: neg(d.majorIllnessDeductibleUsed),
    majorIllnessPaid: neg(d.majorIllnessPaid),
    assistanceBase: neg(d.assistanceBase),
    assistancePaid: neg(d.assistancePaid),
    assistanceDeductibleUsed: neg(d.assistanceDeductibleUsed),
    bandCumulativeInScope: neg(d.bandCumulativeInScope),
  };
}

/**
 * Reverses a settlement (撤销 2208/2305/2103, 冲正 2601; §4.7, E-10): every amount negated and the
 * accumulators restored by the stored delta, never recomputed with today's parameters.
 * @param ytdNow the accumulators as they are now (later settlements may have happened since).
 * @throws CoreError `REVERSAL_INVALID` for a reversal, or accumulators of another insurance year;
 *   `INVALID_INPUT` / `INVALID_AMOUNT` for a settlement that is not one `settle` made (one read
 *   back from JSON: use `parseStoredSettlement`).
 */
export function reverseSettlement(original: Settlement, ytdNow: YearToDate): Settlement {
  assertSettlement(original, 'original');
  assertYearToDate(ytdNow, 'ytd');
  if (original.kind !== 'SETTLEMENT') {
    throw new CoreError('REVERSAL_INVALID', 'a reversal cannot itself be reversed; settle the claim again instead', 'original.kind');
  }
  if (ytdNow.insuranceYearStart !== original.insuranceYearStart) {
    throw new CoreError(
      'REVERSAL_INVALID',
      `the settlement belongs to the insurance year starting ${original.insuranceYearStart}; pass that year's accumulators`,
      'ytd.insuranceYearStart',
    );
  }
  const delta = negateDelta(original.ytdDelta);
  const lines: LineSplit[] = original.lines.map((l) => ({
    ...l,
    amount: neg(l.amount),
    fulamtOwnpayAmt: neg(l.fulamtOwnpayAmt),
    overlmtAmt: neg(l.overlmtAmt),
    preselfpayAmt: neg(l.preselfpayAmt),
    inscpScpAmt: neg(l.inscpScpAmt),
  }));
  const funds: FundDetail[] = original.funds.map((f) => ({ ...f, inscpScpAmt: neg(f.inscpScpAmt), fundPayamt: neg(f.fundPayamt) }));
  return {
    ...original,
    kind: 'REVERSAL',
    amounts: negateAmounts(original.amounts),
    lines,
    funds,
    ytdDelta: delta,
    ytdAfter: applyYtdDelta(ytdNow, delta),
    steps: [],
    warnings: [],
  };
}
