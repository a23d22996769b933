import type { VerdictCode } from '../../core/index.ts';
import type { Lang } from './lang.ts';

type Pair = { 'zh-CN': string; en: string };
const p = (zh: string, en: string): Pair => ({ 'zh-CN': zh, en });

/** Every screen text of the SDK, zh-CN and en. `{name}` marks a value filled in by `t`. */
export const TEXTS = {
  // <yb-filing-check>
  filingTitle: p('跨省直接结算资格', 'Cross-province direct settlement'),
  plannedVisit: p('就诊日期 {date}', 'Visit on {date}'),
  rules: p('依据规则', 'Rules'),
  checkNeedsInput: p('请提供参保地、就医地和就诊日期。', 'Give the insured place, the treatment place and the visit date.'),
  badInput: p('输入有误：{what}', 'Invalid input: {what}'),
  // <yb-breakdown>
  breakdownTitle: p('结算明细', 'Settlement breakdown'),
  preBreakdownTitle: p('预结算明细', 'Pre-settlement breakdown'),
  total: p('医疗费总额', 'Total medical cost'),
  fundPays: p('基金支付', 'Paid by funds'),
  personalPays: p('个人负担', 'Paid by the patient'),
  acctPay: p('个人账户支付', 'From the personal account'),
  cashPay: p('现金支付', 'Cash to pay'),
  balanceAfter: p('账户余额（结算后）', 'Account balance after'),
  byFund: p('各基金支付', 'By fund'),
  lineSplit: p('费用分割', 'How the cost splits'),
  fulamt: p('全自费', 'Fully self-paid'),
  overlmt: p('超限价自付', 'Above the price cap'),
  preselfpay: p('先行自付', 'Self-paid first (乙类)'),
  inscp: p('符合政策范围', 'Within policy scope'),
  line: p('费用项目', 'Line'),
  amount: p('金额', 'Amount'),
  showWaterfall: p('查看完整计算过程', 'Show the full calculation'),
  hideWaterfall: p('收起计算过程', 'Hide the calculation'),
  loadingWaterfall: p('正在加载计算过程…', 'Loading the calculation…'),
  platformOnly: p('未收录该参保地的政策包，仅显示医保平台返回的金额。', 'No policy pack for this insured place: these are the platform’s figures alone.'),
  noExplainInput: p('没有计算所需的输入，仅显示医保平台返回的金额。', 'No calculation inputs were given: these are the platform’s figures alone.'),
  estimateNote: p('按政策包 {pack}（{status}）重算；本年累计未知，按起付线已用完计算。以医保平台金额为准。', 'Recomputed with pack {pack} ({status}); year-to-date unknown, deductible assumed met. The platform’s figures prevail.'),
  exactNote: p('按政策包 {pack}（{status}）计算。', 'Computed with pack {pack} ({status}).'),
  source: p('来源', 'Source'),
  hifpPay: p('统筹基金支付', 'Pooled fund pays'),
  deductible: p('起付线', 'Deductible'),
  acctMulaidPay: p('共济账户支付', 'Family mutual-aid account'),
  step: p('步骤', 'Step'),
  noSettlement: p('暂无结算数据。', 'No settlement to show yet.'),
  // <yb-checkout>
  checkoutTitle: p('医保跨省直接结算', 'Medical insurance direct settlement'),
  pharmacyMode: p('药店购药', 'Pharmacy'),
  outpatientMode: p('门诊收费', 'Outpatient cashier'),
  identify: p('识别参保人', 'Identify the patient'),
  certType: p('凭证类型', 'Credential'),
  cert01: p('医保电子凭证（扫码）', 'E-certificate (scan QR)'),
  cert02: p('身份证号', 'ID card number'),
  cert03: p('社保卡', 'Social-security card'),
  certNo: p('凭证号码 / 扫码内容', 'Number or scanned code'),
  certNoHint: p('将扫码枪对准二维码，或输入后按回车。', 'Scan the code, or type it and press Enter.'),
  cardSn: p('社保卡识别码', 'Card serial number'),
  read: p('读取', 'Read'),
  patient: p('参保人', 'Patient'),
  insuredPlace: p('参保地', 'Insured place'),
  balance: p('个人账户余额', 'Account balance'),
  cart: p('本次费用', 'This purchase'),
  cartEmpty: p('没有费用明细。', 'No cart lines.'),
  badLine: p('第 {n} 行费用有误（{id}）：{what}', 'Cart line {n} ({id}) is invalid: {what}'),
  presettle: p('预结算', 'Pre-settle'),
  represettle: p('重新预结算', 'Pre-settle again'),
  confirm: p('确认结算', 'Confirm settlement'),
  cancel: p('撤销结算', 'Cancel settlement'),
  newCustomer: p('下一位', 'Next patient'),
  retry: p('重试', 'Retry'),
  working: p('正在处理，请稍候…', 'Working, please wait…'),
  settled: p('结算成功，结算号 {id}', 'Settled: settlement {id}'),
  reversed: p('已撤销，结算号 {id}', 'Reversed: settlement {id}'),
  recovered: p('上次未完成的结算已处理：{outcome}', 'The unfinished settlement from last time was resolved: {outcome}'),
  recoveredSettled: p('已结算（{id}）', 'settled ({id})'),
  recoveredReversed: p('已冲正，未扣费', 'reversed, nothing charged'),
  recoveredNone: p('平台未收到，未扣费', 'never reached the platform, nothing charged'),
  failed: p('操作失败', 'Failed'),
  retryable: p('可以重试。', 'Safe to retry.'),
  notRetryable: p('请勿重复操作，请联系管理员。', 'Do not retry; contact your administrator.'),
  step1: p('1 识别', '1 Identify'),
  step2: p('2 资格', '2 Eligibility'),
  step3: p('3 预结算', '3 Pre-settle'),
  step4: p('4 结算', '4 Settle'),
  unclear: p('结算回复不明确，正在向医保平台确认结果。请勿重复收费。', 'The settlement reply was unclear: checking the outcome with the platform. Do not charge again.'),
  outcomeUnknown: p('结算结果暂未确认。请检查网络后重新确认；确认前不要重复收费。', 'The outcome is not confirmed yet. Check the network, then check again; do not charge again before that.'),
  resolveNow: p('重新确认结果', 'Check the outcome again'),
  giveUp: p('冲正（放弃本次结算）', 'Reverse (give up this settlement)'),
  notSettledYet: p('尚未完成医保结算', 'Not settled yet'),
  patientSummary: p('{name}，证件 {id}', '{name}, ID {id}'),
  qty: p('数量', 'Qty'),
  unitPrice: p('单价', 'Unit price'),
  mustPayCash: p('请收取现金 {amount}', 'Collect {amount} in cash'),
  progress: p('结算进度', 'Progress'),
  keyHint: p('快捷键：回车 下一步，Esc 撤销/重新开始', 'Keys: Enter next step, Esc cancel / start over'),
  // <yb-checkout> 门诊慢特病 (R-13, DF-18)
  chronicTitle: p('门诊慢特病资格', 'Chronic-disease qualification'),
  chronicDisease: p('病种', 'Disease'),
  chronicValidity: p('有效期', 'Valid'),
  chronicFromTo: p('{begin} 至 {end}', '{begin} to {end}'),
  chronicOpenEnd: p('{begin} 起，长期有效', 'from {begin}, no end date'),
  chronicRecognisedBy: p('认定机构', 'Recognised by'),
  chronicStatus: p('资格状态', 'Status'),
  chronicOk: p('有效，参保地已开通该病种跨省直接结算', 'Valid; the insured place settles this disease across provinces'),
  chronicOkListUnknown: p('有效（政策包未列明参保地开通的跨省病种）', 'Valid (the policy pack does not list the diseases the insured place settles)'),
  chronicLapsed: p('已过期 {days} 天', 'Lapsed {days} days ago'),
  chronicNotYet: p('尚未生效', 'Not yet valid'),
  chronicNotRecognised: p('参保地未认定该病种资格', 'Not recognised by the insured place'),
  chronicNoCode: p('未设置病种编码', 'No disease code given'),
  chronicNotEnabled: p('有效，但参保地未开通该病种的跨省直接结算', 'Valid, but the insured place does not settle this disease across provinces'),
  chronicNone: p('—', '—'),
  chronicLimitLeft: p('本病种本年统筹基金剩余额度：本次前 {before}，本次后 {after}', 'This year’s fund limit left for this disease: {before} before this claim, {after} after'),
  chronicLimitNone: p('医保平台未返回本病种年度限额。', 'The platform reported no annual limit for this disease.'),
} satisfies Record<string, Pair>;

