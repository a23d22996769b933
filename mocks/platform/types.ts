import type { FaultConfig } from '../faults/FaultPlan.ts';
import type { RequestEnvelope } from '../envelope/requestEnvelopeSchema.ts';
import type { IdFactory } from '../state/IdFactory.ts';
import type { MessageEffect, MockState } from '../state/MockState.ts';

/** A request as every runtime hands it to the platform (msw, node:http, tests). */
export interface MockHttpRequest {
  method: string;
  /** Absolute URL or path with query. */
  url: string;
  /** Lower-case header lookup. */
  header(name: string): string | null;
  body: string;
}

/** What the runtime sends back; `drop` = close the connection without an answer. */
export type MockHttpReply =
  | { kind: 'reply'; status: number; headers: Record<string, string>; body: string | Uint8Array }
  | { kind: 'drop' };

/** Options of one mock instance. All optional; defaults in brackets. */
export interface MockOptions {
  /** Seed for ids and random faults [1]. */
  seed?: number;
  /** Clock in epoch ms [Date.now]. Persona dates are relative to the day it gives at seed time. */
  now?: () => number;
  /** Gateway base path stripped before routing, e.g. `/ebus/rio_fsi` ['']. */
  basePath?: string;
  /** Style A single endpoints [DEFAULT_CALL_SERVICE_PATHS]. */
  callServicePaths?: readonly string[];
  /** Repeated msgid with the same body: `replay` the stored answer, or `reject` [replay]. A different body is always MOCK-E003. */
  duplicateMsgid?: 'replay' | 'reject';
  /** Check msgid = institution code(12) + yyyyMMddHHmmss + 4 digits [false]. */
  strictMsgid?: boolean;
  /** Require a valid sign_no on business transactions [true]. */
  requireSignIn?: boolean;
  /** sign_no lifetime: until local (CST) midnight, or a number of ms ['midnight']. */
  signInValidity?: 'midnight' | number;
  /** 2601 for an unknown omsgid: MOCK-E060, or succeed as a no-op ['reject']. */
  reverseUnknown?: 'reject' | 'noop';
  /** Messages kept for replay / 2601, oldest evicted first [200000]. */
  maxMessages?: number;
  /** Bytes of request + reply text the message registry may hold, oldest evicted first [64 MiB]. */
  maxMessageBytes?: number;
  /** Reply shapes where recorded replies and the interface reference differ (mocks/README.md "Reply shapes"). */
  replyShape?: ReplyShape;
  /** Static-key gateway auth (header `apikey`), off by default. */
  auth?: { apikey: string; status?: number } | null;
  /** Fault rules and random plan of the instance. */
  faults?: FaultConfig;
}

/**
 * - `emptyOutput`: `output` of a transaction without output nodes (2202, 2203/2203A, 2205, 2302, 2402,
 *   2404, 2405, 2601, 9002…): `null` as recorded real replies, or `{}` as the reference's table ['null'].
 * - `failure`: failure envelopes with `inf_refmsgid` and `output` `null` as recorded (`'recorded'`), or an
 *   id and `{}` (`'filled'`) ['recorded'].
 * - `expContent`: an output-level `expContent: null` beside `setlinfo` in 2206/2207/2208 (Hebei
 *   replies); false leaves it out [true].
 */
export interface ReplyShape {
  emptyOutput?: 'null' | 'object';
  failure?: 'recorded' | 'filled';
  expContent?: boolean;
}

export type ResolvedOptions = Required<Omit<MockOptions, 'auth' | 'faults' | 'replyShape'>> & Pick<MockOptions, 'auth' | 'faults'> & { replyShape: Required<ReplyShape> };

/** Context of one business transaction. */
export interface TxContext {
  env: RequestEnvelope;
  infno: string;
  msgid: string;
  now: number;
  state: MockState;
  ids: IdFactory;
  options: ResolvedOptions;
  /** Records what this message changed, for 2601. */
  setEffect(effect: MessageEffect): void;
}

/** A transaction's answer: an `output` object, or a raw body (9102 file download). */
export type TxResult =
  | { output: Record<string, unknown>; warn?: string }
  | { raw: Uint8Array; contentType: string };

/** One transaction: its input schema (zod/mini, node names) and its behaviour. */
export interface TxDef {
  infno: string;
  name: string;
  /** Validates `input`; issues are reported as `MOCK-E004 … input.<path>`. */
  schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; input?: unknown }[] } } };
  /** Needs a valid sign_no (all national business transactions). */
  signIn: boolean;
  /** Project extension (MX code): header and warn_msg label. */
  extension?: boolean;
  run(ctx: TxContext, input: never): Promise<TxResult> | TxResult;
}
