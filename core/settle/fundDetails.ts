import type { Money } from '../money/index.ts';
import type { FundDetail, Insutype } from '../types.ts';

/** fund_pay_type codes (platform-api §6.8, core verified). */
const NAMES: Record<string, string> = {
  '310100': '城镇职工基本医疗保险统筹基金',
  '310200': '城镇职工基本医疗保险个人账户基金',
  '330100': '大额医疗费用补助基金',
  '390100': '城乡居民基本医疗保险基金',
  '390200': '城乡居民大病医疗保险基金',
  '610100': '医疗救助基金',
  '999996': '医院垫付基金',
};

interface Row {
  type: string;
  amount: Money;
  limit: Money | null;
  info: string | null;
}

/**
 * The setldetail rows: one per fund that paid, plus the account and hospital lines, so that
 * Σ fund_payamt = fund_pay_sumamt + acct_pay + hosp_part_amt (§2.4 identity 7).
 */
export function fundDetails(
  insutype: Insutype,
  inscp: Money,
  a: { hifp: Money; hifpLimit: Money | null; hifob: Money; hifobLimit: Money | null; hifmi: Money; hifmiLimit: Money | null; maf: Money; mafLimit: Money | null; acct: Money; hosp: Money },
): FundDetail[] {
  const rows: Row[] = [
    { type: insutype === '310' ? '310100' : '390100', amount: a.hifp, limit: a.hifpLimit, info: null },
    { type: '330100', amount: a.hifob, limit: a.hifobLimit, info: null },
    { type: '390200', amount: a.hifmi, limit: a.hifmiLimit, info: null },
    { type: '610100', amount: a.maf, limit: a.mafLimit, info: null },
    { type: '310200', amount: a.acct, limit: null, info: null },
    { type: '999996', amount: a.hosp, limit: null, info: null },
  ];
  return rows
    .filter((r) => !r.amount.isZero())
    .map((r) => ({
      fundPayType: r.type,
      fundPayTypeName: NAMES[r.type]!,
      inscpScpAmt: inscp,
      crtPaybLmtAmt: r.limit,
      fundPayamt: r.amount,
      setlProcInfo: r.info,
    }));
}
