import type { Settlement } from '../../../core/index.ts';
import type { AmountLike } from '../../i18n/index.ts';

/** What `<yb-breakdown>` shows, whichever source it came from. */
export interface BreakdownData {
  amounts: Record<AmountKey, AmountLike | null>;
  funds: readonly { type: string; name: string; amount: AmountLike | null }[];
  lines: readonly { id: string; amount: AmountLike | null; fulamt: AmountLike | null; overlmt: AmountLike | null; preselfpay: AmountLike | null }[];
  /** The insured place and insutype, when the platform said (`insuplc_admdvs`, `insutype`). */
  insuplcAdmdvs: string | null;
}

export type AmountKey = 'medfee' | 'fulamt' | 'overlmt' | 'preselfpay' | 'inscp' | 'fundPay' | 'psnPart' | 'acctPay' | 'cashPay' | 'balc';

type Row = Readonly<Record<string, unknown>>;
const amount = (v: unknown): AmountLike | null => (typeof v === 'number' || typeof v === 'string' ? v : null);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** From the platform's `setlinfo`, `setldetail` and line rows (2204 `result[]` / 2101 `detlcutinfo[]`). */
export function fromWire(setlinfo: Row, setldetail: readonly Row[] = [], lines: readonly Row[] = []): BreakdownData {
  return {
    amounts: {
      medfee: amount(setlinfo.medfee_sumamt),
      fulamt: amount(setlinfo.fulamt_ownpay_amt),
      overlmt: amount(setlinfo.overlmt_selfpay),
      preselfpay: amount(setlinfo.preselfpay_amt),
      inscp: amount(setlinfo.inscp_scp_amt),
      fundPay: amount(setlinfo.fund_pay_sumamt),
      psnPart: amount(setlinfo.psn_part_amt),
      acctPay: amount(setlinfo.acct_pay),
      cashPay: amount(setlinfo.psn_cash_pay),
      balc: amount(setlinfo.balc),
    },
    funds: setldetail.map((d) => ({ type: text(d.fund_pay_type), name: text(d.fund_pay_type_name), amount: amount(d.fund_payamt) })),
    lines: lines.map((l) => ({
      id: text(l.feedetl_sn),
      amount: amount(l.det_item_fee_sumamt),
      fulamt: amount(l.fulamt_ownpay_amt),
      overlmt: amount(l.overlmt_amt),
      preselfpay: amount(l.preselfpay_amt),
    })),
    insuplcAdmdvs: typeof setlinfo.insuplc_admdvs === 'string' ? setlinfo.insuplc_admdvs : null,
  };
}

/** From the core's `Settlement` (amounts are Dec). */
export function fromCore(s: Settlement): BreakdownData {
  const a = s.amounts;
  return {
    amounts: {
      medfee: a.medfeeSumamt, fulamt: a.fulamtOwnpayAmt, overlmt: a.overlmtSelfpay, preselfpay: a.preselfpayAmt,
      inscp: a.inscpScpAmt, fundPay: a.fundPaySumamt, psnPart: a.psnPartAmt, acctPay: a.acctPay, cashPay: a.psnCashPay, balc: a.balc,
    },
    funds: s.funds.map((f) => ({ type: f.fundPayType, name: f.fundPayTypeName, amount: f.fundPayamt })),
    lines: s.lines.map((l) => ({ id: l.lineId, amount: l.amount, fulamt: l.fulamtOwnpayAmt, overlmt: l.overlmtAmt, preselfpay: l.preselfpayAmt })),
    insuplcAdmdvs: null,
  };
}

/** English names of the common fund types (platform-api §6.8); other types keep the platform's name. */
export const FUND_NAMES_EN: Readonly<Record<string, string>> = {
  '310100': 'Employee basic medical insurance pooled fund',
  '310200': 'Employee personal account',
  '320100': 'Civil-servant medical subsidy',
  '330100': 'Employee large-expense subsidy',
  '390100': 'Resident basic medical insurance fund',
  '390200': 'Resident major-illness insurance',
  '610100': 'Medical assistance fund',
};
