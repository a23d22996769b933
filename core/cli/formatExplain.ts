import type { ExplainStep, PolicySet, Settlement, SettlementAmounts, Verdict } from '../types.ts';
import type { Lang } from './CliIo.ts';
import { textTable } from './textTable.ts';

type Row = { sign: string; zh: string; en: string; field: keyof SettlementAmounts; wire: string; steps: readonly string[] };

/** The waterfall of §1.1: each amount with the steps that produce it. */
const WATERFALL: readonly Row[] = [
  { sign: '', zh: '医疗费总额', en: 'Total fees', field: 'medfeeSumamt', wire: 'medfee_sumamt', steps: ['S-1'] },
  { sign: '−', zh: '全自费', en: 'Fully self-paid', field: 'fulamtOwnpayAmt', wire: 'fulamt_ownpay_amt', steps: ['S-1'] },
  { sign: '−', zh: '超限价自费', en: 'Above price ceiling', field: 'overlmtSelfpay', wire: 'overlmt_selfpay', steps: ['S-1'] },
  { sign: '−', zh: '先行自付', en: 'Co-pay first (class B items)', field: 'preselfpayAmt', wire: 'preselfpay_amt', steps: ['S-1'] },
  { sign: '=', zh: '符合政策范围', en: 'In policy scope', field: 'inscpScpAmt', wire: 'inscp_scp_amt', steps: ['S-1'] },
  { sign: '−', zh: '起付线', en: 'Deductible', field: 'actPayDedc', wire: 'act_pay_dedc', steps: ['S-2'] },
  { sign: '×', zh: '比例 → 统筹基金', en: 'Ratio → basic fund', field: 'hifpPay', wire: 'hifp_pay', steps: ['S-3', 'S-4', 'S-5'] },
  { sign: '+', zh: '大额医疗补助', en: 'Large-expense fund', field: 'hifobPay', wire: 'hifob_pay', steps: ['S-6'] },
  { sign: '+', zh: '大病保险', en: 'Major-illness insurance', field: 'hifmiPay', wire: 'hifmi_pay', steps: ['S-7'] },
  { sign: '+', zh: '医疗救助', en: 'Medical assistance', field: 'mafPay', wire: 'maf_pay', steps: ['S-8'] },
  { sign: '=', zh: '基金支付合计', en: 'All funds', field: 'fundPaySumamt', wire: 'fund_pay_sumamt', steps: ['S-9'] },
  { sign: '=', zh: '个人负担', en: 'Personal share', field: 'psnPartAmt', wire: 'psn_part_amt', steps: ['S-9'] },
  { sign: '·', zh: '个人账户', en: 'Personal account', field: 'acctPay', wire: 'acct_pay', steps: ['S-9'] },
  { sign: '·', zh: '共济账户', en: 'Family account', field: 'acctMulaidPay', wire: 'acct_mulaid_pay', steps: ['S-9'] },
  { sign: '·', zh: '现金', en: 'Cash', field: 'psnCashPay', wire: 'psn_cash_pay', steps: ['S-9'] },
];

const T = {
  zh: {
    title: '结算明细', verdict: '结论', category: '备案类别', reduction: '降低比例', head: ['', '项目', '金额(元)', '字段', '规则'],
    steps: '计算步骤（参数、来源与核实状态）', param: '参数', source: '来源', result: '结果', input: '输入', balance: '账户余额',
    none: '无', warnings: '提示',
  },
  en: {
    title: 'Settlement explained', verdict: 'Verdict', category: 'Filing category', reduction: 'Ratio reduction',
    head: ['', 'Item', 'Yuan', 'Field', 'Rules'], steps: 'Steps (parameters, sources and verification status)', param: 'param',
    source: 'source', result: 'result', input: 'input', balance: 'Account balance after', none: 'none', warnings: 'Warnings',
  },
} as const;

const rulesOf = (steps: readonly ExplainStep[], ids: readonly string[]): string => {
  const cited = new Set<string>(ids);
  for (const s of steps) if (ids.includes(s.step)) s.rules.forEach((r) => cited.add(r));
  return [...cited].join(' ');
};

const pairs = (o: Readonly<Record<string, string>>): string =>
  Object.entries(o).map(([k, v]) => `${k}=${v}`).join(', ');

/** The band slices S-4 reports as inputs `band_1`, `band_2`, … shown under the fund row. */
const bandRows = (steps: readonly ExplainStep[]): string[][] =>
  steps
    .filter((st) => st.step === 'S-4')
    .flatMap((st) => Object.entries(st.inputs).filter(([k]) => /^band_\d+$/.test(k)))
    .map(([, v]) => ['', `  ${v}`, '', '', '']);

/**
 * Renders a settlement as the explained waterfall (§1.1) followed by every step with the
 * parameters it used, each parameter's source document and its verification status.
 */
export function formatExplain(s: Settlement, verdict: Verdict, policy: PolicySet, lang: Lang): string {
  const t = T[lang];
  const a = s.amounts;
  const shown = WATERFALL.filter((r) => !['hifobPay', 'hifmiPay', 'mafPay', 'acctMulaidPay'].includes(r.field) || !a[r.field].isZero());
  const rows: (readonly string[])[] = [t.head];
  for (const r of shown) {
    rows.push([r.sign, lang === 'zh' ? r.zh : r.en, a[r.field].toFixed(2), r.wire, rulesOf(s.steps, r.steps)]);
    if (r.field === 'hifpPay') rows.push(...bandRows(s.steps));
  }
  const table = textTable(rows, ['left', 'left', 'right', 'left', 'left']);
  const out: string[] = [
    // The pack's name is Chinese only; the English table names the pack by its id.
    `${t.title} · ${policy.id} (${lang === 'zh' ? `${policy.name}, ` : ''}${policy.status})`,
    `${t.verdict}: ${verdict.code}${verdict.treatedAsFiled ? ' (R-5)' : ''} · ${t.category}: ${s.category ?? t.none} · ` +
      `${t.reduction}: ${verdict.reductionPoints?.toString() ?? t.none}`,
    '',
    table,
    `${t.balance}: ${a.balc.toFixed(2)}`,
    '',
    `${t.steps}:`,
  ];
  for (const step of s.steps) {
    out.push(`${step.step.padEnd(4)} [${step.rules.join(' ')}] ${step.title[lang]}`);
    if (Object.keys(step.inputs).length) out.push(`       ${t.input}: ${pairs(step.inputs)}`);
    for (const p of step.params) {
      out.push(`       ${t.param}: ${p.path} = ${p.value}  ·  ${t.source}: ${p.source.docNo} [${p.source.status}]`);
    }
    if (Object.keys(step.result).length) out.push(`       ${t.result}: ${pairs(step.result)}`);
  }
  const warnings = [...verdict.warnings, ...s.warnings];
  if (warnings.length) out.push('', `${t.warnings}: ${warnings.join(', ')}`);
  return out.join('\n');
}
