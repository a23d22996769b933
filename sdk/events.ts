/**
 * The SDK's typed events. All bubble and are composed (they cross the shadow boundary to the
 * host page). No personal data in `detail`: at most a masked ID such as `4201**********0011`.
 */
import type { VerdictCode } from '../core/index.ts';

/** `yb-verdict`: the S-0 decision. */
export interface YbVerdictDetail {
  code: VerdictCode;
  settles: boolean;
  /** Rule ids behind the verdict, e.g. ['R-4b']. */
  rules: readonly string[];
  /** NOT_FILED detail (EXPIRED, PLACE_MISMATCH …). */
  detail?: string;
  daysSinceExpiry?: number;
  maskedCertNo?: string;
}

/** Amounts are decimal strings as the platform answered (two decimals). */
export interface YbAmounts {
  medfeeSumamt: string | null;
  fundPaySumamt: string | null;
  psnPartAmt: string | null;
  acctPay: string | null;
  psnCashPay: string | null;
}

/** `yb-presettled`: the pre-settlement (2101 / 2206) answered. */
export interface YbPresettledDetail extends YbAmounts {
  infno: string;
  msgid: string;
}

/** `yb-settled`: the settlement (2102 / 2207) committed. `recovered`: resolved on a later load. */
export interface YbSettledDetail extends YbAmounts {
  infno: string;
  msgid: string;
  setlId: string;
  mdtrtId: string | null;
  recovered: boolean;
}

/** `yb-reversed`: revoked (2103 / 2208) or reversed (2601). */
export interface YbReversedDetail {
  setlId: string | null;
  how: 'revoke' | 'reversal';
  recovered: boolean;
}

/** `yb-error`: every failure. `retryable`: repeating the action is safe. */
export interface YbErrorDetail {
  code: string;
  retryable: boolean;
  /** Developer text without personal data. */
  message: string;
  infno?: string;
  platformCode?: string;
}

export interface YbEventMap {
  'yb-verdict': CustomEvent<YbVerdictDetail>;
  'yb-presettled': CustomEvent<YbPresettledDetail>;
  'yb-settled': CustomEvent<YbSettledDetail>;
  'yb-reversed': CustomEvent<YbReversedDetail>;
  'yb-error': CustomEvent<YbErrorDetail>;
}

type DetailOf<K extends keyof YbEventMap> = YbEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed, bubbling, composed `yb-` event from `target`. */
export function emit<K extends keyof YbEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  // Typed `addEventListener('yb-settled', e => e.detail.setlId)` on elements and documents.
  interface HTMLElementEventMap extends YbEventMap {}
  interface DocumentEventMap extends YbEventMap {}
}
