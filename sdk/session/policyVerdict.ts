/**
 * S-0 with a policy the host supplied (`SessionConfig.policy`): the core's `checkDirectSettlement`,
 * which validates a PolicySet it did not load itself like a pack (zod's pack schema). Built as its
 * own bundle (`dist/sdk/yibao-policy.js`, beside `yibao-explain.js`, sharing its core chunk) so that
 * the engine chunk decides without a policy and carries no pack loader. Returns plain data: a
 * CoreError of this bundle's core copy would not be one of the engine's.
 */
import { checkDirectSettlement, isCoreError, type Claim, type Person, type PolicySet, type Verdict } from '../../core/index.ts';

export type PolicyVerdict = { ok: true; verdict: Verdict } | { ok: false; code: string; path: string | undefined };

export function policyVerdict(input: { person: Person; claim: Claim; policy: PolicySet }): PolicyVerdict {
  try {
    return { ok: true, verdict: checkDirectSettlement(input) };
  } catch (e) {
    if (isCoreError(e)) return { ok: false, code: e.code, path: e.path };
    throw e;
  }
}
