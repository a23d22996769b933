import { assertSettlement } from '../guards/assertSettlement.ts';
/**
 * The settlement in the platform's wire shape (§2.3; platform-api §4.7, §4.9): snake_case names and
 * amounts as JSON numbers, as real platforms send them. Envelope-level and person fields
 * (mdtrt_id, setl_id, psn_no, medins_setl_id, setl_time, clr_*) are the caller's to add.
 */
import type { Dec } from '../money/index.ts';
import type { Settlement } from '../types.ts';

export interface WireSetlinfo {
  medfee_sumamt: number;
  fulamt_ownpay_amt: number;
  overlmt_selfpay: number;
  preselfpay_amt: number;
  inscp_scp_amt: number;
  act_pay_dedc: number;
  hifp_pay: number;
  pool_prop_selfpay: number;
  cvlserv_pay: number;
  hifes_pay: number;
  hifmi_pay: number;
  hifob_pay: number;
  maf_pay: number;
  oth_pay: number;
  fund_pay_sumamt: number;
  psn_part_amt: number;
  acct_pay: number;
  acct_mulaid_pay: number;
  psn_cash_pay: number;
  hosp_part_amt: number;
  balc: number;
}

export interface WireSetldetail {
  fund_pay_type: string;
  fund_pay_type_name: string;
  inscp_scp_amt: number;
  crt_payb_lmt_amt: number | null;
  fund_payamt: number;
  setl_proc_info: string | null;
}

export interface WireLineSplit {
  feedetl_sn: string;
  det_item_fee_sumamt: number;
  fulamt_ownpay_amt: number;
  overlmt_amt: number;
  preselfpay_amt: number;
  inscp_scp_amt: number;
  chrgitm_lv: string;
  selfpay_prop: number;
}

export interface WireSettlement {
  setlinfo: WireSetlinfo;
  setldetail: WireSetldetail[];
  result: WireLineSplit[];
}

/** A 2-decimal amount as a JSON number. Exact: every amount here already has ≤ 2 decimals. */
const num = (x: Dec): number => Number(x.toFixed());

export function toWireSettlement(s: Settlement): WireSettlement {
  assertSettlement(s);
  const a = s.amounts;
  return {
    setlinfo: {
      medfee_sumamt: num(a.medfeeSumamt),
      fulamt_ownpay_amt: num(a.fulamtOwnpayAmt),
      overlmt_selfpay: num(a.overlmtSelfpay),
      preselfpay_amt: num(a.preselfpayAmt),
      inscp_scp_amt: num(a.inscpScpAmt),
      act_pay_dedc: num(a.actPayDedc),
      hifp_pay: num(a.hifpPay),
      pool_prop_selfpay: num(a.poolPropSelfpay),
      cvlserv_pay: num(a.cvlservPay),
      hifes_pay: num(a.hifesPay),
      hifmi_pay: num(a.hifmiPay),
      hifob_pay: num(a.hifobPay),
      maf_pay: num(a.mafPay),
      oth_pay: num(a.othPay),
      // DF-17: the 广东 variant adds the account to the emitted total only.
      fund_pay_sumamt: num(s.fundPaySumamtIncludesAcct ? a.fundPaySumamt.plus(a.acctPay) : a.fundPaySumamt),
      psn_part_amt: num(a.psnPartAmt),
      acct_pay: num(a.acctPay),
      acct_mulaid_pay: num(a.acctMulaidPay),
      psn_cash_pay: num(a.psnCashPay),
      hosp_part_amt: num(a.hospPartAmt),
      balc: num(a.balc),
    },
    setldetail: s.funds.map((f) => ({
      fund_pay_type: f.fundPayType,
      fund_pay_type_name: f.fundPayTypeName,
      inscp_scp_amt: num(f.inscpScpAmt),
      crt_payb_lmt_amt: f.crtPaybLmtAmt === null ? null : num(f.crtPaybLmtAmt),
      fund_payamt: num(f.fundPayamt),
      setl_proc_info: f.setlProcInfo,
    })),
    result: s.lines.map((l) => ({
      feedetl_sn: l.lineId,
      det_item_fee_sumamt: num(l.amount),
      fulamt_ownpay_amt: num(l.fulamtOwnpayAmt),
      overlmt_amt: num(l.overlmtAmt),
      preselfpay_amt: num(l.preselfpayAmt),
      inscp_scp_amt: num(l.inscpScpAmt),
      chrgitm_lv: l.chrgitmLv,
      selfpay_prop: num(l.selfpayProp),
    })),
  };
}