export type TextKey = keyof typeof TEXTS;

/** A screen text in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Short verdict titles (the core's hint says what to do). */
export const VERDICT_TITLES: Record<VerdictCode, Pair> = {
  DIRECT: p('可直接结算', 'Settles directly'),
  NOT_CROSS_PROVINCE: p('非跨省就医', 'Not cross-province'),
  INVALID_DIVISION_CODE: p('区划代码无效', 'Invalid division code'),
  INVALID_TREATMENT_PLACE: p('就医地不在直接结算范围', 'Treatment place not covered'),
  INSURANCE_INACTIVE: p('参保状态异常', 'Insurance not active'),
  NOT_DIRECT_MANUAL_CLAIM: p('机构未联网：回参保地手工报销', 'Institution not networked: manual claim'),
  INJURY_EXCLUDED: p('外伤不予支付', 'Injury excluded'),
  NEEDS_INJURY_COMMITMENT: p('需签署外伤承诺书', 'Injury commitment needed'),
  MANUAL_CLAIM: p('已自费结算：手工报销', 'Already self-paid: manual claim'),
  FILE_BEFORE_DISCHARGE: p('出院前须办理备案', 'File before discharge'),
  NOT_FILED: p('未备案或备案无效', 'Not filed'),
  CHRONIC_NOT_QUALIFIED: p('无门诊慢特病资格', 'Chronic qualification missing'),
  CHRONIC_DISEASE_NOT_ENABLED: p('该慢特病未开通跨省结算', 'Chronic disease not enabled'),
};

