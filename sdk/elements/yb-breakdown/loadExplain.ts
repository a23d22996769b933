import type { explain } from './explain.ts';

/** Set to true by sdk/vite.config.ts: the explanation is the separate `yibao-explain.js` bundle. */
declare const __YB_BUNDLE__: boolean | undefined;

/**
 * Loads the explanation engine on demand. In the built SDK it is `yibao-explain.js` beside the
 * entry, found from `import.meta.url`; from the sources (tests, vite dev) the module itself.
 */
export async function loadExplain(): Promise<typeof explain> {
  const bundled = typeof __YB_BUNDLE__ !== 'undefined' && __YB_BUNDLE__;
  const mod = (bundled
    ? await import(/* @vite-ignore */ new URL(/* @vite-ignore */ './yibao-explain.js', import.meta.url).href)
    : await import('./explain.ts')) as { explain: typeof explain };
  return mod.explain;
}
