import type { policyVerdict } from './policyVerdict.ts';

/** Set to true by sdk/vite.config.ts: the policy verdict is the separate `yibao-policy.js` bundle. */
declare const __YB_BUNDLE__: boolean | undefined;

/**
 * Loads the verdict with a host policy on demand. In the built SDK it is `yibao-policy.js` beside
 * the entry: this code runs in the engine chunk (`chunks/engine-*.js`, sdk/vite.config.ts), hence
 * `../`. From the sources (tests, vite dev) the module itself.
 */
export async function loadPolicyVerdict(): Promise<typeof policyVerdict> {
  const bundled = typeof __YB_BUNDLE__ !== 'undefined' && __YB_BUNDLE__;
  const mod = (bundled
    ? await import(/* @vite-ignore */ new URL(/* @vite-ignore */ '../yibao-policy.js', import.meta.url).href)
    : await import('./policyVerdict.ts')) as { policyVerdict: typeof policyVerdict };
  return mod.policyVerdict;
}
