import { Dec } from '../settlement/coreBridge.ts';
import type { LedgerEntry, MockState } from '../state/MockState.ts';

export interface LedgerFilter {
  fixmedins_code?: string | null;
  insutype?: string | null;
  clr_type?: string | null;
  setl_optins?: string | null;
  begndate?: string | null;
  enddate?: string | null;
  refd_setl_flag?: string | null;
}

/** Ledger rows matching the filter (dates inclusive, yyyy-MM-dd). */
export function ledgerRows(state: MockState, f: LedgerFilter): LedgerEntry[] {
  return state.ledger.filter((e) =>
    (!f.fixmedins_code || e.fixmedins_code === f.fixmedins_code) && (!f.insutype || e.insutype === f.insutype)
    && (!f.clr_type || e.clr_type === f.clr_type) && (!f.setl_optins || e.setl_optins === f.setl_optins)
    && (!f.begndate || e.date >= f.begndate) && (!f.enddate || e.date <= f.enddate)
    && (!f.refd_setl_flag || e.refd_setl_flag === f.refd_setl_flag));
}

export interface Totals {
  medfee_sumamt: Dec;
  fund_pay_sumamt: Dec;
  acct_pay: Dec;
  psn_cash_pay: Dec;
  /** Ledger rows: settlements and refunds (revokes, reversals) each count once. */
  fixmedins_setl_cnt: number;
}

/** Signed sums of ledger rows: settlements add, refunds subtract. */
export function sumRows(rows: readonly LedgerEntry[]): Totals {
  const t: Totals = { medfee_sumamt: new Dec(0), fund_pay_sumamt: new Dec(0), acct_pay: new Dec(0), psn_cash_pay: new Dec(0), fixmedins_setl_cnt: 0 };
  for (const e of rows) {
    t.medfee_sumamt = t.medfee_sumamt.plus(e.medfee_sumamt);
    t.fund_pay_sumamt = t.fund_pay_sumamt.plus(e.fund_pay_sumamt);
    t.acct_pay = t.acct_pay.plus(e.acct_pay);
    t.psn_cash_pay = t.psn_cash_pay.plus(e.psn_cash_pay);
    t.fixmedins_setl_cnt += 1;
  }
  return t;
}

const num = (d: Dec) => d.toNumber();

/** Totals by insutype × clr_type and by fund_pay_type (GET /__mock__/ledger, extension). */
export function ledgerTotals(state: MockState, f: LedgerFilter) {
  const rows = ledgerRows(state, f);
  const groups = new Map<string, LedgerEntry[]>();
  const funds = new Map<string, Dec>();
  for (const e of rows) {
    const k = `${e.insutype}|${e.clr_type}|${e.setl_optins}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
    for (const [type, amt] of Object.entries(e.funds)) funds.set(type, (funds.get(type) ?? new Dec(0)).plus(amt));
  }
  const show = (t: Totals) => ({
    medfee_sumamt: num(t.medfee_sumamt), fund_pay_sumamt: num(t.fund_pay_sumamt), acct_pay: num(t.acct_pay),
    psn_cash_pay: num(t.psn_cash_pay), fixmedins_setl_cnt: t.fixmedins_setl_cnt,
  });
  return {
    totals: show(sumRows(rows)),
    byClearing: [...groups].map(([k, rs]) => {
      const [insutype, clr_type, setl_optins] = k.split('|');
      return { insutype, clr_type, setl_optins, ...show(sumRows(rs)) };
    }),
    byFund: [...funds].sort().map(([fund_pay_type, amt]) => ({ fund_pay_type, fund_payamt: num(amt) })),
  };
}
