import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectString } from '../guards/expect.ts';
import { isValidated } from './policyBrand.ts';
import type { PolicySet, PolicySource } from '../types.ts';

/** The source of a parameter: the longest `paramSources` prefix of its path, else the pack's default. */
export function paramSource(policy: PolicySet, path: string): PolicySource {
  if (!isValidated(policy)) policy = assertPolicySet(policy);
  expectString(path, 'path');
  let best = '';
  for (const prefix of Object.keys(policy.paramSources)) {
    if ((path === prefix || path.startsWith(prefix + '.')) && prefix.length > best.length) best = prefix;
  }
  const id = best ? policy.paramSources[best]! : policy.defaultSource;
  return policy.sources[id]!;
}
