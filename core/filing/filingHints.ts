import type { LocalText } from '../types.ts';
import type { InvalidFilingReason } from './filingResult.ts';

/** Fix-it texts of the filing lifecycle (§4.4), zh-CN and en. No personal data. */
export const FILING_HINTS = Object.freeze({
  /** R-3b, Example 10 h. */
  changeTooEarly: (months: number, earliest: string): LocalText => ({
    zh: `长期备案须满 ${months} 个月后才能变更或取消，最早可在 ${earliest} 办理。`,
    en: `A long-term filing can be changed or cancelled only ${months} months after registration: on or after ${earliest}.`,
  }),
  /** R-3e. */
  concurrent: (max: number): LocalText => ({
    zh: `同一时间最多只能备案 ${max} 个就医地。请先变更或取消现有的有效备案。`,
    en: `You may hold filings for at most ${max} treatment ${max === 1 ? 'place' : 'places'} at a time. Change or cancel your active filing first.`,
  }),
  /** R-3c. */
  tooShort: (months: number, minValidTo: string): LocalText => ({
    zh: `临时外出就医备案有效期不少于 ${months} 个月，结束日期不能早于 ${minValidTo}。`,
    en: `A temporary filing is valid for at least ${months} months: the end date may not be before ${minValidTo}.`,
  }),
});

/** Texts of the other INVALID_FILING reasons. */
export const INVALID_FILING_HINTS: Readonly<Record<Exclude<InvalidFilingReason, 'VALIDITY_TOO_SHORT'>, LocalText>> = Object.freeze({
  UNKNOWN_CATEGORY: {
    zh: '备案类型无效。请选择异地安置退休、异地长期居住、常驻异地工作、转诊、急诊抢救或其他临时外出就医。',
    en: 'Unknown filing category. Choose one of the six categories (R-2).',
  },
  INVALID_ID: { zh: '备案记录缺少编号。', en: 'The filing record needs an id.' },
  DUPLICATE_ID: { zh: '已存在相同编号的备案记录。', en: 'A filing with this id already exists.' },
  INVALID_TARGET: {
    zh: '备案就医地代码无效（应为6位医保区划代码）。请重新选择就医地。',
    en: 'The treatment place code is invalid (6-digit division code). Pick the place again.',
  },
  TARGET_OUTSIDE_NETWORK: {
    zh: '台湾、香港、澳门不在基本医保跨省直接结算范围内，不能作为备案就医地。',
    en: 'Taiwan, Hong Kong and Macao are outside the direct-settlement network and cannot be filed as treatment places.',
  },
  INVALID_DATE: {
    zh: '备案日期无效。请按 YYYY-MM-DD 填写真实日期，且结束日期不早于开始日期。',
    en: 'Invalid filing dates. Give real dates as YYYY-MM-DD, the end not before the start.',
  },
  LONG_TERM_END_DATE: {
    zh: '长期备案长期有效，不设结束日期。',
    en: 'A long-term filing has no end date (R-3a).',
  },
  FILING_NOT_FOUND: { zh: '找不到该备案记录。', en: 'No filing with this id.' },
  ALREADY_CANCELLED: { zh: '该备案已取消，不能再变更或取消。', en: 'This filing is already cancelled.' },
});
