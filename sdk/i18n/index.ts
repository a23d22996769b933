export { resolveLang } from './lang.ts';
export type { Lang } from './lang.ts';
export { formatYuan } from './formatYuan.ts';
export type { AmountLike } from './formatYuan.ts';
export { maskId, maskName } from './mask.ts';
export { t, pick, TEXTS, VERDICT_TITLES, NOT_FILED_TITLES, CHRONIC_TITLES } from './texts.ts';
export type { TextKey } from './texts.ts';