/** The verdict title of a NOT_FILED detail, more precise than the code's. */
export const NOT_FILED_TITLES: Record<string, Pair> = {
  NO_FILING: p('未办理备案', 'Not filed'),
  PLACE_MISMATCH: p('备案地不符', 'Filed for another place'),
  EXPIRED: p('备案已过期 {days} 天', 'Filing expired {days} days ago'),
  NOT_YET_VALID: p('备案尚未生效', 'Filing not yet valid'),
  CANCELLED: p('备案已取消', 'Filing cancelled'),
};

/** The verdict title of a CHRONIC_NOT_QUALIFIED detail, more precise than the code's. */
export const CHRONIC_TITLES: Record<string, Pair> = {
  NO_DISEASE_CODE: p('缺少门诊慢特病病种编码', 'Chronic disease code missing'),
  NOT_RECOGNISED: p('参保地未认定该门诊慢特病', 'Chronic disease not recognised'),
  LAPSED: p('门诊慢特病资格已过期 {days} 天', 'Chronic qualification lapsed {days} days ago'),
  NOT_YET_VALID: p('门诊慢特病资格尚未生效', 'Chronic qualification not yet valid'),
};

/** A title pair in `lang` with `{name}` placeholders filled. */
export function pick(lang: Lang, pair: Pair, vars: Record<string, string | number> = {}): string {
  return pair[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
