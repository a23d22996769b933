import type { PlatformSettlement, SdkError } from '../session/types.ts';

/** A ledger row as the SDK saw it (platform-api §4.16 3201 grouping). Amounts are decimal strings. */
export interface LedgerRow {
  insutype: string;
  clr_type: string;
  setl_optins: string;
  medfee_sumamt: string;
  fund_pay_sumamt: string;
  acct_pay: string;
}

/**
 * One money-moving message. `pending`: sent or about to be, outcome unknown. `done`: it took effect
 * (settled / revoked). `failed`: it did not, nothing moved. `reversed`: it took effect and 2601
 * undid it. The body holds the person's certificate number: it is kept only while pending.
 */
export interface Attempt {
  msgid: string;
  infno: string;
  kind: 'settle' | 'revoke';
  status: 'pending' | 'done' | 'failed' | 'reversed';
  /** The exact JSON sent; '' once resolved. */
  body: string;
  fixmedins_code: string;
  opter: string;
  /** For 2601 and revokes (an identifier, not shown anywhere). */
  psn_no: string;
  /** insuplc_admdvs of the envelope (for the 2601 or revoke that may follow). */
  insuplc: string;
  /** 3201 group known before sending (from the pre-settlement). */
  group: { insutype: string; clr_type: string };
  medfee_sumamt: string;
  /** A revoke: the settlement it undoes. */
  target?: { setl_id: string; mdtrt_id: string; msgid: string };
  /** A 2601 in flight: its msgid and exact body (re-sent as is while unclear). */
  reversal?: { msgid: string; body: string };
  createdAt: string;
  updatedAt: string;
  /** `done`: what moved, as the reply said it. */
  row?: LedgerRow;
  /** `done`: the reply, personal data removed, to show after a reload. */
  shown?: PlatformSettlement;
  /** `failed`: why. */
  error?: SdkError;
}
