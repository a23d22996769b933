/**
 * `yibao-direct/sdk`: the cashier elements. Importing this module registers `<yb-checkout>`,
 * `<yb-filing-check>`, `<yb-breakdown>` and `<yb-settlement-ledger>` (in a browser; nothing happens in node).
 *
 * ```html
 * <script type="module" src="/yibao-sdk.js"></script>
 * <yb-checkout mode="pharmacy" endpoint="/fsi/api/rsfComIfsService/callService"
 *   fixmedins-code="P31010600033" opter="OP001" mdtrtarea-admvs="310106"></yb-checkout>
 * ```
 */
import { defineBreakdown } from './elements/yb-breakdown/define.ts';
import { defineFilingCheck } from './elements/yb-filing-check/define.ts';
import { defineCheckout } from './elements/yb-checkout/define.ts';
import { defineSettlementLedger } from './elements/yb-settlement-ledger/lazy.ts';

export { YbFilingCheck } from './elements/yb-filing-check/YbFilingCheck.tsx';
export { YbBreakdown } from './elements/yb-breakdown/YbBreakdown.tsx';
export { YbCheckout } from './elements/yb-checkout/YbCheckout.tsx';
export type { YbSettlementLedger } from './elements/yb-settlement-ledger/YbSettlementLedger.tsx';
export type { LedgerData, LedgerMonth } from './elements/yb-settlement-ledger/ledgerData.ts';
export type { LoadLedgerOptions, LocalLedgerRow } from './elements/yb-settlement-ledger/loadLedger.ts';
export type { CheckoutSession, SessionConfig, SessionState, CartLine, Transport, SdkError, IdentifyInput } from './session/types.ts';
export type { ExplainRequest } from './elements/yb-breakdown/explainTypes.ts';
export { defineBreakdown, defineFilingCheck, defineCheckout };
/** The back office's `<yb-settlement-ledger>` and its loader: a separate chunk, loaded when a page has the tag. */
export { defineSettlementLedger };
export { loadLedger } from './elements/yb-settlement-ledger/lazy.ts';
/** The lazy engine (`createSession`, `parseCart`, `plannedVerdict`), for hosts that drive a session themselves. */
export { loadEngine } from './elements/loadEngine.ts';
export type { Engine } from './elements/loadEngine.ts';
export { emit } from './events.ts';
export type { YbEventMap, YbVerdictDetail, YbPresettledDetail, YbSettledDetail, YbReversedDetail, YbErrorDetail, YbAmounts } from './events.ts';
export { formatYuan, maskId, maskName } from './i18n/index.ts';
export type { Lang } from './i18n/index.ts';

/** Registers every `yb-` element (idempotent). */
export function defineAll(): void {
  defineFilingCheck();
  defineBreakdown();
  defineCheckout();
  defineSettlementLedger();
}

defineAll();
