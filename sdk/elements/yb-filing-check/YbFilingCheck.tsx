import type { VNode } from 'preact';
import {
  checkDirectSettlement, isCoreError, toCstDate, ZERO, MED_TYPES, LEVELS,
  type Claim, type Filing, type Level, type MedType, type Person, type Verdict,
} from '../../../core/index.ts';
import { emit } from '../../events.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { YbElement } from '../shared/YbElement.ts';
import { VerdictView, verdictTitle } from '../shared/VerdictView.tsx';
import { parseFilings } from './filingsSchema.ts';
import css from './styles.css?inline';

/** Platform `med_type` codes the element also accepts (platform-api §6). */
const MED_TYPE_CODES: Record<string, MedType> = { '11': 'GENERAL_OUTPATIENT', '13': 'GENERAL_OUTPATIENT', '14': 'CHRONIC_OUTPATIENT', '21': 'INPATIENT', '41': 'PHARMACY' };

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

  #compute(): Outcome {
    if (this.#given) return { verdict: this.#given, error: null };
    const insuplc = this.getAttribute('insuplc-admdvs');
    const mdtrtarea = this.getAttribute('mdtrtarea-admvs');
    if (!insuplc || !mdtrtarea) return null;
    let filings: Filing[] = [];
    const source = this.#filings ?? this.jsonAttribute('filings');
    if (source !== null) {
      const raw = Array.isArray(source) ? { ok: true as const, value: source as unknown } : source;
      if (!raw.ok) return { verdict: null, error: raw.error };
      const parsed = parseFilings(raw.value);
      if (!parsed.ok) return { verdict: null, error: parsed.error };
      filings = parsed.value;
    }
    const medAttr = this.getAttribute('med-type') ?? 'GENERAL_OUTPATIENT';
    const medType = (MED_TYPE_CODES[medAttr] ?? medAttr) as MedType;
    if (!MED_TYPES.includes(medType)) return { verdict: null, error: `med-type: ${medAttr}` };
    const level = (this.getAttribute('institution-level') ?? 'UNRATED') as Level;
    if (!LEVELS.includes(level)) return { verdict: null, error: `institution-level: ${level}` };
    const networked = (this.getAttribute('networked') ?? MED_TYPES.join(' ')).split(/\s+/).filter(Boolean).map((m) => (MED_TYPE_CODES[m] ?? m) as MedType);
    const date = this.getAttribute('date') ?? toCstDate(new Date().toISOString());
    const person: Person = {
      insutype: (this.getAttribute('insutype') ?? '310') as Person['insutype'],
      psnInsuStas: this.getAttribute('insurance-status') ?? '1',
      status: 'IN_SERVICE',
      age: 0,
      acctBalance: ZERO,
      filings,
      opspQualifications: [],
    };
    const claim: Claim = {
      medType,
      insuplcAdmdvs: insuplc,
      mdtrtareaAdmvs: mdtrtarea,
      ...(medType === 'INPATIENT' ? { admissionDate: date } : { serviceDate: date }),
      // A planned visit is judged as settled at noon of its day (China Standard Time).
      settlementTime: `${date}T12:00:00+08:00`,
      institutionLevel: level,
      networkedMedTypes: networked,
      emergencyFlag: this.hasAttribute('emergency'),
      acctUsed: true,
      lines: [],
    };
    try {
      return { verdict: checkDirectSettlement({ person, claim }), error: null };
    } catch (e) {
      if (isCoreError(e)) return { verdict: null, error: `${e.path ?? ''} ${e.message}`.trim() };
      throw e;
    }
  }

  protected override view(): VNode {
    const lang: Lang = this.uiLang;
    const outcome = (this.#shown = this.#compute());
    this.#announce(outcome);
    const date = this.getAttribute('date');
    return (
      <section aria-labelledby="title">
        <h2 id="title">{t(lang, 'filingTitle')}</h2>
        {date && <p class="muted">{t(lang, 'plannedVisit', { date })}</p>}
        {outcome === null && <p class="muted">{t(lang, 'checkNeedsInput')}</p>}
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
