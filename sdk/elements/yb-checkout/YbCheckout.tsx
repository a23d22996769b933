import type { VNode } from 'preact';
import type { Level, MedType } from '../../../core/index.ts';
import { emit } from '../../events.ts';
import type { YbAmounts } from '../../events.ts';
import { formatYuan, t, type Lang, type TextKey } from '../../i18n/index.ts';
import type { CheckoutSession, InstitutionInfo, PlatformSettlement, SessionConfig, SessionState } from '../../session/types.ts';
import { defineBreakdown } from '../yb-breakdown/define.ts';
import { engineNow, loadEngine } from '../loadEngine.ts';
import { YbElement } from '../shared/YbElement.ts';
import { VerdictView, verdictTitle } from '../shared/VerdictView.tsx';
import { explainInputOf } from './explainInputOf.ts';
import { ChronicView } from './ChronicView.tsx';
import { identifyInputOf, type CertType } from './identifyInput.ts';
import { createScanDetector } from './scanDetector.ts';
import css from './styles.css?inline';

/** The core's MED_TYPES, restated so the entry loads no core code (a test keeps them equal). */
export const CARE_TYPES: readonly MedType[] = ['GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'INPATIENT', 'PHARMACY'];
const CONFIG_ATTRS = ['mode', 'endpoint', 'decode-endpoint', 'fixmedins-code', 'fixmedins-name', 'opter', 'opter-name', 'mdtrtarea-admvs', 'sign-no', 'institution-level', 'networked', 'db-name'];
const STEPS: readonly [TextKey, readonly SessionState['status'][]][] = [
  ['step1', ['idle', 'identified']],
  ['step2', ['verdict']],
  ['step3', ['pre-settled']],
  ['step4', ['settling', 'settled', 'reversed']],
];

type Action = 'presettle' | 'confirm' | 'cancel' | 'reset' | 'resolve';

const amountsOf = (s: PlatformSettlement): YbAmounts => ({
  medfeeSumamt: s.setlinfo.medfee_sumamt ?? null,
  fundPaySumamt: s.setlinfo.fund_pay_sumamt ?? null,
  psnPartAmt: s.setlinfo.psn_part_amt ?? null,
  acctPay: s.setlinfo.acct_pay ?? null,
  psnCashPay: s.setlinfo.psn_cash_pay ?? null,
});

const isEditable = (el: EventTarget | undefined): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement);

