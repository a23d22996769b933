import { CoreError } from '../errors/index.ts';
import type { Result } from '../errors/index.ts';
import { OUTSIDE_NETWORK_PLACES } from './outsideNetworkPlaces.ts';
import { PROVINCES } from './provinces.ts';
import { REGION_OVERRIDES } from './regionOverrides.ts';

/** What a division code names (R-1, DF-12). */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'POOL' | 'COUNTY';

/** A valid 6-digit division code with its province after the override table. */
export interface DivisionCode {
  code: string;
  /** The raw first 2 digits. */
  prefix: string;
  /** Province key compared by `isCrossProvince`: the prefix, or the override's key (e.g. `XPCC`). */
  province: string;
  provinceName: string;
  /** xx0000 province, xxxx00 city, xxxx99 市本级 pool (DF-12), anything else county. */
  level: DivisionLevel;
  /** True when the override table decided the province (UNVERIFIED entries, O-4). */
  overridden: boolean;
}

/**
 * parses a 医保区划 / GB/T 2260 division code. Never echoes the value in a message (a
 * mistyped ID number must not end up in a log).
 *
 * @param code - the value to check
 * @param path - JSON path named in the error, e.g. `claim.insuplcAdmdvs`
 * @returns `{ ok: true, value }`, or `{ ok: false, error }` with a CoreError `INVALID_DIVISION_CODE`
 *   (not 6 digits, or a prefix that is neither in the override table nor a known province;
 *   71/81/82 are not insured places and are rejected here too)
 */
export function parseDivisionCode(code: unknown, path = 'admdvs'): Result<DivisionCode> {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
    const got = typeof code === 'string' ? `${code.length} characters` : typeof code;
    return fail(`give a 6-digit division code (GB/T 2260), e.g. 110105; got ${got}`, path);
  }
  const prefix = code.slice(0, 2);
  const override = REGION_OVERRIDES[prefix];
  const name = override?.name ?? PROVINCES[prefix];
  if (name === undefined) {
    const why = Object.hasOwn(OUTSIDE_NETWORK_PLACES, prefix)
      ? 'is outside the direct-settlement network'
      : 'is not a known province prefix';
    return fail(`prefix ${prefix} ${why}; check the code against the 医保区划 list`, path);
  }
  return {
    ok: true,
    value: {
      code,
      prefix,
      province: override?.province ?? prefix,
      provinceName: name,
      level: levelOf(code),
      overridden: override !== undefined,
    },
  };
}

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  if (code.endsWith('99')) return 'POOL';
  return 'COUNTY';
}

function fail(message: string, path: string): Result<DivisionCode> {
  return { ok: false, error: new CoreError('INVALID_DIVISION_CODE', message, path) };
}
