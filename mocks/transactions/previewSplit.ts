import type { TxContext } from '../platform/types.ts';
import type { FeeRecord, VisitRecord } from '../state/MockState.ts';
import { splitLines } from '../settlement/coreBridge.ts';
import { toFeeLine } from '../settlement/buildCoreInputs.ts';
import { policyFor } from '../settlement/settlementEngine.ts';
import { insuRowOrFail, personaOrFail } from './lookup.ts';

/**
 * The core's S-1 line split (`splitLines`) for freshly uploaded rows (split with the visit's other
 * unsettled rows): the 2204 / 2301 `result[]`
 * amounts, with the rounding mode of the person's 参保地 pack (R-8: 就医地 catalogue data).
 * Amounts go out as JSON numbers (the core's values have ≤ 2 decimals, so this is exact).
 */
export async function previewSplit(ctx: TxContext, visit: VisitRecord, fees: readonly FeeRecord[]): Promise<Record<string, unknown>[]> {
  const persona = personaOrFail(ctx, visit.psn_no);
  const row = insuRowOrFail(ctx, persona, visit.insutype);
  const mode = row.policyPackId ? (await policyFor(row)).rounding.mode : 'HALF_UP';
  // Split every unsettled line of the visit (a refund row alone would be a negative claim, DF-10).
  const pending = [...visit.fees.values()].filter((f) => f.settledBy === null);
  const wanted = new Set(fees.map((f) => f.feedetl_sn));
  return splitLines(pending.map(toFeeLine), mode).lines.filter((l) => wanted.has(l.lineId)).map((l) => ({
    feedetl_sn: l.lineId, fulamt_ownpay_amt: Number(l.fulamtOwnpayAmt.toFixed()), overlmt_amt: Number(l.overlmtAmt.toFixed()),
    preselfpay_amt: Number(l.preselfpayAmt.toFixed()), inscp_scp_amt: Number(l.inscpScpAmt.toFixed()),
  }));
}
