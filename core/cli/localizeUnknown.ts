import type { Lang } from './CliIo.ts';

const TEXTS: Readonly<Record<string, { zh: string; en: string }>> = {
  ytd: { zh: '年度累计（ytd）未知：最好情形按已付过起付线，最差情形按本年度首笔结算', en: 'year-to-date (ytd) unknown: best case as if deductibles were met, worst case as the first claim of the year' },
  'fund caps assumed not yet reached': { zh: '假定年度基金支付限额尚未用完', en: 'fund caps assumed not yet reached' },
  'later-stay deductible not published: best case assumes a first stay': {
    zh: '政策包未公布再次住院的起付线：最好情形也按首次住院计算',
    en: 'later-stay deductible not published: the best case assumes a first stay too',
  },
};

/**
 * One of `estimateSettlement`'s `unknowns` as a sentence in the language asked for; the core's
 * own text when it is not one the CLI knows (e.g. a new one).
 */
export function localizeUnknown(unknown: string, lang: Lang): string {
  const known = TEXTS[unknown];
  if (known) return known[lang];
  const r9 = /^crossProvince\.reductionPoints\.(\w+) \((.+), R-9\)$/.exec(unknown);
  if (r9) return lang === 'zh' ? `${r9[1]} 的降低比例未知（${r9[2]}，R-9）` : `ratio reduction of ${r9[1]} unknown (${r9[2]}, R-9)`;
  return unknown;
}
