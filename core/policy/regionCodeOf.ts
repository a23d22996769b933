/**
 * The division code a pack's insured-place entry names: `11` is the province `110000`,
 * `3411` the city `341100`, a 6-digit entry itself (`xxxx99` a pool, DF-12).
 */
export const regionCodeOf = (prefix: string): string => prefix.padEnd(6, '0');
