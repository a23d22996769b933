import type { FilingContext } from '../filing/filingResult.ts';
import { assertPolicySet } from './assertPolicySet.ts';
import { expectArray, expectObject, expectString } from './expect.ts';

/** Checks the context of a filing decision; the pack, when given, is the one the engine trusts. */
export function assertFilingContext(v: unknown, path = 'context'): FilingContext {
  const c = expectObject(v, path);
  expectArray(c.existing, `${path}.existing`).forEach((f, i) => expectObject(f, `${path}.existing[${i}]`));
  expectString(c.now, `${path}.now`);
  if (c.policy === undefined) return v as FilingContext;
  return { ...(v as FilingContext), policy: assertPolicySet(c.policy, `${path}.policy`) };
}
