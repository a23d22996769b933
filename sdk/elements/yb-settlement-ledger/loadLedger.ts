import type { SessionConfig } from '../../session/types.ts';
import { createPlatformClient } from '../../transport/createPlatformClient.ts';
import { fenText, sumFen, FUND_KEYS, type Figures, type LedgerData, type LedgerMonth } from './ledgerData.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One of the institution's own (HIS) ledger rows, as it reconciles them with 3201 / 3202. */
export interface LocalLedgerRow {
  setl_id: string;
  mdtrt_id: string;
  psn_no: string;
  refd_setl_flag: '0' | '1';
  insutype: string;
  clr_type: string;
  setl_optins: string;
  medfee_sumamt: number | string;
  fund_pay_sumamt: number | string;
  acct_pay: number | string;
}

export interface LoadLedgerOptions {
  /** Where the view stands: a day not before the platform's today (the mock's look-ahead), default today. */
  asOf?: string;
  /** How many recent months to show (default 6). */
  months?: number;
  /**
   * The institution's own rows of the newest ended month to reconcile (3201 per 险种 × 清算类别 × 经办机构,
   * then 3202 row by row): given the platform's rows, return the host's own. Default: the platform's rows.
   */
  localRows?: (platformRows: readonly LocalLedgerRow[]) => readonly LocalLedgerRow[];
}


/** Reads the first entry of a stored (uncompressed) zip, as the mock's 9102 answers it. */
function firstStoredEntry(bytes: Uint8Array): string {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (v.getUint32(0, true) !== 0x04034b50) throw new Error('9102: not a zip file');
  if (v.getUint16(8, true) !== 0) throw new Error('9102: only stored (uncompressed) zips are read');
  const size = v.getUint32(18, true);
  const start = 30 + v.getUint16(26, true) + v.getUint16(28, true);
  return new TextDecoder().decode(bytes.subarray(start, start + size));
}

const figuresOf = (rows: readonly { medfee_sumamt: number | string; fund_pay_sumamt: number | string; acct_pay: number | string }[]): Figures => ({
  medfee: fenText(sumFen(rows.map((r) => r.medfee_sumamt))), fundPay: fenText(sumFen(rows.map((r) => r.fund_pay_sumamt))),
  acctPay: fenText(sumFen(rows.map((r) => r.acct_pay))), count: rows.length,
});

/**
 * Loads what `<yb-settlement-ledger>` shows from the platform (the mock's MX5531–MX5534 extensions
 * and the national 3201 / 3202 / 9101 / 9102): months with their declaration, audit and payment, the
 * prepayment, and the newest ended month reconciled. Signs in with 9001 like the checkout.
 * @throws Error naming the transaction that failed (no personal data in the message)
 */
