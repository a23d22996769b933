/**
 * Texts of "My chronic conditions" (门诊慢特病, R-13) in zh-CN and en: plain words first, the
 * official term beside. Kept beside the screen; the shell's texts.ts names only its entry.
 */
import type { Lang } from '../../app/texts.ts';

type Pair = readonly [zh: string, en: string];

export const CT = {
  title: ['我的门诊慢特病资格', 'My chronic conditions'],
  official: ['门诊慢特病', 'outpatient chronic and special diseases'],
  intro: ['参保地认定的慢性病，在外省门诊看这些病也能直接结算。', 'Chronic conditions your insured place recognised: outpatient visits for them in another province can settle directly.'],
  none: ['参保地没有给您认定门诊慢特病。', 'Your insured place has recognised no chronic condition for you.'],
  noId: ['没有您的证件号，查不了资格。请在“更多”里用演示人员。', 'Without your ID number the qualifications cannot be looked up. Use a sample person under More.'],
  offline: ['没有网络，显示的是上次查到的资格（{at}）', 'Offline: showing the qualifications last looked up ({at})'],
  offlineNever: ['没有网络，也还没查过资格。有网时再打开这一页。', 'Offline, and nothing was looked up yet. Open this page again when online.'],
  refused: ['查不到资格：{msg}', 'The qualifications could not be looked up: {msg}'],
  lastChecked: ['查询时间', 'Looked up'],
  recognisedBy: ['认定医院', 'Recognised by'],
  recognisedByOfficial: ['认定机构', 'recognising institution'],
  recognisedOn: ['认定日期', 'Recognised on'],
  validity: ['有效期', 'Valid'],
  noEnd: ['长期有效', 'no end date'],
  valid: ['有效', 'Valid'],
  notYet: ['还没开始：{date} 起有效', 'Not yet valid: from {date}'],
  daysLeft: ['还剩 {n} 天到期', '{n} days left'],
  soon: ['快到期了：请在到期前向参保地申请复审（续认定）', 'Ends soon: ask your insured place for a review (re-recognition) before it ends'],
  lapsed: ['已过期 {n} 天：现在看这个病不能直接结算', 'Lapsed {n} days ago: visits for this condition no longer settle directly'],
  lapsedTodo: ['要做的事：向参保地医保经办机构申请复审（重新认定）。复审通过前看病先自己付钱，保留发票，可以回参保地手工报销。', 'What to do: ask your insured place\'s insurance office for a review (re-recognition). Until then pay yourself and keep the invoices: you can claim them back from your insured place.'],
  notEnabled: ['参保地还没开通这个病的跨省直接结算', 'Your insured place has not opened cross-province direct settlement for this condition'],
  enabledUnknown: ['参保地政策没说这个病能不能跨省结算', 'Your insured place\'s policy does not say whether this condition settles across provinces'],
  // the visit check
  entryTitle: ['看的是慢性病吗？', 'Is it a visit for a chronic condition?'],
  entryHint: ['高血压、糖尿病等门诊慢特病，按参保地认定的资格查：', 'For hypertension, diabetes and the other recognised chronic conditions, check with your qualifications:'],
  checkTitle: ['看这个病能直接结算吗？', 'Will a visit for this condition settle directly?'],
  disease: ['看哪个慢性病', 'Which condition'],
  diseaseOfficial: ['病种', 'disease'],
  place: ['在哪个城市看病', 'Which city'],
  check: ['查一查', 'Check'],
  yes: ['能直接结算：看病时只付自己那部分', 'Settles directly: you pay only your share'],
  no: ['不能直接结算', 'Does not settle directly'],
  // the estimate and the per-disease limit
  estTitle: ['这次大约要付多少', 'About what you would pay'],
  amount: ['这次门诊大约花多少钱（元）', 'Expected cost of this visit (yuan)'],
  estRun: ['算一算', 'Estimate'],
  youPay: ['您大约要付', 'You would pay about'],
  fundPays: ['医保大约付', 'Insurance would pay about'],
  range: ['{low} 到 {high}', '{low} to {high}'],
  limit: ['这个病今年医保最多付 {limit}（病种年度限额）', 'This year the insurance pays at most {limit} for this condition (annual limit per disease)'],
  limitUsedUnknown: ['今年已经用掉多少，手机上不知道：看病结算单上写着还剩多少。估计按还没用完算。', 'How much of it was used this year is not known on this phone: the settlement slip says what is left. The estimate assumes it is not used up.'],
  limitLeft: ['这个病今年医保还能付 {left}', 'Left this year: {left}'],
  limitUsed: ['病种年度限额 {limit}，截至 {at} 已付 {used}；估计已按剩下的额度算。', 'Annual limit per disease {limit}; {used} already paid as of {at}. The estimate counts only what is left.'],
  limitNone: ['参保地政策说这个病没有年度限额', 'Your insured place\'s policy sets no annual limit for this condition'],
  limitUnknown: ['参保地政策没有给出这个病的年度限额，无法算还剩多少', 'Your insured place\'s policy gives no annual limit for this condition, so what is left cannot be said'],
  noPolicy: ['还没有您参保地的政策数据，算不出来。', 'There is no policy data for your insured place yet, so it cannot be estimated.'],
  policyUsed: ['所用政策', 'Policy used'],
} as const satisfies Record<string, Pair>;

export type ChronicKey = keyof typeof CT;

export function ct(lang: Lang, key: ChronicKey, vars: Record<string, string | number> = {}): string {
  return CT[key][lang === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
