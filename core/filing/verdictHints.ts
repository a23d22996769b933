import type { ChronicDetail, LocalText, NotFiledDetail, VerdictCode } from '../types.ts';

/**
 * Fix-it texts of the §4.3 reason-code table, in zh-CN and en. Texts only: `verdictHint.ts`
 * picks and joins them. No personal data, no amounts.
 */
export const VERDICT_HINTS: Readonly<Record<Exclude<VerdictCode, 'NOT_FILED'>, LocalText>> = Object.freeze({
  DIRECT: {
    zh: '可以跨省直接结算。',
    en: 'This can be settled directly across provinces.',
  },
  NOT_CROSS_PROVINCE: {
    zh: '参保地与就医地在同一省份，不属于跨省异地就医，请按本地或省内异地就医规定结算。',
    en: 'The insured place and the treatment place are in the same province: settle under local or intra-province rules.',
  },
  INVALID_DIVISION_CODE: {
    zh: '医保区划代码无效（应为6位数字，省级代码须有效）。请核对参保地和就医地代码。',
    en: 'A division code is invalid (6 digits with a known province prefix). Check the insured and treatment place codes.',
  },
  INVALID_TREATMENT_PLACE: {
    zh: '就医地（台湾、香港、澳门）不在基本医保跨省直接结算范围内，费用不能直接结算。',
    en: 'The treatment place (Taiwan, Hong Kong, Macao) is outside the direct-settlement network.',
  },
  INSURANCE_INACTIVE: {
    zh: '参保状态不正常，不能直接结算。请联系参保地医保经办机构核实参保状态。',
    en: 'The insurance is not active. Contact the insured place’s medical-insurance office about your status.',
  },
  NOT_DIRECT_MANUAL_CLAIM: {
    zh: '该机构未开通此类就医的跨省直接结算。请先付费，保留发票和费用明细，回参保地申请手工报销。',
    en: 'This institution is not networked for this care across provinces. Pay, keep the invoices and fee details, and claim at your insured place.',
  },
  INJURY_EXCLUDED: {
    zh: '有第三方责任的外伤（以及工伤、应由公共卫生负担的费用）不由基本医保支付。',
    en: 'Injuries with a liable third party (and work injuries or public-health care) are not paid by basic insurance.',
  },
  NEEDS_INJURY_COMMITMENT: {
    zh: '无第三方责任的外伤须先签署外伤承诺书（格式和时限按参保地规定），签署后可直接结算。',
    en: 'Sign the injury commitment (form and deadline set by your insured place); then this can be settled directly.',
  },
  MANUAL_CLAIM: {
    zh: '本次住院已自费出院结算，不能再直接结算。请按参保地规定申请手工报销。',
    en: 'This stay was already settled as self-pay: direct settlement is no longer possible. Claim manually under your insured place’s rules.',
  },
  FILE_BEFORE_DISCHARGE: {
    zh: '尚无覆盖本次住院的备案。请在出院结算前通过国家医保服务平台APP、国家异地就医备案小程序或参保地经办机构办理备案，即可直接结算。',
    en: 'No filing covers this stay yet. File through the national medical-insurance app, the filing mini-program or your insured place’s office before discharge settlement, and the stay settles directly.',
  },
  CHRONIC_NOT_QUALIFIED: {
    zh: '未在参保地认定该门诊慢特病资格，或资格不在有效期内。请先向参保地申请门诊慢特病认定。',
    en: 'You have no valid chronic-disease (门诊慢特病) qualification for this disease. Apply for it at your insured place first.',
  },
  CHRONIC_DISEASE_NOT_ENABLED: {
    zh: '参保地未开通该门诊慢特病病种的跨省直接结算。请先付费，回参保地申请手工报销。',
    en: 'Your insured place does not settle this chronic disease across provinces. Pay, then claim at your insured place.',
  },
});

/**
 * CHRONIC_NOT_QUALIFIED texts by detail; LAPSED takes the days since the qualification's end
 * date, NOT_YET_VALID its begin date.
 */