export async function loadLedger(cfg: Omit<SessionConfig, 'mode'>, options: LoadLedgerOptions = {}): Promise<LedgerData> {
  const client = createPlatformClient({ ...cfg, mode: 'outpatient' });
  const call = async (infno: string, input: Obj): Promise<Obj> => {
    const r = await client.call(infno, input);
    if (!r.ok) throw new Error(`${infno}: ${r.error.code} ${r.error.message}`);
    return r.output;
  };
  // 9102 answers the file's bytes, not an envelope: sent with the client's signed envelope, read raw.
  const download = async (fileQuryNo: string): Promise<Uint8Array> => {
    const env = await client.prepare('9102', { fsDownloadIn: { file_qury_no: fileQuryNo, filename: 'result.zip', fixmedins_code: cfg.fixmedins_code } }, '');
    if ('code' in env) throw new Error(`9102: ${env.code} ${env.message}`);
    if (!cfg.endpoint) throw new Error('9102: reconciliation needs an endpoint (a host transport cannot return file bytes)');
    const res = await fetch(cfg.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(env) });
    if (!res.ok) throw new Error(`9102: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const asOf = options.asOf ?? null;
  const head = await call('MX5531', { data: { as_of: asOf } });
  const list = head.months as Obj[];
  const months: LedgerMonth[] = [];
  let newestEnded: { month: string; details: LocalLedgerRow[]; info: Obj } | null = null;
  for (const m of list.slice(0, options.months ?? 6)) {
    const [decl, audit, pay] = [
      await call('MX5531', { data: { month: m.month, as_of: asOf } }),
      await call('MX5532', { data: { month: m.month, as_of: asOf } }),
      await call('MX5533', { data: { month: m.month, as_of: asOf } }),
    ];
    const info = decl.monthinfo as Obj;
    const total = decl.declaration.total as Obj;
    const cross = decl.declaration.cross_province.all as Obj;
    const p = pay.payinfo as Obj;
    const ded = audit.deductioninfo as Obj;
    months.push({
      month: m.month, status: p.status, settlingUntil: info.settling_until, declarationDeadline: info.declaration_deadline,
      workingDaysToDeadline: info.working_days_to_deadline, declaredOn: info.declared_on, auditClosesOn: info.audit_closes_on,
      paymentDueDate: info.payment_due_date, workingDaysToDue: p.working_days_to_due, paidOn: p.paid_on, expectedOn: p.expected_on,
      workingDaysLate: p.working_days_late, calendarMissing: info.calendar_missing ?? null,
      counts: { records: total.count, reversals: total.reversals, crossProvince: cross.count },
      totals: {
        medfee: String(total.totals.medfeeSumamt), fundPay: String(total.totals.fundPaySumamt), acctPay: String(total.totals.acctPay),
        cash: String(total.totals.psnCashPay), crossProvinceMedfee: String(cross.totals.medfeeSumamt), crossProvinceFund: String(cross.totals.fundPaySumamt),
      },
      funds: Object.fromEntries(FUND_KEYS.map((k) => [k, String(total.totals[k] ?? 0)])) as LedgerMonth['funds'],
      deductions: (ded.deductions as Obj[]).map((d) => ({ setlId: d.setl_id, ruleId: d.rule_id, reason: { zh: d.reason_zh, en: d.reason_en }, amount: String(d.amount) })),
      pending: ded.final ? [] : (audit.auditinfo.findings as Obj[]).map((f) => ({ setlId: f.setl_id, ruleId: f.rule_id, reason: { zh: f.reason_zh, en: f.reason_en }, amount: String(f.amount_at_stake) })),
      deductionsFinal: ded.final, flagged: audit.auditinfo.flagged.length, sampled: audit.auditinfo.sampled.length,
      grossPayable: String(p.gross_payable), deductionTotal: String(p.deductions), netPayable: String(p.net_payable),
    });
    if (!newestEnded && p.status !== 'SETTLING') newestEnded = { month: m.month, details: decl.details as LocalLedgerRow[], info };
  }
  const pre = (await call('MX5534', { data: { as_of: asOf } })).prepayinfo as Obj;
  return {
    asOf: head.as_of,
    institution: { code: cfg.fixmedins_code, name: cfg.fixmedins_name ?? cfg.fixmedins_code },
    months,
    prepayment: {
      year: pre.year, eligible: pre.eligible, advanced: String(pre.advanced), outstanding: String(pre.outstanding), monthlyAverage: String(pre.monthly_average),
      formula: pre.formula, fundMonths: pre.fund_conditions.months_of_balance, fundRequiredMonths: pre.fund_conditions.required_months,
      failures: [...pre.fund_conditions.failures, ...pre.institution_conditions.failures].map((f: Obj) => ({ zh: f.reason.zh, en: f.reason.en })),
      settlementsDue: String(pre.year_end_preview.settlements_due), offsetAtYearEnd: String(pre.year_end_preview.offset_against_settlements), unrecoveredAtYearEnd: String(pre.year_end_preview.unrecovered),
    },
    reconciliation: newestEnded ? await reconcile(cfg.fixmedins_code, call, download, newestEnded.month, newestEnded.details, options.localRows) : null,
  };
}

async function reconcile(fixmedinsCode: string, call: (infno: string, input: Obj) => Promise<Obj>, download: (fileQuryNo: string) => Promise<Uint8Array>, month: string, platformRows: LocalLedgerRow[], edit?: LoadLedgerOptions['localRows']) {
  const local = edit ? edit(platformRows) : platformRows;
  const begin = `${month}-01`;
  const [y, mo] = month.split('-').map(Number) as [number, number];
  const last = `${month}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
  const key = (r: LocalLedgerRow) => `${r.insutype}|${r.clr_type}|${r.setl_optins}`;
  const keys = [...new Set([...platformRows, ...local].map(key))].sort();
  const groups = [];
  for (const k of keys) {
    const [insutype, clrType, setlOptins] = k.split('|') as [string, string, string];
    const mine = local.filter((r) => key(r) === k);
    const theirs = platformRows.filter((r) => key(r) === k);
    const f = figuresOf(mine);
    const out = await call('3201', {
      data: {
        insutype, clr_type: clrType, setl_optins: setlOptins, stmt_begndate: begin, stmt_enddate: last,
        medfee_sumamt: f.medfee, fund_pay_sumamt: f.fundPay, acct_pay: f.acctPay, fixmedins_setl_cnt: f.count,
      },
    });
    groups.push({ insutype, clrType, setlOptins, local: f, platform: figuresOf(theirs), result: out.stmtinfo.stmt_rslt, description: out.stmtinfo.stmt_rslt_dscr ?? '' });
  }
  const tsv = local.map((r) => [r.setl_id, r.mdtrt_id, r.psn_no, r.medfee_sumamt, r.fund_pay_sumamt, r.acct_pay, r.refd_setl_flag].join('\t')).join('\n');
  const bytes = new TextEncoder().encode(`${tsv}\n`);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const up = await call('9101', { fsUploadIn: { in: btoa(binary), filename: `detail-${month}.txt`, fixmedins_code: fixmedinsCode } });
  const det = await call('3202', { data: { setl_optins: platformRows[0]?.setl_optins ?? local[0]?.setl_optins ?? '000000', file_qury_no: up.file_qury_no, stmt_begndate: begin, stmt_enddate: last } });
  const zip = await download(det.fileinfo.file_qury_no);
  const rows = firstStoredEntry(zip).trim().split('\n').slice(1).map((l) => l.split('\t'));
  const byId = new Map(local.map((r) => [`${r.setl_id}|${r.refd_setl_flag}`, r]));
  const details = rows.filter((c) => c[4] === '1').map((c) => {
    const [psnNo, , setlId, , , refd, memo, medfee, fund, acct] = c as string[];
    const mine = byId.get(`${setlId}|${refd}`);
    const centreMissing = /中心无此结算/.test(memo ?? '');
    return {
      setlId: setlId!, psnNo: psnNo ?? '', refund: refd === '1', memo: memo ?? '',
      local: mine ? figuresOf([mine]) : null,
      platform: centreMissing ? null : { medfee: fenText(sumFen([medfee!])), fundPay: fenText(sumFen([fund!])), acctPay: fenText(sumFen([acct!])), count: 1 },
    };
  });
  return { month, groups, details };
}

