/**
 * The packs shipped with the core. Each loads on demand (its own chunk in browser builds), so the
 * checkout element's main bundle carries no policy data. The metadata below is checked against
 * each pack file by a test.
 */
import { expectObject, expectString } from '../guards/expect.ts';
import { CoreError } from '../errors/index.ts';
import type { Insutype, PolicySet, SourceStatus } from '../types.ts';
import { loadPolicyPack } from './loadPolicyPack.ts';

export interface PolicyPackInfo {
  id: string;
  name: string;
  insutype: Insutype;
  /** Weakest status of the pack's sources. */
  status: SourceStatus;
  poolAdmdvs: string | null;
  insuredAdmdvs: readonly string[];
  /** A SYNTHETIC pack that fits any insured place on purpose (see `PolicySet.anyRegion`). */
  anyRegion: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
}

type Loader = () => Promise<{ default: unknown }>;

const PACKS: readonly (PolicyPackInfo & { load: Loader })[] = [
  {
    id: 'bj-310-2025', name: '北京 职工 住院 (c. 2023–2025)', insutype: '310', status: 'UNVERIFIED',
    poolAdmdvs: '110000', insuredAdmdvs: ['11'], anyRegion: false, effectiveFrom: '2023-01-01', effectiveTo: null,
    load: () => import('./packs/bj-310-2025.json', { with: { type: 'json' } }),
  },
  {
    id: 'nb-390-2023', name: '宁波 城乡居民 住院 (2023)', insutype: '390', status: 'UNVERIFIED',
    poolAdmdvs: '330200', insuredAdmdvs: ['3302'], anyRegion: false, effectiveFrom: '2023-01-01', effectiveTo: '2023-12-31',
    load: () => import('./packs/nb-390-2023.json', { with: { type: 'json' } }),
  },
  {
    id: 'nmg-310-2025', name: '内蒙古 (呼和浩特) 职工 跨省住院 (2025)', insutype: '310', status: 'UNVERIFIED',
    poolAdmdvs: '150100', insuredAdmdvs: ['1501'], anyRegion: false, effectiveFrom: '2025-01-01', effectiveTo: null,
    load: () => import('./packs/nmg-310-2025.json', { with: { type: 'json' } }),
  },
  {
    id: 'cz-310-2022', name: '滁州 职工 普通门诊统筹 (2022-12)', insutype: '310', status: 'UNVERIFIED',
    poolAdmdvs: '341100', insuredAdmdvs: ['3411'], anyRegion: false, effectiveFrom: '2023-01-01', effectiveTo: null,
    load: () => import('./packs/cz-310-2022.json', { with: { type: 'json' } }),
  },
  {
    id: 'lf-310-2022', name: '廊坊 职工 门诊慢特病 跨省 (2022, published case)', insutype: '310', status: 'UNVERIFIED',
    poolAdmdvs: '131000', insuredAdmdvs: ['1310'], anyRegion: false, effectiveFrom: '2022-01-01', effectiveTo: null,
    load: () => import('./packs/lf-310-2022.json', { with: { type: 'json' } }),
  },
  {
    id: 'synthetic-310-examples', name: 'SYNTHETIC 职工 pack for tests and demos (not a real region)', insutype: '310',
    status: 'SYNTHETIC', poolAdmdvs: null, insuredAdmdvs: [], anyRegion: true, effectiveFrom: '2020-01-01', effectiveTo: null,
    load: () => import('./packs/synthetic-310-examples.json', { with: { type: 'json' } }),
  },
  {
    id: 'synthetic-390-examples', name: 'SYNTHETIC 城乡居民 pack for tests and demos (not a real region)', insutype: '390',
    status: 'SYNTHETIC', poolAdmdvs: null, insuredAdmdvs: [], anyRegion: true, effectiveFrom: '2020-01-01', effectiveTo: null,
    load: () => import('./packs/synthetic-390-examples.json', { with: { type: 'json' } }),
  },
];

const cache = new Map<string, Promise<PolicySet>>();

/** Metadata of every shipped pack, without loading any. */
export function listPolicyPacks(): readonly PolicyPackInfo[] {
  return PACKS.map(({ load: _load, ...info }) => info);
}

/**
 * Loads and validates a shipped pack by id (cached).
 * @throws CoreError `POLICY_NOT_FOUND` for an unknown id.
 */
export function getPolicyPack(id: string): Promise<PolicySet> {
  if (typeof id !== 'string') return Promise.reject(new CoreError('INVALID_INPUT', 'give the pack id as text, e.g. "bj-310-2025"', 'policy'));
  const entry = PACKS.find((p) => p.id === id);
  if (!entry) {
    return Promise.reject(
      new CoreError('POLICY_NOT_FOUND', `no policy pack "${id}"; known packs: ${PACKS.map((p) => p.id).join(', ')}`, 'policy'),
    );
  }
  let pending = cache.get(id);
  if (!pending) {
    pending = entry.load().then((m) => loadPolicyPack(m.default));
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/**
 * Finds the real-region pack for an insured place, insurance type and date (longest insured-place
 * prefix wins). SYNTHETIC packs are never found this way: they are used by id only.
 * @throws CoreError `POLICY_NOT_FOUND` when no pack serves that place on that date.
 */
export function findPolicyPack(q: { insuplcAdmdvs: string; insutype: Insutype; date: string }): Promise<PolicySet> {
  try {
    const o = expectObject(q, 'query');
    expectString(o.insuplcAdmdvs, 'query.insuplcAdmdvs');
    expectString(o.insutype, 'query.insutype');
    expectString(o.date, 'query.date');
  } catch (e) {
    return Promise.reject(e);
  }
  let best: (typeof PACKS)[number] | undefined;
  let bestLen = 0;
  for (const p of PACKS) {
    if (p.insutype !== q.insutype || q.date < p.effectiveFrom || (p.effectiveTo !== null && q.date > p.effectiveTo)) continue;
    for (const prefix of p.insuredAdmdvs) {
      if (q.insuplcAdmdvs.startsWith(prefix) && prefix.length > bestLen) {
        best = p;
        bestLen = prefix.length;
      }
    }
  }
  if (!best) {
    return Promise.reject(
      new CoreError(
        'POLICY_NOT_FOUND',
        `no policy pack serves insured place ${q.insuplcAdmdvs}, insutype ${q.insutype} on ${q.date}; pass a pack explicitly or add one`,
        'policy',
      ),
    );
  }
  return getPolicyPack(best.id);
}