export const CHRONIC_HINTS: Readonly<Record<ChronicDetail, (days: number, begin: string) => LocalText>> = Object.freeze({
  NO_DISEASE_CODE: () => ({
    zh: '本次门诊慢特病就诊没有病种编码。请医院在就诊信息（2203 的 dise_codg）中填写门诊慢特病病种编码后再结算。',
    en: 'This chronic-disease visit has no disease code. The hospital should give the 门诊慢特病 disease code (dise_codg in 2203) and settle again.',
  }),
  NOT_RECOGNISED: () => VERDICT_HINTS.CHRONIC_NOT_QUALIFIED,
  LAPSED: (days) => ({
    zh: `您的该病种门诊慢特病资格已于 ${days} 天前到期。请向参保地经办机构申请复审或重新认定；资格恢复前的费用按参保地手工报销规定办理。`,
    en: `Your chronic-disease (门诊慢特病) qualification for this disease lapsed ${days} ${days === 1 ? 'day' : 'days'} ago. Ask your insured place to review or renew it; costs before it is restored follow its manual-claim rules.`,
  }),
  NOT_YET_VALID: (_days, begin) => ({
    zh: `您的该病种门诊慢特病资格自 ${begin} 起生效，就诊日尚未生效。请在生效后就诊，或向参保地经办机构核实开始日期。`,
    en: `Your chronic-disease (门诊慢特病) qualification for this disease starts on ${begin}, after the visit date. Visit once it is in force, or check the start date with your insured place.`,
  }),
});

/** NOT_FILED texts by detail; EXPIRED takes the days since expiry (E-3). */
export const NOT_FILED_HINTS: Readonly<Record<NotFiledDetail, (days: number) => LocalText>> = Object.freeze({
  NO_FILING: () => ({
    zh: '您还没有覆盖该就医地的跨省异地就医备案。请在就诊前通过官方渠道办理备案；门诊费用不能事后补办直接结算，已付费用按参保地手工报销规定办理。',
    en: 'You have no filing for this place. File through an official channel before the visit; outpatient care has no retroactive coverage, and costs already paid follow your insured place’s manual-claim rules.',
  }),
  PLACE_MISMATCH: () => ({
    zh: '您的备案就医地不包括该地区。请变更备案，或到备案地区就医。',
    en: 'Your filing is for another place. Change the filing, or get care in the filed area.',
  }),
  EXPIRED: (days) => ({
    zh: `备案已于 ${days} 天前过期。请在就诊前续办备案；门诊不能追溯直接结算，已付费用按参保地手工报销规定办理。`,
    en: `Your filing expired ${days} ${days === 1 ? 'day' : 'days'} ago. Renew it before the visit; outpatient care has no retroactive coverage, and costs already paid follow your insured place’s manual-claim rules.`,
  }),
  NOT_YET_VALID: () => ({
    zh: '备案在就诊日尚未生效。请在备案生效后就诊，或调整备案开始日期。',
    en: 'Your filing is not yet in force on the visit date. Visit once it is, or change its start date.',
  }),
  CANCELLED: () => ({
    zh: '备案已取消。请重新办理备案后再就诊。',
    en: 'Your filing was cancelled. File again before the visit.',
  }),
});

/** The sentence a settling chronic verdict appends: the qualification and its end date. */
export const chronicValidText = (end: string | null | undefined): LocalText =>
  end == null
    ? { zh: '门诊慢特病资格有效（长期）。', en: 'Your chronic-disease qualification is valid (no end date).' }
    : { zh: `门诊慢特病资格有效期至 ${end}。`, en: `Your chronic-disease qualification is valid until ${end}.` };

/** Sentences appended to a hint. */
export const HINT_ADDENDA = Object.freeze({
  emergency: { zh: '急诊抢救视同已备案。', en: 'Emergency care is treated as filed.' },
  waived: { zh: '参保地对临时外出就医免备案，按临时外出就医人员待遇结算。', en: 'Your insured place waives filing; temporary-visit benefits apply.' },
  pharmacyFundPays: { zh: '药店购药可由统筹基金按规定支付。', en: 'The pooled fund pays for this pharmacy purchase as regulated.' },
  pharmacyNoFund: { zh: '跨省药店购药统筹基金不支付。', en: 'The pooled fund does not pay at out-of-province pharmacies.' },
  pharmacyAcct: { zh: '个人负担部分可使用个人账户支付。', en: 'Your share may be paid from your personal account.' },
  pharmacyCash: { zh: '个人负担部分以现金支付。', en: 'Your share is paid in cash.' },
} satisfies Record<string, LocalText>);
