import { YbSettlementLedger } from './YbSettlementLedger.tsx';

/** Registers `<yb-settlement-ledger>` (once; a second call is harmless). */
export function defineSettlementLedger(): void {
  if (typeof customElements !== 'undefined' && !customElements.get('yb-settlement-ledger')) customElements.define('yb-settlement-ledger', YbSettlementLedger);
}

declare global {
  interface HTMLElementTagNameMap {
    'yb-settlement-ledger': YbSettlementLedger;
  }
}
