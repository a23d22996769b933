import { Dec } from '../../core/index.ts';
import type { ChronicLimitLeft, PlatformSettlement } from './types.ts';
import type { LedgerRow } from '../store/Attempt.ts';

// Personal data never leaves the session: dropped from every setlinfo it shows or stores.
const PERSONAL = new Set(['psn_no', 'psn_name', 'certno', 'psn_cert_type', 'gend', 'naty', 'brdy', 'age', 'mdtrt_cert_no']);

/** A scalar as text: numbers as JSON wrote them (two-decimal amounts stay exact), null kept. */
const asText = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

function flat(o: unknown, drop = PERSONAL): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) if (!drop.has(k)) out[k] = asText(v);
  return out;
}
const rows = (a: unknown) => (Array.isArray(a) ? a.map((r) => flat(r)) : []);

const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * DF-18: for a 门诊慢特病 (`med_type` 14) 2206 / 2207, the basic fund's `crt_payb_lmt_amt` (what it
 * could still pay this time) and what is left after its `fund_payamt`, never below 0.
 */
function chronicLimitOf(infno: string, setlinfo: Record<string, string | null>, setldetail: readonly Record<string, string | null>[]): ChronicLimitLeft | undefined {
  if (!['2206', '2206A', '2207', '2207A'].includes(infno) || !setlinfo.med_type?.startsWith('14')) return undefined;
  const basic = setldetail.find((r) => r.fund_pay_type === `${setlinfo.insutype ?? ''}100`);
  const limit = basic?.crt_payb_lmt_amt;
  if (!basic || !limit || !AMOUNT.test(limit)) return { before: null, after: null };
  const paid = basic.fund_payamt && AMOUNT.test(basic.fund_payamt) ? new Dec(basic.fund_payamt) : new Dec(0);
  return { before: new Dec(limit).toFixed(2), after: Dec.max(0, new Dec(limit).minus(paid)).toFixed(2) };
}

/** A 2101/2102/2103/2206/2207/2208 output as the UI gets it: amounts as decimal text, no personal data. */
export function settlementOf(infno: string, msgid: string, output: Record<string, unknown>, lines?: unknown): PlatformSettlement {
  const setlinfo = flat(output.setlinfo);
  const setldetail = rows(output.setldetail);
  const chronicLimit = chronicLimitOf(infno, setlinfo, setldetail);
  return { infno, msgid, setlinfo, setldetail, lines: rows(lines ?? output.detlcutinfo), ...(chronicLimit ? { chronicLimit } : {}) };
}

/** The 3201 row a settlement or revoke moved (setl_optins = clr_optins, platform-api §4.16). */
export function ledgerRowOf(s: PlatformSettlement): LedgerRow {
  const i = s.setlinfo;
  return {
    insutype: i.insutype ?? '', clr_type: i.clr_type ?? '', setl_optins: i.clr_optins ?? '',
    medfee_sumamt: i.medfee_sumamt ?? '0', fund_pay_sumamt: i.fund_pay_sumamt ?? '0', acct_pay: i.acct_pay ?? '0',
  };
}
