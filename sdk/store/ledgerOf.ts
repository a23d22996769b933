import { Dec } from '../../core/index.ts';
import type { Attempt, LedgerRow } from './Attempt.ts';

/** The SDK's own record for one 3201 group (decimal strings, two places) and its row count. */
export interface LedgerTotal extends LedgerRow {
  fixmedins_setl_cnt: number;
}

/**
 * Sums attempts into 3201 groups as the platform counts them (platform-api §4.16, mock ledger):
 * a `done` settlement or revoke is one row with its amounts (revokes negative); a `reversed`
 * attempt is two rows (the effect and its 2601) that cancel to zero. A reversed attempt whose reply
 * was never seen takes `setl_optins` from the other rows of its insutype × clr_type, else
 * `poolOptins` (the treatment place's pool `xxyy99`, as in the recorded Hebei 2207: INFERRED).
 * Pending attempts are not counted: resolve them first.
 */
export function ledgerOf(attempts: readonly Attempt[], poolOptins = ''): LedgerTotal[] {
  const groups = new Map<string, { t: LedgerTotal; m: Dec; f: Dec; a: Dec }>();
  const optinsOf = new Map<string, string>();
  for (const a of attempts) if (a.row) optinsOf.set(`${a.row.insutype}|${a.row.clr_type}`, a.row.setl_optins);
  const group = (insutype: string, clrType: string, optins: string) => {
    const k = `${insutype}|${clrType}|${optins}`;
    let g = groups.get(k);
    if (!g) {
      g = { t: { insutype, clr_type: clrType, setl_optins: optins, medfee_sumamt: '', fund_pay_sumamt: '', acct_pay: '', fixmedins_setl_cnt: 0 }, m: new Dec(0), f: new Dec(0), a: new Dec(0) };
      groups.set(k, g);
    }
    return g;
  };
  for (const a of attempts) {
    if (a.status === 'done' && a.row) {
      const g = group(a.row.insutype, a.row.clr_type, a.row.setl_optins);
      g.m = g.m.plus(a.row.medfee_sumamt);
      g.f = g.f.plus(a.row.fund_pay_sumamt);
      g.a = g.a.plus(a.row.acct_pay);
      g.t.fixmedins_setl_cnt += 1;
    } else if (a.status === 'reversed') {
      const optins = a.row?.setl_optins ?? optinsOf.get(`${a.group.insutype}|${a.group.clr_type}`) ?? poolOptins;
      group(a.row?.insutype ?? a.group.insutype, a.row?.clr_type ?? a.group.clr_type, optins).t.fixmedins_setl_cnt += 2;
    }
  }
  return [...groups.values()].map((g) => ({ ...g.t, medfee_sumamt: g.m.toFixed(2), fund_pay_sumamt: g.f.toFixed(2), acct_pay: g.a.toFixed(2) }));
}
