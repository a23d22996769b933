/**
 * Public contract of the checkout session: what `<yb-checkout>` (sdk/elements) codes against.
 * Pure types, no runtime. The flow itself is `sdk/flow/` (pure), the wire `sdk/transport/`,
 * the never-charge-twice store `sdk/store/`, the orchestrator `sdk/session/createSession.ts`.
 */
import type { Filing, Level, LocalText, MedType, PolicySet, Verdict } from '../../core/index.ts';

/** `pharmacy`: decode → 1101 → verdict → 2101 → 2102 (cancel 2103). `outpatient`: 1101 → verdict → 2201 → 2203 → 2204 → 2206 → 2207 (revoke 2208). */
export type CheckoutMode = 'pharmacy' | 'outpatient';

/** The national request envelope (platform-api §2.1), built by the SDK. */
export interface Envelope {
  infno: string;
  msgid: string;
  mdtrtarea_admvs: string;
  insuplc_admdvs: string;
  recer_sys_code: string;
  infver: string;
  opter_type: string;
  opter: string;
  opter_name: string;
  inf_time: string;
  fixmedins_code: string;
  fixmedins_name: string;
  sign_no: string;
  input: Record<string, unknown>;
}

/** The 医保电子凭证 decode request (platform-api §1.4): its own body, no national envelope. */
export interface DecodeRequest {
  data: {
    orgId: string;
    businessType: string;
    operatorId: string;
    operatorName: string;
    officeId: string;
    officeName: string;
    ecQrCode: string;
  };
}

/** Where a message goes: the single Style A endpoint (by `infno`) or the decode service. */
export type Route = { service: 'callService'; infno: string } | { service: 'ecDecode' };

/**
 * A host transport: send the body, resolve with the parsed JSON reply. Reject (any error) when no
 * reply arrived or it was unreadable: the SDK then treats the outcome as unknown and resolves it
 * (never charge twice). The element never holds platform credentials; the host's gateway adds them.
 */
export type Transport = (body: Envelope | DecodeRequest, route: Route) => Promise<unknown>;

/** What the institution is networked for; needed by the S-0 verdict. */
export interface InstitutionInfo {
  level: Level;
  networkedMedTypes: readonly MedType[];
}

/** Outpatient visit details for 2201 / 2203 (defaults from the config, overridable per presettle). */
export interface OutpatientVisit {
  dept_code: string;
  dept_name: string;
  caty: string;
  atddr_no: string;
  dr_name: string;
  /** 2201 `ipt_otp_no` 门诊号; generated from the msgid when absent. */
  ipt_otp_no?: string;
  /** 2203 diagnosis; absent: none sent beyond the main condition. */
  diag_code?: string;
  diag_name?: string;
  /** `med_type`: default '11' 普通门诊; '13' emergency; '14' 门诊慢特病 (R-13, with `dise_codg`). */
  med_type?: string;
  /** 门诊慢特病 disease code (e.g. `M01600`), sent as 2203 `mdtrtinfo.dise_codg`; the verdict checks it (D-7). */
  dise_codg?: string;
  /** Its name, sent as 2203 `dise_name`. */
  dise_name?: string;
}

/**
 * A 门诊慢特病 qualification of the patient, as 5301 answers it (platform-api §3.1; field
 * names of the 2503 record): no personal data beyond the disease.
 */
export interface ChronicQualification {
  diseaseCode: string;
  diseaseName: string;
  begin: string;
  /** null: no end date. */
  end: string | null;
  /** The institution that recognised it (认定机构), when the platform names it. */
  recognisedBy: string | null;
}

/**
 * The per-disease annual limit of a 门诊慢特病 settlement (DF-18), read from the basic fund's
 * `crt_payb_lmt_amt` (what the fund could still pay this time: the tightest limit, the disease's
 * unless the annual cap is tighter). Decimal text; null when the platform gave no limit.
 */
export interface ChronicLimitLeft {
  before: string | null;
  after: string | null;
}

