import type { LedgerData } from './ledgerData.ts';
import { FUND_KEYS } from './ledgerData.ts';

/** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused (CSV injection). */
const field = (v: string | number | null): string => {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@]/.test(s) && !/^-\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The ledger as CSV (UTF-8 with a BOM so spreadsheet programs read the Chinese headers): one row per
 * month with its dates, totals, funds, deductions and payment. Amounts as decimal text (yuan, two
 * decimals as given), never recomputed; no personal data.
 */
export function ledgerCsv(data: LedgerData): string {
  const head = [
    'month', 'status', 'declaration_deadline', 'declared_on', 'audit_closes_on', 'payment_due_date', 'paid_on', 'working_days_late',
    'records', 'reversals', 'medfee_sumamt', 'fund_pay_sumamt', 'acct_pay', 'psn_cash_pay', 'cross_province_medfee', 'cross_province_fund',
    ...FUND_KEYS, 'gross_payable', 'deductions', 'net_payable',
  ];
  const rows = data.months.map((m) => [
    m.month, m.status, m.declarationDeadline, m.declaredOn, m.auditClosesOn, m.paymentDueDate, m.paidOn, m.workingDaysLate,
    m.counts.records, m.counts.reversals, m.totals.medfee, m.totals.fundPay, m.totals.acctPay, m.totals.cash, m.totals.crossProvinceMedfee,
    m.totals.crossProvinceFund, ...FUND_KEYS.map((k) => m.funds[k] ?? '0'), m.grossPayable, m.deductionTotal, m.netPayable,
  ]);
  return `\uFEFF${[head, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
