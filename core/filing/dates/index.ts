/** Calendar helpers without a clock (DF-11). */
export { assertDateRange } from './assertDateRange.ts';
export { parseIsoDate } from './parseIsoDate.ts';
export { isIsoDate } from './isIsoDate.ts';
export type { DateParts } from './parseIsoDate.ts';
export { addDays } from './addDays.ts';
export { addMonths } from './addMonths.ts';
export { daysBetween } from './daysBetween.ts';
export { daysInMonth } from './daysInMonth.ts';
export { toCstDate } from './toCstDate.ts';
export { toCstDateTime } from './toCstDateTime.ts';
