/**
 * Places to pick: the provinces from the core (R-1, GB/T 2260 prefixes, VERIFIED standard) and,
 * for some, their prefecture-level cities (GB/T 2260 codes, VERIFIED standard; the list is short on
 * purpose: any other place is typed as its 6-digit code).
 */
import { PROVINCES } from '../../core/index.ts';

/** Municipalities: the whole city is one place (xx0000). */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

const CITIES: Record<string, readonly (readonly [string, string])[]> = {
  '13': [['130100', '石家庄'], ['130200', '唐山'], ['130300', '秦皇岛'], ['130400', '邯郸'], ['130500', '邢台'], ['130600', '保定'], ['130700', '张家口'], ['130800', '承德'], ['130900', '沧州'], ['131000', '廊坊'], ['131100', '衡水']],
  '15': [['150100', '呼和浩特'], ['150200', '包头']],
  '32': [['320100', '南京'], ['320500', '苏州']],
  '33': [['330100', '杭州'], ['330200', '宁波']],
  '34': [['340100', '合肥'], ['341100', '滁州']],
  '42': [['420100', '武汉']],
  '44': [['440100', '广州'], ['440300', '深圳']],
  '51': [['510100', '成都']],
};

export const provinceList = (): [string, string][] => Object.entries(PROVINCES).sort(([a], [b]) => a.localeCompare(b));

/** The cities to offer for a province: the municipality itself, the listed cities, or the whole province. */
export function citiesOf(prefix: string): (readonly [string, string])[] {
  const name = PROVINCES[prefix] ?? prefix;
  if (MUNICIPALITIES.has(prefix)) return [[`${prefix}0000`, name]];
  return [[`${prefix}0000`, `${name}（全省）`], ...(CITIES[prefix] ?? [])];
}

/** A division code as words: 河北 秦皇岛 (130300). */
export function placeName(code: string): string {
  const prov = PROVINCES[code.slice(0, 2)] ?? '';
  const city = CITIES[code.slice(0, 2)]?.find(([c]) => c.slice(0, 4) === code.slice(0, 4))?.[1];
  return `${prov}${city && !MUNICIPALITIES.has(code.slice(0, 2)) ? ` ${city}` : ''} (${code})`;
}
