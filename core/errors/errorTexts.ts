import type { CoreError, CoreErrorCode } from './CoreError.ts';

/** A title and what to do next for one error code, in one language. */
export interface ErrorText {
  title: string;
  action: string;
}

/** zh-CN (default) and en texts for every `CoreErrorCode`; typed so a new code cannot lack them. */
export const ERROR_TEXTS: Readonly<Record<CoreErrorCode, { zh: ErrorText; en: ErrorText }>> = {
  INVALID_INPUT: {
    zh: { title: '输入格式不正确', action: '按文档核对所指路径上的字段名和取值类型，改正后重试。' },
    en: { title: 'The input has the wrong shape', action: 'Check the field name and value type at the given path against the documentation, fix it and retry.' },
  },
  INVALID_AMOUNT: {
    zh: { title: '金额不正确', action: '金额须为最多两位小数的十进制数（如 "123.45"），且不得为负数（退费行除外）。' },
    en: { title: 'An amount is not valid', action: 'Give a decimal with at most 2 decimals (e.g. "123.45"), not negative except on a refund line.' },
  },
  INVALID_DATE: {
    zh: { title: '日期不正确', action: '日期须为 YYYY-MM-DD（时刻为 ISO 8601），并检查先后顺序（如入院不晚于出院）。' },
    en: { title: 'A date is not valid', action: 'Use YYYY-MM-DD (instants in ISO 8601) and check the order of dates (e.g. admission not after discharge).' },
  },
  UNKNOWN_CODE: {
    zh: { title: '无法识别的代码', action: '改用文档列出的取值之一（医疗类别、医院等级、备案类别等）。' },
    en: { title: 'A code is not recognised', action: 'Use one of the values the documentation lists (care type, hospital level, filing category, …).' },
  },
  INVALID_DIVISION_CODE: {
    zh: { title: '行政区划代码不正确', action: '填写 6 位数字的行政区划代码，且前两位为已知省份（R-1）。' },
    en: { title: 'The division code is not valid', action: 'Give a 6-digit division code whose first two digits are a known province (R-1).' },
  },
  POLICY_INVALID: {
    zh: { title: '政策包无效', action: '按提示修正政策包中所指路径上的参数（名称、取值、来源），或改用内置政策包。' },
    en: { title: 'The policy pack is not valid', action: 'Fix the parameter at the given path in the pack (name, value, source), or use a built-in pack.' },
  },
  POLICY_NOT_FOUND: {
    zh: { title: '找不到政策包', action: '检查政策包编号，或选择在结算日期有效的政策包（可用 yibao policies 列出）。' },
    en: { title: 'No such policy pack', action: 'Check the pack id, or choose a pack in force on the settlement date (list them with yibao policies).' },
  },
  POLICY_INCOMPLETE: {
    zh: { title: '政策包缺少本次结算所需的参数', action: '补充所指参数及其来源后重试；系统不会猜测缺失的政策数值。' },
    en: { title: 'The policy pack lacks a number this claim needs', action: 'Add the named parameter with its source and retry; the engine never guesses a missing number.' },
  },
  POLICY_MISMATCH: {
    zh: { title: '政策包与参保人或费用不匹配', action: '改用与参保人险种、参保地和结算日期相符的政策包（可用 yibao policies 列出）。' },
    en: { title: 'The policy pack does not fit the person or the claim', action: 'Use a pack whose insurance type, insured place and validity fit this person and settlement date (list them with yibao policies).' },
  },
  NOT_DIRECT: {
    zh: { title: '本次就医不能直接结算', action: '先查看备案与资格判定结果（yibao check），按提示办理备案或回参保地手工报销。' },
    en: { title: 'This visit cannot be settled directly', action: 'Look at the verdict first (yibao check) and file, or claim manually at the insured place, as it says.' },
  },
  CHRONIC_DISEASE_NOT_ENABLED: {
    zh: { title: '参保地未开通该门诊慢特病的跨省直接结算', action: '先查看资格判定结果（yibao check）：该病种只能先付费，再回参保地按规定申请手工报销；病种编码填错时请改正后重新判定。' },
    en: { title: 'The insured place does not settle this chronic disease across provinces', action: 'Look at the verdict first (yibao check): pay, then claim at the insured place under its rules; if the disease code is wrong, correct it and check again.' },
  },
  REVERSAL_INVALID: {
    zh: { title: '无法冲正该结算', action: '只对原样保存的有效结算单冲正一次；已冲正或被改动过的结算单不能再冲正。' },
    en: { title: 'This settlement cannot be reversed', action: 'Reverse a stored, unaltered settlement once; a settlement already reversed or altered cannot be reversed.' },
  },
  ACCUMULATOR_MISMATCH: {
    zh: { title: '年度累计数据不匹配', action: '提供本次结算所在医保年度的累计数据（从平台重新查询），不要沿用其他年度的数据。' },
    en: { title: 'The year-to-date figures do not match', action: 'Give the accumulators of the insurance year of this settlement (query them again), not those of another year.' },
  },
  UNSUPPORTED_VERSION: {
    zh: { title: '存储格式版本不受支持', action: '用生成该数据的版本读取，或先用当前版本重新生成数据（见 core/STORAGE-FORMAT.md）。' },
    en: { title: 'The stored form has an unsupported version', action: 'Read it with the release that wrote it, or write it again with this release (see core/STORAGE-FORMAT.md).' },
  },
};

/**
 * The title and what-to-do text of a core error, for screens and the CLI.
 * @param error a `CoreError` (only its `code` is read; messages stay out of screens)
 * @param lang `zh` (zh-CN, the default language) or `en`
 * @returns `{ title, action }`; never personal data
 */
export function describeError(error: Pick<CoreError, 'code'>, lang: 'zh' | 'en' = 'zh'): ErrorText {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const texts = typeof code === 'string' && Object.hasOwn(ERROR_TEXTS, code) ? ERROR_TEXTS[code as CoreErrorCode] : ERROR_TEXTS.INVALID_INPUT;
  return lang === 'en' ? texts.en : texts.zh;
}
