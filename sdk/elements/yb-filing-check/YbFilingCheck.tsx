import type { VNode } from 'preact';
import type { Filing, Verdict } from '../../../core/index.ts';
import { emit } from '../../events.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { YbElement } from '../shared/YbElement.ts';
import { VerdictView, verdictTitle } from '../shared/VerdictView.tsx';
import { engineNow, loadEngine } from '../loadEngine.ts';
import css from './styles.css?inline';

type Outcome = { verdict: Verdict; error: null } | { verdict: null; error: string } | null;

/**
 * The S-0 verdict alone (the core's `checkDirectSettlement`): DIRECT, or the reason with its
 * fix-it hint, for a visit today or a planned visit on `date`, with filings the host supplies.
 * Needs no policy pack and no network.
 *
 * @summary Whether a visit settles directly across provinces, and what to do if not.
 * @tag yb-filing-check
 *
 * @attr {string} insuplc-admdvs - 参保地 division code (6 digits).
 * @attr {string} mdtrtarea-admvs - 就医地 division code (6 digits).
 * @attr {string} date - Visit date `YYYY-MM-DD` (default: today in China Standard Time).
 * @attr {string} med-type - GENERAL_OUTPATIENT | CHRONIC_OUTPATIENT | INPATIENT | PHARMACY, or 11 / 14 / 21 / 41 (default GENERAL_OUTPATIENT).
 * @attr {string} insutype - 310 employees or 390 residents (default 310).
 * @attr {string} institution-level - PRIMARY | L1 | L2 | L3 | UNRATED (default UNRATED).
 * @attr {string} networked - Space-separated care types the institution is networked for (default: all four).
 * @attr {boolean} emergency - Emergency care (R-5: treated as filed).
 * @attr {string} insurance-status - psn_insu_stas from 1101 (default 1 = 正常参保).
 * @attr {string} filings - The person's filings as JSON (the core's `Filing[]`).
 * @attr {string} lang - zh-CN (default) or en; falls back to the document's language.
 *
 * @prop {Filing[]} filings - The person's filings (overrides the attribute).
 * @prop {Verdict | null} verdict - A verdict computed elsewhere, shown as is (skips the computation).
 * @prop {Verdict | null} result - Read-only: the verdict shown now.
 *
 * @fires {CustomEvent<YbVerdictDetail>} yb-verdict - A new verdict (no personal data).
 * @fires {CustomEvent<YbErrorDetail>} yb-error - Input the core refused (code INPUT_INVALID).
 *
 * @csspart base - The element's box.
 * @csspart verdict - The verdict panel (class ok / warn / bad, data-code = the verdict code).
 * @csspart verdict-title - The verdict's short title.
 * @csspart verdict-hint - The fix-it hint.
 *
 * @cssprop --yb-accent - Buttons and focus ring.
 * @cssprop --yb-ok - Text colour of a settling verdict (--yb-ok-bg its background).
 * @cssprop --yb-bad - Text colour of a refusing verdict (--yb-bad-bg its background).
 * @cssprop --yb-font - Font stack.
 */
export class YbFilingCheck extends YbElement {
  protected static override styles = css;
  static override get observedAttributes(): string[] {
    return ['lang', 'insuplc-admdvs', 'mdtrtarea-admvs', 'date', 'med-type', 'insutype', 'institution-level', 'networked', 'emergency', 'insurance-status', 'filings'];
  }

  #filings: Filing[] | null = null;
  #given: Verdict | null = null;
  #shown: Outcome = null;
  #lastEmitted = '';

  get filings(): Filing[] | null {
    return this.#filings;
  }
  set filings(value: Filing[] | null) {
    this.#filings = value;
    this.requestUpdate();
  }

  get verdict(): Verdict | null {
    return this.#given;
  }
  set verdict(value: Verdict | null) {
    this.#given = value;
    this.requestUpdate();
  }

  get result(): Verdict | null {
    return this.#shown?.verdict ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!engineNow()) void loadEngine().then(() => this.requestUpdate());
  }

  /** null: not enough input yet; undefined: the engine is still loading. */
  #compute(): Outcome | undefined {
    if (this.#given) return { verdict: this.#given, error: null };
    const insuplc = this.getAttribute('insuplc-admdvs');
    const mdtrtarea = this.getAttribute('mdtrtarea-admvs');
    if (!insuplc || !mdtrtarea) return null;
    const engine = engineNow();
    if (!engine) return undefined;
    let filings: unknown = null;
    if (this.#filings !== null) filings = this.#filings;
    else {
      const attr = this.jsonAttribute('filings');
      if (attr && !attr.ok) return { verdict: null, error: attr.error };
      filings = attr?.value ?? null;
    }
    return engine.plannedVerdict({
      insuplcAdmdvs: insuplc, mdtrtareaAdmvs: mdtrtarea, filings, medType: this.getAttribute('med-type'),
      institutionLevel: this.getAttribute('institution-level'), networked: this.getAttribute('networked'), date: this.getAttribute('date'),
      emergency: this.hasAttribute('emergency'), insutype: this.getAttribute('insutype'), insuranceStatus: this.getAttribute('insurance-status'),
    });
  }

  protected override view(): VNode {
    const lang: Lang = this.uiLang;
    const computed = this.#compute();
    const outcome = (this.#shown = computed ?? null);
    this.#announce(outcome);
    const date = this.getAttribute('date');
    return (
      <section aria-labelledby="title">
        <h2 id="title">{t(lang, 'filingTitle')}</h2>
        {date && <p class="muted">{t(lang, 'plannedVisit', { date })}</p>}
        {computed === null && <p class="muted">{t(lang, 'checkNeedsInput')}</p>}
        {computed === undefined && <p class="muted">{t(lang, 'working')}</p>}
        {outcome?.error && (
          <div class="status bad" role="alert">
            <strong>{t(lang, 'badInput', { what: outcome.error })}</strong>
          </div>
        )}
        {outcome?.verdict && <VerdictView verdict={outcome.verdict} lang={lang} />}
        <div class="sr-only" role="status" aria-live="polite">
          {outcome?.verdict ? verdictTitle(outcome.verdict, lang) : ''}
        </div>
      </section>
    );
  }

  /** Emits once per distinct outcome. */
  #announce(outcome: Outcome): void {
    const key = outcome === null ? '' : outcome.error ?? JSON.stringify([outcome.verdict.code, outcome.verdict.detail, outcome.verdict.daysSinceExpiry, outcome.verdict.rules]);
    if (key === this.#lastEmitted || key === '') return;
    this.#lastEmitted = key;
    queueMicrotask(() => {
      if (outcome?.verdict) {
        const v = outcome.verdict;
        emit(this, 'yb-verdict', {
          code: v.code, settles: v.settles, rules: v.rules,
          ...(v.detail ? { detail: v.detail } : {}),
          ...(v.daysSinceExpiry !== undefined ? { daysSinceExpiry: v.daysSinceExpiry } : {}),
        });
      } else if (outcome?.error) {
        emit(this, 'yb-error', { code: 'INPUT_INVALID', retryable: false, message: outcome.error });
      }
    });
  }
}
