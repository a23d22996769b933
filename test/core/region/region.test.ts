import { describe, expect, it } from 'vitest';
import {
  PROVINCES,
  REGION_OVERRIDES,
  assertDivisionCode,
  coversPlace,
  isCrossProvince,
  isIntraProvinceRemote,
  isOutsideNetworkPlace,
  parseDivisionCode,
  provinceOf,
} from '../../../core/region/index.ts';
import { thrown } from '../filing/thrown.ts';

describe('PROVINCES', () => {
  it('R-1: lists the 31 GB/T 2260 province prefixes with Chinese names', () => {
    expect(Object.keys(PROVINCES)).toHaveLength(31);
    expect(PROVINCES['11']).toBe('北京');
    expect(PROVINCES['65']).toBe('新疆');
    expect(PROVINCES['66']).toBeUndefined();
  });
});

describe('REGION_OVERRIDES', () => {
  it('R-1, O-4: flags 兵团 66 as XPCC, distinct from 65, UNVERIFIED', () => {
    expect(REGION_OVERRIDES['66']).toMatchObject({ province: 'XPCC', treatAsDistinctFrom: ['65'], status: 'UNVERIFIED', openItem: 'O-4' });
  });
});

describe('parseDivisionCode', () => {
  it('R-1: parses a county code with its province and level', () => {
    expect(parseDivisionCode('110105')).toEqual({
      ok: true,
      value: { code: '110105', prefix: '11', province: '11', provinceName: '北京', level: 'COUNTY', overridden: false },
    });
  });

  it.each([
    ['320000', 'PROVINCE'],
    ['320500', 'CITY'],
    ['130399', 'POOL'],
    ['320508', 'COUNTY'],
  ])('R-1, DF-12: classifies %s as %s', (code, level) => {
    const parsed = parseDivisionCode(code);
    expect(parsed.ok && parsed.value.level).toBe(level);
  });

  it('R-1: applies the override table before the province table (66 → XPCC)', () => {
    const parsed = parseDivisionCode('660100');
    expect(parsed.ok && parsed.value).toMatchObject({ province: 'XPCC', overridden: true, provinceName: '新疆生产建设兵团' });
  });

  it.each(['11010', '1101a5', '990000', '1101055', '', '710000', '810000', '820000'])(
    'R-1: rejects %j with INVALID_DIVISION_CODE',
    (code) => {
      const parsed = parseDivisionCode(code, 'claim.insuplcAdmdvs');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.code).toBe('INVALID_DIVISION_CODE');
        expect(parsed.error.path).toBe('claim.insuplcAdmdvs');
      }
    },
  );

  it('R-1: rejects non-strings without crashing', () => {
    for (const value of [undefined, null, 110105, {}]) expect(parseDivisionCode(value).ok).toBe(false);
  });

  it('R-1: never echoes the rejected value (an ID number typed by mistake stays out of logs)', () => {
    const idLike = '11010519491231002X';
    const parsed = parseDivisionCode(idLike);
    expect(!parsed.ok && parsed.error.message).not.toContain(idLike);
    expect(!parsed.ok && parsed.error.message).toContain('6-digit');
  });

  it('R-1: says what to do about an unknown prefix', () => {
    const parsed = parseDivisionCode('990000');
    expect(!parsed.ok && parsed.error.message).toMatch(/prefix 99 is not a known province prefix; check the code/);
  });
});

describe('assertDivisionCode', () => {
  it('R-1: throws a typed INVALID_DIVISION_CODE', () => {
    expect(thrown(() => assertDivisionCode('1101a5', 'x.y'))).toMatchObject({ code: 'INVALID_DIVISION_CODE', path: 'x.y' });
  });
});

describe('provinceOf', () => {
  it('R-1: returns the first two digits, or the override key', () => {
    expect(provinceOf('130399')).toBe('13');
    expect(provinceOf('660100')).toBe('XPCC');
  });

  it.each(['11010', '1101a5', '990000'])('R-1: throws INVALID_DIVISION_CODE for %j', (code) => {
    expect(thrown(() => provinceOf(code)).code).toBe('INVALID_DIVISION_CODE');
  });
});

describe('isCrossProvince', () => {
  it.each([
    ['130399', '110105', true],
    ['110105', '110108', false],
    ['110105', '320508', true],
    ['660100', '650102', true],
    ['650102', '660100', true],
    ['660100', '660200', false],
  ])('R-1: %s vs %s is cross-province: %s', (a, b, expected) => {
    expect(isCrossProvince(a, b)).toBe(expected);
  });

  it('R-1: throws INVALID_DIVISION_CODE for a bad treatment place', () => {
    expect(thrown(() => isCrossProvince('110105', '990000'))).toMatchObject({ code: 'INVALID_DIVISION_CODE', path: 'mdtrtareaAdmvs' });
  });
});

describe('isIntraProvinceRemote', () => {
  it.each([
    ['130399', '131102', true],
    ['110105', '110108', false],
    ['130399', '130302', false],
    ['130399', '110105', false],
  ])('R-1: %s vs %s is 省内异地: %s', (a, b, expected) => {
    expect(isIntraProvinceRemote(a, b)).toBe(expected);
  });
});

describe('isOutsideNetworkPlace', () => {
  it.each([
    ['710000', true],
    ['810001', true],
    ['820000', true],
    ['110105', false],
    ['81000', false],
  ])('R-1: %s is outside the network: %s', (code, expected) => {
    expect(isOutsideNetworkPlace(code)).toBe(expected);
  });
});

describe('coversPlace', () => {
  it.each([
    ['320508', '320508', true],
    ['320500', '320508', true],
    ['320500', '320601', false],
    ['320000', '320601', true],
    ['320000', '330106', false],
    ['320508', '320509', false],
    ['440100', '440106', true],
  ])('D-6: target %s covers %s: %s', (target, place, expected) => {
    expect(coversPlace(target, place)).toEqual({ covers: expected, warnings: [] });
  });

  it('DF-12: treats a pool target xxxx99 as its city, with a warning', () => {
    expect(coversPlace('130399', '130302')).toEqual({ covers: true, warnings: ['POOL_CODE_TARGET'] });
    expect(coversPlace('130399', '131102')).toEqual({ covers: false, warnings: ['POOL_CODE_TARGET'] });
  });

  it('DF-12: an exact pool-code match needs no warning', () => {
    expect(coversPlace('130399', '130399')).toEqual({ covers: true, warnings: [] });
  });

  it('R-1: throws INVALID_DIVISION_CODE for a 71/81/82 target', () => {
    expect(thrown(() => coversPlace('810000', '810001')).code).toBe('INVALID_DIVISION_CODE');
  });
});
