import type { SessionConfig } from '../../session/types.ts';
import type { LedgerData } from './ledgerData.ts';
import type { LoadLedgerOptions } from './loadLedger.ts';

/**
 * The back office's element stays out of the cashier's bundle (npm run size): its chunk is imported when
 * a page has a `<yb-settlement-ledger>` (now or later); the tag upgrades once the chunk has defined it.
 */
export function defineSettlementLedger(): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || customElements.get('yb-settlement-ledger')) return;
  const load = (): void => void import('./define.ts').then((m) => m.defineSettlementLedger());
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
  return (await import('./loadLedger.ts')).loadLedger(cfg, options);
}
