import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPolicyPack, parseCase, type Case, type PolicySet, type SettlementAmounts } from '../../../core/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface GoldenFixture {
  name: string;
  source: string;
  cites: string[];
  case: Record<string, unknown> & { policy: string };
  policyPatch?: Record<string, unknown>;
  expected: Record<string, string>;
  expectedYtdAfter?: Record<string, string | number>;
}

export function readExamples(): GoldenFixture[] {
  const dir = `${root}test/fixtures/examples/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as GoldenFixture);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Deep-merges `patch` into `base` (objects merge, `undefined` removes a key, everything else replaces). */
export function merge(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = k in base ? merge(base[k], v) : v;
  }
  return out;
}

/** The JSON of a shipped pack, as committed. */
export function packJson(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${root}core/policy/packs/${id}.json`, 'utf8')) as Record<string, unknown>;
}

/** A shipped pack with a test's patch applied (a SYNTHETIC variant keeps no real insured places). */
export function packWith(id: string, patch?: Record<string, unknown>): PolicySet {
  let json = packJson(id);
  if (patch) {
    json = merge(json, patch) as Record<string, unknown>;
    const synthetic = Object.values((patch.sources ?? {}) as Record<string, { status: string }>).some((s) => s.status === 'SYNTHETIC');
    if (synthetic) json = { ...json, insuredAdmdvs: [], anyRegion: true };
  }
  return loadPolicyPack(json);
}

export function caseOf(f: GoldenFixture): Case & { policySet: PolicySet } {
  const parsed = parseCase(f.case);
  if (!parsed.ok) throw parsed.error;
  return { ...parsed.value, policySet: packWith(f.case.policy, f.policyPatch) };
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The amount named by a wire field, e.g. `hifp_pay` → amounts.hifpPay, as a 2-dp string. */
export function amountOf(amounts: SettlementAmounts, wireName: string): string {
  const v = amounts[camel(wireName) as keyof SettlementAmounts];
  if (v === undefined) throw new Error(`unknown amount ${wireName}`);
  return v.toFixed(2);
}
