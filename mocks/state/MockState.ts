/**
 * In-memory store of one mock instance (platform-api §7.4). Nothing here is shared between
 * instances; `createMockState` with the same seed and day gives the same store.
 */
import type { Dec, FeeLine, Settlement, YearToDate } from '../settlement/coreBridge.ts';
import { buildPersonas } from '../data/personas.ts';
import type { FilingRecord, Persona } from '../data/personas.ts';
import type { CatalogueItem } from '../data/catalogue.ts';

export interface FeeRecord {
  feedetl_sn: string;
  chrg_bchno: string;
  med_list_codg: string;
  medins_list_codg: string;
  amount: string;
  cnt: string;
  pric: string;
  fee_ocur_time: string;
  item: CatalogueItem;
  known: boolean;
  /** setl_id of the active settlement that consumed this line. */
  settledBy: string | null;
  init_feedetl_sn: string | null;
  /** The core's view of the line, built once (Dec values are immutable). */
  line?: FeeLine;
}

export type VisitKind = 'OUTPATIENT' | 'INPATIENT' | 'PHARMACY';

export interface VisitRecord {
  mdtrt_id: string;
  kind: VisitKind;
  psn_no: string;
  insutype: string;
  insuplc_admdvs: string;
  fixmedins_code: string;
  mdtrtarea_admvs: string;
  med_type: string;
  begntime: string;
  endtime: string | null;
  mdtrt_cert_type: string;
  mdtrt_cert_no: string;
  ipt_otp_no: string;
  status: 'OPEN' | 'DISCHARGED' | 'CANCELLED';
  emergency: boolean;
  dise_codg: string | null;
  fees: Map<string, FeeRecord>;
  /** msgid of the 2401 that created it (2601 target). */
  msgid: string;
}

export interface SettlementRecord {
  setl_id: string;
  mdtrt_id: string;
  psn_no: string;
  insutype: string;
  fixmedins_code: string;
  clr_type: string;
  clr_way: string;
  clr_optins: string;
  setl_time: string;
  /** msgid of the settling request (= medins_setl_id). */
  msgid: string;
  infno: string;
  chrg_bchno: string | null;
  feeSns: string[];
  settlement: Settlement;
  ytdKey: string;
  status: 'ACTIVE' | 'REVOKED' | 'REVERSED';
  /** From the settling request, echoed by the revoke output. */
  mdtrt_cert_type: string;
  med_type: string;
}

/** One signed row of the institution's ledger: +settlement, −revoke/reversal. */
export interface LedgerEntry {
  setl_id: string;
  mdtrt_id: string;
  psn_no: string;
  msgid: string;
  fixmedins_code: string;
  insutype: string;
  clr_type: string;
  setl_optins: string;
  /** yyyy-MM-dd of the event. */
  date: string;
  /** 0 settlement, 1 refund (revoke / reversal). */
  refd_setl_flag: '0' | '1';
  medfee_sumamt: Dec;
  fund_pay_sumamt: Dec;
  acct_pay: Dec;
  psn_cash_pay: Dec;
  funds: Readonly<Record<string, Dec>>;
}

/** What a message did, so 2601 can undo it. */
export type MessageEffect =
  | { kind: 'SETTLE'; setl_id: string }
  | { kind: 'REVOKE'; setl_id: string }
  | { kind: 'ADMIT'; mdtrt_id: string };

export interface MessageRecord {
  infno: string;
  /** The request body as received (compared as text first, then as JSON). */
  rawBody: string;
  /** Stored reply body (JSON text) for replays. */
  reply: string;
  status: number;
  headers: Record<string, string>;
  effect: MessageEffect | null;
  reversed: boolean;
}

export interface StoredFile {
  bytes: Uint8Array;
  filename: string;
  expires: number;
}

export interface MockState {
  seed: number;
  today: string;
  personas: Persona[];
  byPsnNo: Map<string, Persona>;
  filings: Map<string, FilingRecord>;
  /** Personal-account balances per `psn_no|insutype`, decimal strings. */
  balances: Map<string, string>;
  ytd: Map<string, YearToDate>;
  visits: Map<string, VisitRecord>;
  settlements: Map<string, SettlementRecord>;
  ledger: LedgerEntry[];
  /** `fixmedins_code|msgid` → message. */
  messages: Map<string, MessageRecord>;
  /** Text held by `messages` in bytes (request + reply, 2 bytes a character), for `maxMessageBytes`. */
  messageBytes: number;
  /** sign_no → session. */
  signIns: Map<string, { fixmedins_code: string; opter: string; until: number; signedOut: boolean }>;
  files: Map<string, StoredFile>;
  serial: number;
}

/** Creates a fresh store seeded with the personas for `today`. */
export function createMockState(seed: number, today: string): MockState {
  const personas = buildPersonas(today);
  const filings = new Map<string, FilingRecord>();
  const balances = new Map<string, string>();
  for (const p of personas) {
    for (const f of p.filings) filings.set(f.filing_id, f);
    for (const r of p.insuinfo) balances.set(`${p.psn_no}|${r.insutype}`, r.balc);
  }
  return {
    seed, today, personas, byPsnNo: new Map(personas.map((p) => [p.psn_no, p])), filings, balances,
    ytd: new Map(), visits: new Map(), settlements: new Map(), ledger: [], messages: new Map(), messageBytes: 0, signIns: new Map(),
    files: new Map(), serial: (seed >>> 0) % 100_000,
  };
}

/** Filings of a person, current records (changes and cancellations included). */
export const filingsOf = (state: MockState, psnNo: string): FilingRecord[] =>
  [...state.filings.values()].filter((f) => f.psn_no === psnNo);
