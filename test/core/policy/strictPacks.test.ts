import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError, Dec, listPolicyPacks, loadPolicyPack, settle } from '../../../core/index.ts';
import { merge, packJson } from '../settle/fixtures.ts';
import { employee, line, outpatient, year2025 } from '../settle/scenarioBuilder.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 200);
const PACK_IDS = listPolicyPacks().map((p) => p.id);

function rejection(json: unknown): CoreError {
  try {
    loadPolicyPack(json);
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected the pack to be rejected');
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object inside a pack with its JSON path (objects only; arrays are walked through). */
function objectsOf(v: Json, path = ''): [string, { [k: string]: Json }][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => objectsOf(x, `${path}[${i}]`));
  if (v === null || typeof v !== 'object') return [];
  return [[path, v], ...Object.entries(v).flatMap(([k, x]) => objectsOf(x, path ? `${path}.${k}` : k))];
}

/** Every leaf and inner value with its path segments. */
function pathsOf(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => pathsOf(x, [...at, i]))];
  if (v !== null && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => pathsOf(x, [...at, k]))];
  return here;
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(root);
  let node = copy as { [k: string | number]: Json };
  for (const k of path.slice(0, -1)) node = node[k] as { [k: string | number]: Json };
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Keys whose object is a free map (source ids, parameter paths, disease codes), not a fixed shape. */
const FREE_MAPS = /(^|\.)(sources|paramSources|limitPerDisease)$/;

describe('loadPolicyPack (strict packs)', () => {
  it('refuses the misspelt acctUseCrossProvinse at its path, naming acctUseCrossProvince', () => {
    const e = rejection(merge(packJson('synthetic-310-examples'), { crossProvince: { acctUseCrossProvinse: 'NEVER' } }));
    expect([e.code, e.path]).toEqual(['POLICY_INVALID', 'crossProvince.acctUseCrossProvinse']);
    expect(e.message).toContain('did you mean "acctUseCrossProvince"?');
  });

  it('DF-14: spelt right, NEVER keeps the account from paying (the typo can no longer pay 3,000)', () => {
    const never = loadPolicyPack(merge(packJson('synthetic-310-examples'), { crossProvince: { acctUseCrossProvince: 'NEVER' } }));
    const claim = outpatient([line('3000.00', { chrgitmLv: '03', selfpayProp: new Dec(1) })], { acctUsed: true, insuplcAdmdvs: '410102' });
    const s = settle({ person: employee(), claim, ytd: year2025(), policy: never }).settlement!;
    expect(s.amounts.acctPay.toFixed(2)).toBe('0.00');
    expect(s.amounts.psnCashPay.toFixed(2)).toBe('3000.00');
  });

  it.each(PACK_IDS)('refuses an unknown key in every fixed-shape object of %s, at its own path', (id) => {
    const pack = packJson(id) as Json;
    const objects = objectsOf(pack).filter(([path]) => !FREE_MAPS.test(path));
    expect(objects.length).toBeGreaterThan(5);
    for (const [path] of objects) {
      const segments = pathsOf(pack).find((p) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') === path);
      const mutated = segments ? setAt(pack, [...segments, 'zzUnknownKey'], 1) : { ...(pack as object), zzUnknownKey: 1 };
      const e = rejection(mutated);
      expect([e.code, e.path]).toEqual(['POLICY_INVALID', path ? `${path}.zzUnknownKey` : 'zzUnknownKey']);
    }
  });

  it.each([
    ['sources', { sources: [] }, 'an object'],
    ['insutype', { insutype: 310 }, '"310", "390"'],
    ['inpatient.cap', { inpatient: { cap: 500000 } }, 'decimal string'],
    ['name', { name: '' }, 'must not be empty'],
    ['name', { name: 7 }, 'text'],
    ['insuranceYear.startMonth', { insuranceYear: { startMonth: 13 } }, 'at most 12'],
    ['inpatient.deductible.L3.kind', { inpatient: { deductible: { L3: { kind: 'FLAT' } } } }, 'BY_ADMISSION'],
    ['inpatient.ratio.FOO', { inpatient: { ratio: { FOO: {} } } }, 'IN_SERVICE'],
  ])('says what %s expects instead of "Invalid input"', (path, patch, expected) => {
    const e = rejection(merge(packJson('bj-310-2025'), patch));
    expect([e.code, e.path]).toEqual(['POLICY_INVALID', path]);
    expect(e.message).toContain(expected);
    expect(e.message).not.toContain('Invalid input');
  });

  it('never answers a bare "Invalid input" for any value at any place of a shipped pack (property)', () => {
    const packs = PACK_IDS.map((id) => packJson(id) as Json);
    const target = fc.integer({ min: 0, max: packs.length - 1 }).chain((i) =>
      fc.tuple(fc.constant(packs[i]!), fc.constantFrom(...pathsOf(packs[i]!)), fc.jsonValue() as fc.Arbitrary<Json>));
    fc.assert(
      fc.property(target, ([pack, path, value]) => {
        try {
          loadPolicyPack(setAt(pack, path, value));
        } catch (e) {
          expect(e).toBeInstanceOf(CoreError);
          const err = e as CoreError;
          expect(err.code).toBe('POLICY_INVALID');
          expect(err.message).not.toMatch(/invalid input/i);
          expect(err.message.length).toBeGreaterThan(`POLICY_INVALID at ${err.path}: `.length + 10);
        }
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 10);

  it('refuses anyRegion on a real pack, and a SYNTHETIC pack that does not declare it', () => {
    const real = rejection({ ...packJson('bj-310-2025'), anyRegion: true });
    expect([real.code, real.path]).toEqual(['POLICY_INVALID', 'anyRegion']);
    const { anyRegion: _a, ...silent } = packJson('synthetic-310-examples');
    const syn = rejection(silent);
    expect([syn.code, syn.path]).toEqual(['POLICY_INVALID', 'anyRegion']);
  });

  it('R-1: refuses an insured-place entry of no known province', () => {
    const e = rejection({ ...packJson('bj-310-2025'), insuredAdmdvs: ['11', '99'] });
    expect([e.code, e.path]).toEqual(['POLICY_INVALID', 'insuredAdmdvs[1]']);
  });
});