/**
 * The whole cashier flow on one element: identify the patient (医保电子凭证 QR, ID card or social
 * card), the cross-province verdict, the pre-settlement breakdown, confirm, and cancel or revoke.
 * Pharmacy mode: decode → 1101 → verdict → 2101 → 2102 (cancel 2103). Outpatient mode: 1101 →
 * verdict → 2201 → 2203 → 2204 → 2206 → 2207 (revoke 2208). It never charges twice: every
 * settlement is stored in IndexedDB before it is sent, an unclear reply is resolved before anything
 * else, and a settlement left unfinished by a reload is resolved on the next load and shown.
 *
 * @summary Cross-province direct-settlement checkout for pharmacy and outpatient cashiers.
 * @tag yb-checkout
 *
 * @attr {'pharmacy' | 'outpatient'} mode - The flow (default pharmacy).
 * @attr {string} endpoint - Style A endpoint: the host's gateway (the element holds no credentials).
 * @attr {string} decode-endpoint - E-certificate decode URL (default: the endpoint's origin + /fsi/api/hsecfc/localQrCodeQuery).
 * @attr {string} fixmedins-code - 定点医药机构编号.
 * @attr {string} fixmedins-name - 定点医药机构名称.
 * @attr {string} opter - Operator id (9001 sign-in once per operator and day).
 * @attr {string} opter-name - Operator name.
 * @attr {string} mdtrtarea-admvs - 就医地 division code (6 digits).
 * @attr {string} sign-no - A sign_no the host already holds (then no 9001).
 * @attr {string} institution-level - PRIMARY | L1 | L2 | L3 | UNRATED (default UNRATED).
 * @attr {string} networked - Space-separated care types the institution is networked for (default: the mode's).
 * @attr {string} db-name - IndexedDB database name (default yibao-sdk).
 * @attr {string} lines - Cart lines as JSON (`CartLine[]`).
 * @attr {boolean} scan-anywhere - Also take scans typed anywhere on the page (told from typing by timing).
 * @attr {string} name - Form field name: the value is the settlement id.
 * @attr {string} lang - zh-CN (default) or en; falls back to the document's language.
 *
 * @prop {unknown[]} lines - Cart lines (`CartLine[]`), validated with zod/mini; a bad line is named.
 * @prop {Partial<SessionConfig>} config - Options over the attributes, e.g. `transport`, `filings`, `visit`.
 * @prop {SessionState} state - Read-only: the session state shown now.
 * @prop {string} value - Read-only: the settlement id once settled, else ''.
 *
 * @fires {CustomEvent<YbVerdictDetail>} yb-verdict - The verdict (with a masked ID at most).
 * @fires {CustomEvent<YbPresettledDetail>} yb-presettled - The pre-settlement amounts.
 * @fires {CustomEvent<YbSettledDetail>} yb-settled - The settlement committed (also when recovered on load).
 * @fires {CustomEvent<YbReversedDetail>} yb-reversed - Revoked (2103 / 2208) or reversed (2601).
 * @fires {CustomEvent<YbErrorDetail>} yb-error - Every failure: { code, retryable, message }.
 *
 * @csspart base - The element's box.
 * @csspart steps - The progress list.
 * @csspart identify - The identification form.
 * @csspart patient - The masked patient summary.
 * @csspart verdict - The verdict panel.
 * @csspart chronic - Chronic visits (`config.visit.med_type` 14): the 门诊慢特病 qualification, its validity and status.
 * @csspart chronic-limit - Chronic visits: the per-disease annual fund limit left before and after this claim.
 * @csspart cart - The cart table.
 * @csspart breakdown - The nested yb-breakdown.
 * @csspart actions - The action buttons.
 * @csspart error - The error panel.
 * @csspart result - The settled / reversed panel.
 *
 * @cssprop --yb-accent - Buttons and focus ring.
 * @cssprop --yb-accent-text - Text on primary buttons.
 * @cssprop --yb-ok - Text colour of success and DIRECT (--yb-ok-bg its background).
 * @cssprop --yb-bad - Text colour of errors and refusals (--yb-bad-bg its background).
 * @cssprop --yb-warn - Text colour of warnings (--yb-warn-bg its background).
 * @cssprop --yb-radius - Corner radius.
 * @cssprop --yb-font - Font stack.
 */
export class YbCheckout extends YbElement {
  static formAssociated = true;
  protected static override styles = css;
  static override get observedAttributes(): string[] {
    return ['lang', 'lines', 'scan-anywhere', ...CONFIG_ATTRS];
  }

  readonly #internals: ElementInternals | null;
  #session: CheckoutSession | null = null;
  /** Settles once the load-time recovery is done: a scan during it waits instead of being lost. */
  #recovered: Promise<unknown> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;
  #state: SessionState = { status: 'idle', busy: null, error: null };
  #config: Partial<SessionConfig> = {};
  #lines: unknown = null;
  #certType: CertType = '01';
  #focusPrimary = false;
  #explained: { pre: PlatformSettlement; input: ReturnType<typeof explainInputOf> } | null = null;
  readonly #scan = createScanDetector();

  constructor() {
    super();
    defineBreakdown();
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
  }

  get lines(): unknown {
    return this.#lines ?? this.jsonAttributeValue('lines');
  }
  set lines(value: unknown) {
    this.#lines = value;
    this.requestUpdate();
  }

  get config(): Partial<SessionConfig> {
    return this.#config;
  }
  set config(value: Partial<SessionConfig>) {
    this.#config = value ?? {};
    this.#restartIfIdle();
  }

  get state(): SessionState {
    return this.#state;
  }

