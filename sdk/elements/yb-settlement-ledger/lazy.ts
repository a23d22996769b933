import type { SessionConfig } from '../../session/types.ts';
import type { LedgerData } from './ledgerData.ts';
import type { LoadLedgerOptions } from './loadLedger.ts';

/** Set to true by sdk/vite.config.ts: the ledger is the separate `yibao-ledger.js` bundle. */
declare const __YB_BUNDLE__: boolean | undefined;

type LedgerBundle = typeof import('./ledgerBundle.ts');
let pending: Promise<LedgerBundle> | null = null;

/** The ledger's code, once: `yibao-ledger.js` beside the entry in the built SDK, the module itself from the sources. */
function loadBundle(): Promise<LedgerBundle> {
  const bundled = typeof __YB_BUNDLE__ !== 'undefined' && __YB_BUNDLE__;
  pending ??= (bundled
    ? import(/* @vite-ignore */ new URL(/* @vite-ignore */ './yibao-ledger.js', import.meta.url).href)
    : import('./ledgerBundle.ts')) as Promise<LedgerBundle>;
  return pending;
}

/**
 * The back office's element stays out of the cashier's bundle (npm run size): its bundle is imported when
 * a page has a `<yb-settlement-ledger>` (now or later); the tag upgrades once the bundle has defined it.
 */
export function defineSettlementLedger(): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || customElements.get('yb-settlement-ledger')) return;
  const load = (): void => void loadBundle().then((m) => m.defineSettlementLedger());
  if (document.querySelector('yb-settlement-ledger')) return load();
  const watch = new MutationObserver(() => {
    if (!document.querySelector('yb-settlement-ledger')) return;
    watch.disconnect();
    load();
  });
  watch.observe(document.documentElement, { childList: true, subtree: true });
}

/** `loadLedger` from the element's chunk (see loadLedger.ts). */
export async function loadLedger(cfg: Omit<SessionConfig, 'mode'>, options?: LoadLedgerOptions): Promise<LedgerData> {
  return (await loadBundle()).loadLedger(cfg, options);
}