/** One options object for a session (Stripe / Adyen style). */
export interface SessionConfig {
  mode: CheckoutMode;
  /** Style A endpoint (the host's gateway, or the mock's `/fsi/api/rsfComIfsService/callService`). */
  endpoint?: string;
  /** Decode service URL; default: `endpoint`'s origin + `/fsi/api/hsecfc/localQrCodeQuery`. */
  decodeEndpoint?: string;
  /** Host transport instead of `endpoint` (one of the two is required). */
  transport?: Transport;
  fixmedins_code: string;
  fixmedins_name?: string;
  opter: string;
  opter_name?: string;
  mdtrtarea_admvs: string;
  /** A sign_no the host already holds; then no 9001 is sent. */
  sign_no?: string;
  recer_sys_code?: string;
  infver?: string;
  /** 医保科室 for the decode service (default `CASHIER` / 收费处). */
  office?: { id: string; name: string };
  /** Default: pharmacy → UNRATED + PHARMACY; outpatient → UNRATED + GENERAL_OUTPATIENT. */
  institution?: InstitutionInfo;
  /** The person's cross-province filings for the verdict; default: the mock's MX5501 extension. */
  filings?: (who: { psn_no: string; insuplc_admdvs: string }) => Promise<readonly Filing[]>;
  /**
   * The patient's 门诊慢特病 qualifications for a chronic visit (`visit.med_type` 14); default: the
   * platform's 5301 人员慢特病备案查询.
   */
  qualifications?: (who: { psn_no: string; insuplc_admdvs: string; insutype: string }) => Promise<readonly ChronicQualification[]>;
  /** The 参保地 policy for the verdict (e.g. a lazily loaded pack); absent: the core's defaults (DF-14), warning NO_POLICY. */
  policy?: (insuplc_admdvs: string, insutype: string) => Promise<PolicySet | undefined>;
  /** Waits between re-sends while resolving an unclear reply (ms; default 0, 500, 1000, 2000, 4000). */
  retryDelaysMs?: readonly number[];
  /** Outpatient visit defaults (2201 / 2203). */
  visit?: OutpatientVisit;
  /** acct_used_flag (default true). */
  acctUsed?: boolean;
  /**
   * How an unclear settlement reply is resolved: `resend` the same msgid and body (the platform
   * replays its stored answer; falls back to 2601 if refused), or `reverse` with 2601 at once
   * (platform-api §5.5: the platform's replay is UNVERIFIED). Default `resend`.
   */
  unclearReply?: 'resend' | 'reverse';
  /** IndexedDB database name for attempts and sign-ins (default `yibao-sdk`). */
  dbName?: string;
  /** Per-request timeout in ms, for `endpoint` and for the host `transport` (default 15000). */
  timeoutMs?: number;
  /** Clock, for tests (default `() => new Date()`). */
  now?: () => Date;
}

/** Every failure: stable code, whether retrying is safe, a message without personal data. */
export interface SdkError {
  /** e.g. `PLATFORM_REJECTED`, `NETWORK`, `CART_INVALID`, `NOT_DIRECT`, `OUTCOME_UNKNOWN`. */
  code: SdkErrorCode;
  retryable: boolean;
  /** Developer-facing English text, no personal data. */
  message: string;
  /** Screen text, zh-CN and en. */
  text: LocalText;
  /** The transaction that failed, if any. */
  infno?: string;
  /** The platform's error code when it gave one (e.g. `MOCK-E030`, `500159`). */
  platformCode?: string;
  /** CART_INVALID: which cart line and field (index, line id, path). */
  line?: { index: number; id?: string; path: string };
}

export type SdkErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_INVALID'
  | 'CART_INVALID'
  | 'NETWORK'
  | 'HTTP'
  | 'BAD_REPLY'
  | 'PLATFORM_REJECTED'
  | 'SIGN_IN_FAILED'
  | 'NOT_DIRECT'
  | 'VERDICT_FAILED'
  | 'OUTCOME_UNKNOWN'
  | 'STORE_FAILED'
  | 'WRONG_STATE';

/** A cart line from the host (property array or JSON attribute), validated with zod/mini. */
export interface CartLine {
  /** feedetl_sn: unique in the cart, ≤ 30 chars. */
  id: string;
  /** med_list_codg 医保目录编码. */
  listCode: string;
  /** medins_list_codg 机构目录编码 (default: listCode). */
  hospCode?: string;
  /** Display name (not sent). */
  name?: string;
  /** Decimal string or number, > 0, ≤ 4 decimals. */
  qty: string | number;
  /** Decimal string or number, ≥ 0, ≤ 6 decimals. */
  unitPrice: string | number;
  /** det_item_fee_sumamt; default qty × unitPrice rounded to the fen. ≤ 2 decimals. */
  amount?: string | number;
  rxNo?: string;
  /** Prescription from outside (外购处方). */
  rxCirculated?: boolean;
  prescriber?: { code: string; name: string };
  dept?: { code: string; name: string };
}

/** How the patient identifies (mdtrt_cert_type 01 / 02 / 03). */
export type IdentifyInput =
  | { certType: '01'; qrCode: string }
  | { certType: '02'; certNo: string }
  | { certType: '03'; cardNo: string; cardSn: string };

/** One 1101 `insuinfo` row, as the cashier may pick it (platform-api §4.2). */
export interface InsuranceRow {
  insutype: string;
  insuplc_admdvs: string;
  psn_insu_stas: string;
  psn_type: string;
  balc: string;
}