  get value(): string {
    return this.#state.status === 'settled' ? this.#state.settlement.setl_id : '';
  }

  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null;
  }

  /** The session in use (for hosts that drive the flow themselves). */
  get session(): CheckoutSession | null {
    return this.#session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onDocumentKey, true);
    // Properties set right after creation belong to the first session.
    queueMicrotask(() => this.#start());
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onDocumentKey, true);
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name?: string): void {
    if (name && CONFIG_ATTRS.includes(name)) this.#restartIfIdle();
    else this.requestUpdate();
  }

  /** Form reset: back to idle for the next patient (never while a settlement is in flight). */
  formResetCallback(): void {
    this.#session?.reset();
  }

  jsonAttributeValue(name: string): unknown {
    const r = this.jsonAttribute(name);
    return r === null ? null : r.ok ? r.value : this.getAttribute(name);
  }

  #institution(mode: SessionConfig['mode']): InstitutionInfo {
    const level = (this.getAttribute('institution-level') ?? 'UNRATED') as Level;
    const listed = this.getAttribute('networked')?.split(/\s+/).filter((m): m is MedType => (CARE_TYPES as readonly string[]).includes(m));
    return { level, networkedMedTypes: listed ?? [mode === 'pharmacy' ? 'PHARMACY' : 'GENERAL_OUTPATIENT'] };
  }

  #configFromAttributes(): SessionConfig {
    const a = (n: string): string | undefined => this.getAttribute(n) ?? undefined;
    const mode = (a('mode') ?? 'pharmacy') as SessionConfig['mode'];
    const cfg: Record<string, unknown> = {
      mode, endpoint: a('endpoint'), decodeEndpoint: a('decode-endpoint'), fixmedins_code: a('fixmedins-code') ?? '',
      fixmedins_name: a('fixmedins-name'), opter: a('opter') ?? '', opter_name: a('opter-name'), mdtrtarea_admvs: a('mdtrtarea-admvs') ?? '',
      sign_no: a('sign-no'), dbName: a('db-name'), institution: this.#institution(mode),
    };
    for (const k of Object.keys(cfg)) if (cfg[k] === undefined) delete cfg[k];
    return { ...(cfg as unknown as SessionConfig), ...this.#config };
  }

  #start(): void {
    if (this.#session || !this.isConnected) return;
    const engine = engineNow();
    if (!engine) {
      // The engine chunk (session, verdict) loads in parallel with the first paint; a scan meanwhile waits.
      this.#recovered = loadEngine().then(() => {
        this.#start();
        return this.#recovered;
      });
      return;
    }
    const session = engine.createSession(this.#configFromAttributes());
    this.#session = session;
    this.#unsubscribe = session.subscribe((s) => this.#onState(s));
    this.#recovered = session.recover();
  }

  #restartIfIdle(): void {
    if (this.#session && (this.#state.status !== 'idle' || this.#state.busy !== null)) return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#session = null;
    if (this.isConnected) queueMicrotask(() => this.#start());
  }

  #onState(next: SessionState): void {
    const prev = this.#state;
    this.#state = next;
    if (next === prev) return;
    this.#focusPrimary = this.root.activeElement !== null;
    const masked = 'person' in next && next.person ? { maskedCertNo: next.person.maskedCertNo } : {};
    if (next.status === 'verdict' && (prev.status !== 'verdict' || prev.verdict !== next.verdict)) {
      const v = next.verdict;
      emit(this, 'yb-verdict', {
        code: v.code, settles: v.settles, rules: v.rules, ...masked,
        ...(v.detail ? { detail: v.detail } : {}), ...(v.daysSinceExpiry !== undefined ? { daysSinceExpiry: v.daysSinceExpiry } : {}),
      });
    }
    if (next.status === 'pre-settled' && (prev.status !== 'pre-settled' || prev.preSettlement !== next.preSettlement)) {
      emit(this, 'yb-presettled', { infno: next.preSettlement.infno, msgid: next.preSettlement.msgid, ...amountsOf(next.preSettlement) });
    }
    if (next.status === 'settled' && (prev.status !== 'settled' || prev.settlement !== next.settlement)) {
      const s = next.settlement;
      emit(this, 'yb-settled', { infno: s.infno, msgid: s.msgid, setlId: s.setl_id, mdtrtId: s.mdtrt_id, recovered: next.recovered, ...amountsOf(s) });
    }
    if (next.status === 'reversed' && prev.status !== 'reversed') {
      emit(this, 'yb-reversed', { setlId: next.settlement?.setl_id ?? null, how: next.how, recovered: next.recovered });
    }
    if (next.error && next.error !== prev.error) {
      const e = next.error;
      emit(this, 'yb-error', { code: e.code, retryable: e.retryable, message: e.message, ...(e.infno ? { infno: e.infno } : {}), ...(e.platformCode ? { platformCode: e.platformCode } : {}) });
    }
    this.#syncForm();
    this.requestUpdate();
  }

  #syncForm(): void {
    const i = this.#internals;
    if (!i || typeof i.setFormValue !== 'function') return;
    const v = this.value;
    i.setFormValue(v || null);
    if (v) i.setValidity({});
    else i.setValidity({ valueMissing: true }, t(this.uiLang, 'notSettledYet'));
  }

  protected override update(): void {
    super.update();
    if (!this.#focusPrimary) return;
    this.#focusPrimary = false;
    const target = this.root.querySelector<HTMLElement>('[data-primary]') ?? this.root.querySelector<HTMLElement>('#cert-no');
    if (target && this.root.activeElement !== target) target.focus();
  }

  // --- commands (each idempotent in the session; repeats while busy are ignored there) ---

  #identify(form: HTMLFormElement): void {
    const data = new FormData(form);
    const input = identifyInputOf(this.#certType, String(data.get('cert-no') ?? ''), String(data.get('card-sn') ?? ''));
    if (!input) return;
    const field = form.querySelector<HTMLInputElement>('#cert-no');
    void this.#identifyWhenReady(input).then((s) => {
      if (field && s && s.status !== 'idle' && s.status !== 'failed') field.value = '';
    });
  }

  async #identifyWhenReady(input: NonNullable<ReturnType<typeof identifyInputOf>>): Promise<SessionState | null> {
    await this.#recovered;
    return this.#session ? this.#session.identify(input) : null;
  }

  #run(command: Action): void {
    const s = this.#session;
    if (!s || this.#state.busy !== null) return;
    if (command === 'presettle') void s.presettle(this.lines, this.#config.visit);
    else if (command === 'reset') s.reset();
    else void s[command]();
  }

  /** Enter held down repeats keydown: only the first press acts. Esc cancels or starts over. */
  #onKeyDownCapture = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && e.repeat) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if (e.key === 'Escape') {
      const st = this.#state.status;
      if (st === 'identified' || st === 'verdict' || st === 'pre-settled') this.#run('cancel');
      else if (st === 'settled' || st === 'reversed' || st === 'failed') this.#run('reset');
    }
  };

  /** Opt-in page-wide scanner: a fast burst ending in Enter, typed outside any editable field. */
  #onDocumentKey = (e: KeyboardEvent): void => {
    if (!this.hasAttribute('scan-anywhere') || e.composedPath().includes(this) || isEditable(e.composedPath()[0])) return;
    const text = this.#scan.key(e.key, e.timeStamp);
    if (text === null) return;
    e.preventDefault();
    const input = identifyInputOf('01', text, '');
    if (input) void this.#identifyWhenReady(input);
  };

  // --- view ---

  protected override view(): VNode {
    const lang = this.uiLang;
    const s = this.#state;
    const mode = this.getAttribute('mode') === 'outpatient' ? 'outpatient' : 'pharmacy';
    const busy = s.busy !== null;
    return (
      <section aria-labelledby="co-title" onKeyDownCapture={this.#onKeyDownCapture} aria-busy={busy ? 'true' : 'false'}>
        <header class="head">
          <h2 id="co-title">{t(lang, 'checkoutTitle')}</h2>
          <span class="mode">{t(lang, mode === 'pharmacy' ? 'pharmacyMode' : 'outpatientMode')}</span>
        </header>
        <ol part="steps" class="steps" aria-label={t(lang, 'progress')}>
          {STEPS.map(([key, statuses]) => (
            <li key={key} aria-current={statuses.includes(s.status) ? 'step' : undefined}>{t(lang, key)}</li>
          ))}
        </ol>
        {this.#identifyForm(lang, s)}
        {'person' in s && s.person && this.#patient(lang, s.person)}
        {(s.status === 'verdict' || s.status === 'pre-settled' || (s.status === 'failed' && s.verdict)) && s.verdict && <VerdictView verdict={s.verdict} lang={lang} />}
        {(s.status === 'verdict' || s.status === 'pre-settled' || (s.status === 'failed' && s.verdict)) && s.verdict?.chronic && (
          <ChronicView verdict={s.verdict} qualifications={s.person?.qualifications} diseaseName={this.#session?.config.visit?.dise_name} lang={lang} />
        )}
        {(s.status === 'verdict' || s.status === 'pre-settled' || s.status === 'failed') && this.#cart(lang)}
        {this.#breakdown(lang, s)}
        {this.#result(lang, s)}
        {s.error && this.#error(lang, s)}
        {busy && <p class="working muted">{t(lang, 'working')}</p>}
        {this.#actions(lang, s)}
        <p class="muted keys">{t(lang, 'keyHint')}</p>
        <div class="sr-only" role="status" aria-live="polite">{this.#announcement(lang, s)}</div>
      </section>
    );
  }

  #identifyForm(lang: Lang, s: SessionState): VNode {
    const locked = s.status === 'settling' || (s.status === 'settled' && s.revoking !== null);
    return (
      <form part="identify" class="identify" onSubmit={(e) => { e.preventDefault(); if (!locked) this.#identify(e.currentTarget as HTMLFormElement); }}>
        <h3>{t(lang, 'identify')}</h3>
        <div class="row">
          <label for="cert-type">{t(lang, 'certType')}</label>
          <select id="cert-type" value={this.#certType} onChange={(e) => { this.#certType = (e.currentTarget as HTMLSelectElement).value as CertType; this.requestUpdate(); }}>
            <option value="01">{t(lang, 'cert01')}</option>
            <option value="02">{t(lang, 'cert02')}</option>
            <option value="03">{t(lang, 'cert03')}</option>
          </select>
        </div>
        <div class="row">
          <label for="cert-no">{t(lang, 'certNo')}</label>
          <input id="cert-no" name="cert-no" autocomplete="off" spellcheck={false} aria-describedby="cert-hint" readOnly={locked} data-primary={s.status === 'idle' ? '' : undefined} />
          <p id="cert-hint" class="muted hint">{t(lang, 'certNoHint')}</p>
        </div>
        {this.#certType === '03' && (
          <div class="row">
            <label for="card-sn">{t(lang, 'cardSn')}</label>
            <input id="card-sn" name="card-sn" autocomplete="off" />
          </div>
        )}
        <button type="submit" aria-disabled={locked || s.busy !== null ? 'true' : 'false'}>{t(lang, 'read')}</button>
      </form>
    );
  }

  #patient(lang: Lang, p: NonNullable<Extract<SessionState, { status: 'identified' }>['person']>): VNode {
    const row = p.insurance[p.chosen];
    return (
      <dl part="patient" class="patient">
        <div><dt>{t(lang, 'patient')}</dt><dd>{t(lang, 'patientSummary', { name: p.maskedName, id: p.maskedCertNo })}</dd></div>
        {row && <div><dt>{t(lang, 'insuredPlace')}</dt><dd>{row.insuplc_admdvs} · {row.insutype}</dd></div>}
        {row && <div><dt>{t(lang, 'balance')}</dt><dd class="money">{formatYuan(row.balc)}</dd></div>}
      </dl>
    );
  }

  #cart(lang: Lang): VNode {
    const raw = this.lines;
    if (raw === null || raw === undefined) return <p part="cart" class="muted">{t(lang, 'cartEmpty')}</p>;
    const engine = engineNow();
    if (!engine) return <p part="cart" class="muted">{t(lang, 'working')}</p>;
    const cart = engine.parseCart(raw);
    if (!cart.ok) {
      return (
        <div part="cart" class="status bad" role="alert">
          <strong>{lang === 'en' ? cart.error.text.en : cart.error.text.zh}</strong>
        </div>
      );
    }
    return (
      <table part="cart" class="cart" aria-labelledby="cart-title">
        <caption id="cart-title">{t(lang, 'cart')}</caption>
        <thead>
          <tr><th scope="col">{t(lang, 'line')}</th><th scope="col" class="money">{t(lang, 'qty')}</th><th scope="col" class="money">{t(lang, 'unitPrice')}</th><th scope="col" class="money">{t(lang, 'amount')}</th></tr>
        </thead>
        <tbody>
          {cart.items.map((l) => (
            <tr key={l.id}><th scope="row">{l.name ?? l.id}</th><td class="money">{l.qty}</td><td class="money">{formatYuan(l.unitPrice)}</td><td class="money">{formatYuan(l.amount)}</td></tr>
          ))}
        </tbody>
        <tfoot><tr><th scope="row" colSpan={3}>{t(lang, 'total')}</th><td class="money">{formatYuan(cart.total)}</td></tr></tfoot>
      </table>
    );
  }

  #lineNames(): Record<string, string> {
    const cart = engineNow()?.parseCart(this.lines);
    return cart?.ok ? Object.fromEntries(cart.items.map((l) => [l.id, l.name ?? l.id])) : {};
  }

  #breakdown(lang: Lang, s: SessionState): VNode | null {
    const shown = s.status === 'pre-settled' || s.status === 'settling' || (s.status === 'failed' && s.preSettlement)
      ? s.preSettlement
      : s.status === 'settled' ? s.settlement : null;
    if (!shown) return null;
    const cfg = this.#session?.config;
    const explainInput = s.status === 'pre-settled' && cfg ? this.#explainInput(s, cfg) : null;
    const cash = shown.setlinfo.psn_cash_pay;
    return (
      <div class="breakdown">
        {s.status === 'pre-settled' && cash !== null && cash !== undefined && <p class="cash-due">{t(lang, 'mustPayCash', { amount: formatYuan(cash) })}</p>}
        {shown.chronicLimit && (
          <p part="chronic-limit" class="chronic-limit">
            {shown.chronicLimit.before === null
              ? t(lang, 'chronicLimitNone')
              : t(lang, 'chronicLimitLeft', { before: formatYuan(shown.chronicLimit.before), after: formatYuan(shown.chronicLimit.after) })}
          </p>
        )}
        <yb-breakdown
          part="breakdown"
          lang={lang}
          pre={s.status !== 'settled' ? true : undefined}
          setlinfo={shown.setlinfo}
          setldetail={shown.setldetail}
          lines={shown.lines}
          lineNames={this.#lineNames()}
          explainInput={explainInput}
        />
      </div>
    );
  }

  /** One explanation input per pre-settlement (a new object would close an open waterfall). */
  #explainInput(s: Extract<SessionState, { status: 'pre-settled' }>, cfg: Readonly<SessionConfig>): ReturnType<typeof explainInputOf> {
    if (this.#explained?.pre !== s.preSettlement) {
      const input = explainInputOf({
        person: s.person, verdict: s.verdict, pre: s.preSettlement,
        medType: cfg.mode === 'pharmacy' ? 'PHARMACY' : s.verdict.chronic ? 'CHRONIC_OUTPATIENT' : 'GENERAL_OUTPATIENT',
        mdtrtareaAdmvs: cfg.mdtrtarea_admvs, institution: cfg.institution ?? this.#institution(cfg.mode), acctUsed: cfg.acctUsed ?? true, now: new Date(),
      });
      this.#explained = { pre: s.preSettlement, input };
    }
    return this.#explained.input;
  }

  #result(lang: Lang, s: SessionState): VNode | null {
    if (s.status === 'settling') {
      return <p part="result" class={`status ${s.attempt.unclear ? 'warn' : 'ok'}`}>{t(lang, s.attempt.unclear ? 'unclear' : 'working')}</p>;
    }
    if (s.status === 'settled') {
      return (
        <div part="result" class="status ok">
          <strong>{t(lang, 'settled', { id: s.settlement.setl_id })}</strong>
          {s.recovered && <p>{t(lang, 'recovered', { outcome: t(lang, 'recoveredSettled', { id: s.settlement.setl_id }) })}</p>}
        </div>
      );
    }
    if (s.status === 'reversed') {
      return (
        <div part="result" class="status warn">
          <strong>{t(lang, 'reversed', { id: s.settlement?.setl_id ?? '—' })}</strong>
          {s.recovered && <p>{t(lang, 'recovered', { outcome: t(lang, 'recoveredReversed') })}</p>}
        </div>
      );
    }
    if (s.status === 'failed' && s.recovered) {
      return <p part="result" class="status warn">{t(lang, 'recovered', { outcome: t(lang, 'recoveredNone') })}</p>;
    }
    return null;
  }

  #error(lang: Lang, s: SessionState): VNode {
    const e = s.error!;
    const unknown = e.code === 'OUTCOME_UNKNOWN';
    return (
      <div part="error" class="status bad" role="alert">
        <strong>{unknown ? t(lang, 'outcomeUnknown') : lang === 'en' ? e.text.en : e.text.zh}</strong>
        <p class="muted">{e.code}{e.platformCode ? ` · ${e.platformCode}` : ''} · {t(lang, e.retryable ? 'retryable' : 'notRetryable')}</p>
      </div>
    );
  }

  #actions(lang: Lang, s: SessionState): VNode {
    const busy = s.busy !== null ? 'true' : 'false';
    const buttons: VNode[] = [];
    const add = (command: Action, label: TextKey, primary = false) =>
      buttons.push(
        <button type="button" key={command} class={primary ? 'primary' : undefined} data-primary={primary ? '' : undefined} aria-disabled={busy} onClick={() => this.#run(command)}>
          {t(lang, label)}
        </button>,
      );
    const verdict = 'verdict' in s ? s.verdict : null;
    switch (s.status) {
      case 'identified':
        add('cancel', 'newCustomer');
        break;
      case 'verdict':
        if (s.verdict.settles) add('presettle', 'presettle', true);
        add('cancel', 'newCustomer', !s.verdict.settles);
        break;
      case 'pre-settled':
        add('confirm', 'confirm', true);
        add('presettle', 'represettle');
        add('cancel', 'newCustomer');
        break;
      case 'settling':
        if (s.attempt.unclear) {
          add('resolve', 'resolveNow', true);
          add('cancel', 'giveUp');
        }
        break;
      case 'settled':
        if (s.revoking?.unclear) {
          add('resolve', 'resolveNow', true);
        } else if (!s.revoking) {
          add('reset', 'newCustomer', true);
          add('cancel', 'cancel');
        }
        break;
      case 'reversed':
        add('reset', 'newCustomer', true);
        break;
      case 'failed':
        if (s.preSettlement && s.error.retryable) add('confirm', 'retry', true);
        else if (verdict?.settles && s.person) add('presettle', s.preSettlement ? 'represettle' : 'retry', true);
        add('reset', 'newCustomer', !(s.preSettlement && s.error.retryable) && !(verdict?.settles && s.person));
        break;
      case 'idle':
        break;
    }
    return <div part="actions" class="actions">{buttons}</div>;
  }

  #announcement(lang: Lang, s: SessionState): string {
    if (s.error) return s.error.code === 'OUTCOME_UNKNOWN' ? t(lang, 'outcomeUnknown') : lang === 'en' ? s.error.text.en : s.error.text.zh;
    switch (s.status) {
      case 'verdict':
        return verdictTitle(s.verdict, lang);
      case 'pre-settled': {
        const i = s.preSettlement.setlinfo;
        return `${t(lang, 'personalPays')} ${formatYuan(i.psn_part_amt)}，${t(lang, 'cashPay')} ${formatYuan(i.psn_cash_pay)}`;
      }
      case 'settling':
        return t(lang, s.attempt.unclear ? 'unclear' : 'working');
      case 'settled':
        return t(lang, 'settled', { id: s.settlement.setl_id });
      case 'reversed':
        return t(lang, 'reversed', { id: s.settlement?.setl_id ?? '—' });
      default:
        return '';
    }
  }
}
