import { CoreError, isCoreError } from '../errors/index.ts';
import { getPolicyPack, loadPolicyPack } from '../index.ts';
import type { CasePolicyRef } from '../schemas/index.ts';
import type { PolicySet } from '../types.ts';

/**
 * The policy a case names: a shipped pack by id, or an inline pack validated by `loadPolicyPack`.
 * @throws CoreError POLICY_NOT_FOUND, or POLICY_INVALID with a path under `policy.`.
 */
export async function resolvePolicy(ref: CasePolicyRef): Promise<PolicySet> {
  if ('id' in ref) return getPolicyPack(ref.id);
  try {
    return loadPolicyPack(ref.inline);
  } catch (e) {
    if (!isCoreError(e)) throw e;
    const path = e.path && e.path !== '(root)' ? `policy.${e.path}` : 'policy';
    const detail = e.message.replace(/^[A-Z_]+( at \S+)?: /, '');
    throw new CoreError(e.code, detail, path);
  }
}