/** The identified person: only masked personal data leaves the session. */
export interface IdentifiedPerson {
  /** e.g. `4201**********0011`. */
  maskedCertNo: string;
  /** e.g. `张*`, `欧阳**`. */
  maskedName: string;
  certType: '01' | '02' | '03';
  age: number;
  insurance: readonly InsuranceRow[];
  /** Index into `insurance` of the row in use. */
  chosen: number;
  /** Chronic visits (`visit.med_type` 14): the qualifications of the chosen row's 参保地 (5301). */
  qualifications?: readonly ChronicQualification[];
}

/**
 * A pre-settlement, settlement or revoke as the platform answered it. Every scalar is text exactly
 * as the platform's JSON wrote it (`"58.8"`, `"-25"`, `"0"`): format amounts with the core's `Dec`.
 * Personal fields (psn_name, certno, psn_no, brdy, …) are removed.
 */
export interface PlatformSettlement {
  infno: string;
  /** The msgid that produced it (= setlinfo.medins_setl_id). */
  msgid: string;
  setlinfo: Record<string, string | null>;
  setldetail: readonly Record<string, string | null>[];
  /** 2101/2102 detlcutinfo[] or 2204 result[]: the line split. */
  lines: readonly Record<string, string | null>[];
  /** 门诊慢特病 (`med_type` 14) 2206 / 2207: the per-disease limit before and after this claim (DF-18). */
  chronicLimit?: ChronicLimitLeft;
}

export interface Settled extends PlatformSettlement {
  setl_id: string;
  mdtrt_id: string | null;
}

/** The flow's states. Each carries what the UI shows. `busy` names a command in flight. */
export type SessionState =
  | { status: 'idle'; busy: Busy; error: SdkError | null }
  | { status: 'identified'; busy: Busy; error: SdkError | null; person: IdentifiedPerson }
  | { status: 'verdict'; busy: Busy; error: SdkError | null; person: IdentifiedPerson; verdict: Verdict }
  | { status: 'pre-settled'; busy: Busy; error: SdkError | null; person: IdentifiedPerson; verdict: Verdict; preSettlement: PlatformSettlement }
  | { status: 'settling'; busy: Busy; error: SdkError | null; person: IdentifiedPerson | null; verdict: Verdict | null; preSettlement: PlatformSettlement | null; attempt: AttemptInfo }
  | { status: 'settled'; busy: Busy; error: SdkError | null; person: IdentifiedPerson | null; settlement: Settled; recovered: boolean; revoking: AttemptInfo | null }
  | { status: 'reversed'; busy: Busy; error: SdkError | null; person: IdentifiedPerson | null; settlement: Settled | null; how: 'revoke' | 'reversal'; reversal: PlatformSettlement | null; recovered: boolean }
  | { status: 'failed'; busy: Busy; error: SdkError; person: IdentifiedPerson | null; verdict: Verdict | null; preSettlement: PlatformSettlement | null; charged: false; recovered: boolean };

export type SessionStatus = SessionState['status'];
export type Busy = null | 'identify' | 'presettle' | 'confirm' | 'cancel' | 'recover' | 'resolve';

/** The commands, as the flow machine gates them. */
export type Command = Exclude<Busy, null>;

/**
 * The settlement (or, in `settled.revoking`, the revoke) being sent, without personal data.
 * `unclear`: no clear answer yet; nothing else may start until `resolve()` / `recover()` settles it.
 */
export interface AttemptInfo {
  msgid: string;
  infno: string;
  medfee_sumamt: string;
  unclear: boolean;
}

/** The orchestrator the elements use. Every command is idempotent per state: repeats are ignored. */
export interface CheckoutSession {
  readonly config: Readonly<SessionConfig>;
  getState(): SessionState;
  /** Whether `command` would start now (for enabling buttons); the commands check it themselves. */
  can(command: Command): boolean;
  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Resolves any unfinished settlement from an earlier page; run once on load. Idle if none. */
  recover(): Promise<SessionState>;
  /** QR (01), ID card (02) or social card (03) → 1101 → the verdict. A repeat while busy or with the same person is ignored. */
  identify(input: IdentifyInput): Promise<SessionState>;
  /** Picks another 1101 insurance row (platform-api §4.2) and recomputes the verdict. */
  chooseInsurance(index: number): Promise<SessionState>;
  /** Validates the cart (CART_INVALID names the line), then 2101, or 2201 → 2203 → 2204 → 2206. */
  presettle(lines: unknown, visit?: Partial<OutpatientVisit>): Promise<SessionState>;
  /** 2102 / 2207, persisted before it is sent. A second confirm is ignored. */
  confirm(): Promise<SessionState>;
  /** Before settling: back to idle (outpatient: 2202 best effort). After settling: revoke 2103 / 2208. */
  cancel(): Promise<SessionState>;
  /** From verdict / pre-settled / a terminal state: back to idle for the next patient. */
  reset(): SessionState;
  /** Resolves an attempt still unclear (e.g. the network was down during recovery). */
  resolve(): Promise<SessionState>;
}
