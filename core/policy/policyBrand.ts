import type { PolicySet } from '../types.ts';

/** Packs made by `loadPolicyPack` (or re-validated once): the edges trust them without a second check. */
const validated = new WeakSet<object>();

export const markValidated = (p: PolicySet): PolicySet => {
  validated.add(p);
  return p;
};

export const isValidated = (p: unknown): p is PolicySet => typeof p === 'object' && p !== null && validated.has(p);
