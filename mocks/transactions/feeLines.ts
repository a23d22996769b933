/**
 * Fee-detail rows (2204 / 2301 / pharmacy drugdetail): schema, storage, and the `result[]` split
 * rows, computed by the core (the same split as S-1 in a settlement).
 */
import * as z from 'zod/mini';
import { dateTime, decStr, optStr, price, qty, signedMoney, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import { lookupCatalogue } from '../data/catalogue.ts';
import type { FeeRecord } from '../state/MockState.ts';
import { Dec } from '../settlement/coreBridge.ts';

/** One feedetail row (platform-api §4.7); 2301 rows add init_feedetl_sn / drord_no / med_type. */
export const feeDetailSchema = z.looseObject({
  feedetl_sn: str(30), mdtrt_id: str(30), psn_no: str(30), chrg_bchno: optStr(30), dise_codg: optStr(30), rxno: optStr(30),
  rx_circ_flag: z.optional(z.nullable(z.string().check(z.maxLength(3)))), fee_ocur_time: dateTime(), med_list_codg: str(50),
  medins_list_codg: str(150), det_item_fee_sumamt: signedMoney(), cnt: qty(), pric: price(), bilg_dept_codg: optStr(30),
  bilg_dept_name: optStr(100), bilg_dr_codg: optStr(30), bilg_dr_name: optStr(50), hosp_appr_flag: optStr(3),
  init_feedetl_sn: optStr(30), exp_content: optStr(4000),
});
export type FeeDetailInput = z.infer<typeof feeDetailSchema>;

/** Checks det_item_fee_sumamt ≈ pric × cnt to the fen (E004 names the row). */
export function checkLineAmount(row: { det_item_fee_sumamt: number | string; cnt: number | string; pric: number | string }, path: string): void {
  const amount = new Dec(decStr(row.det_item_fee_sumamt));
  const expected = new Dec(decStr(row.pric)).times(decStr(row.cnt)).toDecimalPlaces(2);
  if (!amount.minus(expected).abs().lte('0.01')) fail('MOCK-E004', `${path}.det_item_fee_sumamt 与 pric × cnt 不符`);
}

export function toFeeRecord(row: FeeDetailInput & { chrg_bchno?: string | null }): FeeRecord {
  const { item, known } = lookupCatalogue(row.med_list_codg);
  return {
    feedetl_sn: row.feedetl_sn, chrg_bchno: row.chrg_bchno ?? '', med_list_codg: row.med_list_codg,
    medins_list_codg: row.medins_list_codg, amount: decStr(row.det_item_fee_sumamt), cnt: decStr(row.cnt), pric: decStr(row.pric),
    fee_ocur_time: row.fee_ocur_time, item, known, settledBy: null, init_feedetl_sn: row.init_feedetl_sn ?? null,
  };
}

/**
 * `result[]` / `detlcutinfo[]` rows (§4.7 output): the core's line split (wire `result` rows,
 * keyed by feedetl_sn) plus the catalogue fields of the 就医地.
 */
export function splitRows(fees: readonly FeeRecord[], wireResult: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const bySn = new Map(wireResult.map((r) => [String(r.feedetl_sn), r]));
  return fees.map((f) => {
    const split = bySn.get(f.feedetl_sn) ?? {};
    return {
      feedetl_sn: f.feedetl_sn, det_item_fee_sumamt: new Dec(f.amount).toNumber(), cnt: new Dec(f.cnt).toNumber(),
      pric: new Dec(f.pric).toNumber(), pric_uplmt_amt: Number(f.item.pric_uplmt_amt), selfpay_prop: Number(f.item.selfpay_prop),
      fulamt_ownpay_amt: split.fulamt_ownpay_amt ?? null, overlmt_amt: split.overlmt_amt ?? null,
      preselfpay_amt: split.preselfpay_amt ?? null, inscp_scp_amt: split.inscp_scp_amt ?? null,
      chrgitm_lv: f.item.chrgitm_lv, med_chrgitm_type: f.item.med_chrgitm_type, bas_medn_flag: '0', hi_nego_drug_flag: '0',
      chld_medc_flag: null, list_sp_item_flag: null, lmt_used_flag: '0', drt_reim_flag: '0',
      memo: f.known ? null : 'MOCK-W001 目录外项目，按全自费处理', exp_content: null,
    };
  });
}
