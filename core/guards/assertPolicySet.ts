import { CoreError } from '../errors/index.ts';
import { Dec } from '../money/index.ts';
import { loadPolicyPack } from '../policy/loadPolicyPack.ts';
import { isValidated, markValidated } from '../policy/policyBrand.ts';
import type { PolicySet } from '../types.ts';
import { expectObject } from './expect.ts';

const canonical = new WeakMap<object, PolicySet>();

/** The pack JSON a PolicySet was made from: decimals as text, without the loader's own fields. */
function packJsonOf(p: object): unknown {
  // A Dec turns into its text; a NaN or Infinity Dec must not turn into the text "NaN".
  const text = JSON.stringify(p, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (Dec.isDecimal(raw) && !raw.isFinite()) throw new CoreError('INVALID_AMOUNT', 'a pack value is NaN or Infinity', key);
    return value;
  });
  const json = JSON.parse(text) as Record<string, unknown>;
  delete json.status;
  const sources = json.sources;
  if (sources && typeof sources === 'object' && !Array.isArray(sources)) {
    for (const s of Object.values(sources as Record<string, unknown>)) if (s && typeof s === 'object') delete (s as Record<string, unknown>).id;
  }
  return json;
}

/**
 * A PolicySet the engine can trust. One from `loadPolicyPack` passes at once; one built by hand is
 * validated like a pack once (its canonical copy is used from then on, so a string where a Dec
 * belongs cannot reach the arithmetic). Treat a PolicySet as immutable.
 * @throws CoreError `POLICY_INVALID` at `policy.<path>`
 */
export function assertPolicySet(v: unknown, path = 'policy'): PolicySet {
  if (isValidated(v)) return v;
  const o = expectObject(v, path);
  const known = canonical.get(o);
  if (known) return known;
  let set: PolicySet;
  try {
    set = loadPolicyPack(packJsonOf(o));
  } catch (e) {
    if (e instanceof CoreError) {
      throw new CoreError('POLICY_INVALID', `${e.message.replace(/^[A-Z_]+( at [^:]+)?: /, '')} (load packs with loadPolicyPack or getPolicyPack)`, `${path}.${e.path ?? ''}`.replace(/\.(\(root\))?$/, ''));
    }
    throw new CoreError('POLICY_INVALID', 'expected a PolicySet from loadPolicyPack or getPolicyPack', path);
  }
  canonical.set(o, set);
  return set;
}
