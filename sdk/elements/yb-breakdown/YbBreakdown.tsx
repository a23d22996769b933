import type { VNode } from 'preact';
import type { Settlement } from '../../../core/index.ts';
import { formatYuan, t } from '../../i18n/index.ts';
import { YbElement } from '../shared/YbElement.ts';
import { BreakdownView } from './BreakdownView.tsx';
import { fromCore, fromWire, type BreakdownData } from './breakdownData.ts';
import type { ExplainRequest, Explanation } from './explainTypes.ts';
import { loadExplain } from './loadExplain.ts';
import { WaterfallView } from './WaterfallView.tsx';
import css from './styles.css?inline';

type Row = Readonly<Record<string, unknown>>;
type Waterfall = { state: 'closed' } | { state: 'loading' } | { state: 'open'; explanation: Explanation } | { state: 'failed'; message: string };

/**
 * One settlement: total, fund against personal, each fund, personal account against cash, and the
 * line split (全自费 / 超限价 / 先行自付). The full waterfall with rule ids and parameter sources is
 * loaded on demand (a separate chunk); where no policy pack serves the insured place it shows the
 * platform's figures alone and says so. Stands alone for receipts and the PWA.
 *
 * @summary A settlement's breakdown, with the explained waterfall on demand.
 * @tag yb-breakdown
 *
 * @attr {string} data - JSON `{ setlinfo, setldetail, lines }` as the platform answered.
 * @attr {boolean} pre - A pre-settlement (title 预结算明细).
 * @attr {string} lang - zh-CN (default) or en; falls back to the document's language.
 *
 * @prop {Record<string, unknown> | null} setlinfo - The platform's `setlinfo`.
 * @prop {Record<string, unknown>[]} setldetail - The platform's `setldetail` rows (per fund).
 * @prop {Record<string, unknown>[]} lines - 2204 `result[]` or 2101/2102 `detlcutinfo[]` rows.
 * @prop {Settlement | null} settlement - A core `Settlement` instead of platform data (its own waterfall).
 * @prop {ExplainRequest | null} explainInput - The core inputs to recompute a platform settlement for the waterfall.
 * @prop {Record<string, string>} lineNames - Display names by line id (`feedetl_sn`).
 *
 * @fires {CustomEvent<YbErrorDetail>} yb-error - The explanation could not be loaded (code EXPLAIN_FAILED, retryable).
 *
 * @csspart base - The element's box.
 * @csspart summary - Totals table.
 * @csspart funds - Per-fund table.
 * @csspart split - Line split table.
 * @csspart waterfall-toggle - The show/hide button.
 * @csspart waterfall - The explained steps.
 * @csspart platform-only - The note shown when no pack serves the insured place.
 *
 * @cssprop --yb-accent - Buttons and focus ring.
 * @cssprop --yb-border - Table rules and box border.
 * @cssprop --yb-font - Font stack.
 */
export class YbBreakdown extends YbElement {
  protected static override styles = css;
  static override get observedAttributes(): string[] {
    return ['lang', 'data', 'pre'];
  }

  #setlinfo: Row | null = null;
  #setldetail: readonly Row[] = [];
  #lines: readonly Row[] = [];
  #settlement: Settlement | null = null;
  #explainInput: ExplainRequest | null = null;
  #lineNames: Readonly<Record<string, string>> = {};
  #waterfall: Waterfall = { state: 'closed' };

  get setlinfo(): Row | null { return this.#setlinfo; }
  set setlinfo(v: Row | null) { this.#setlinfo = v; this.#changed(); }
  get setldetail(): readonly Row[] { return this.#setldetail; }
  set setldetail(v: readonly Row[]) { this.#setldetail = v ?? []; this.#changed(); }
  get lines(): readonly Row[] { return this.#lines; }
  set lines(v: readonly Row[]) { this.#lines = v ?? []; this.#changed(); }
  get settlement(): Settlement | null { return this.#settlement; }
  set settlement(v: Settlement | null) { this.#settlement = v; this.#changed(); }
  get explainInput(): ExplainRequest | null { return this.#explainInput; }
  set explainInput(v: ExplainRequest | null) { this.#explainInput = v; this.#changed(); }
  get lineNames(): Readonly<Record<string, string>> { return this.#lineNames; }
  set lineNames(v: Readonly<Record<string, string>>) { this.#lineNames = v ?? {}; this.requestUpdate(); }

  override attributeChangedCallback(): void {
    this.#changed();
  }

  /** New figures close an open waterfall (it explained the old ones). */
  #changed(): void {
    this.#waterfall = { state: 'closed' };
    this.requestUpdate();
  }

  #data(): BreakdownData | { error: string } | null {
    if (this.#settlement) return fromCore(this.#settlement);
    if (this.#setlinfo) return fromWire(this.#setlinfo, this.#setldetail, this.#lines);
    const attr = this.jsonAttribute('data');
    if (attr === null) return null;
    if (!attr.ok) return { error: attr.error };
    const v = attr.value as { setlinfo?: Row; setldetail?: Row[]; lines?: Row[] } | null;
    if (!v || typeof v.setlinfo !== 'object' || v.setlinfo === null) return { error: 'data: give { setlinfo, setldetail, lines }' };
    return fromWire(v.setlinfo, Array.isArray(v.setldetail) ? v.setldetail : [], Array.isArray(v.lines) ? v.lines : []);
  }

  async #toggle(): Promise<void> {
    if (this.#waterfall.state === 'open' || this.#waterfall.state === 'failed') {
      this.#waterfall = { state: 'closed' };
      this.update();
      return;
    }
    if (this.#waterfall.state === 'loading') return;
    this.#waterfall = { state: 'loading' };
    this.update();
    try {
      const explain = await loadExplain();
      const explanation = await explain(this.#settlement ? { settlement: this.#settlement } : { request: this.#explainInput });
      this.#waterfall = { state: 'open', explanation };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.#waterfall = { state: 'failed', message };
      this.dispatchEvent(new CustomEvent('yb-error', { bubbles: true, composed: true, detail: { code: 'EXPLAIN_FAILED', retryable: true, message } }));
    }
    this.update();
  }

  protected override view(): VNode {
    const lang = this.uiLang;
    const data = this.#data();
    const wf = this.#waterfall;
    const open = wf.state === 'open' || wf.state === 'failed';
    if (data === null) return <p class="muted">{t(lang, 'noSettlement')}</p>;
    if ('error' in data) return <div class="status bad" role="alert"><strong>{t(lang, 'badInput', { what: data.error })}</strong></div>;
    return (
      <section aria-labelledby="bd-title">
        <BreakdownView data={data} lang={lang} pre={this.hasAttribute('pre')} names={this.#lineNames} />
        <button type="button" part="waterfall-toggle" aria-expanded={open ? 'true' : 'false'} aria-controls="waterfall" onClick={() => void this.#toggle()}>
          {t(lang, open ? 'hideWaterfall' : 'showWaterfall')}
        </button>
        <div id="waterfall" aria-busy={wf.state === 'loading' ? 'true' : 'false'}>
          {wf.state === 'loading' && <p class="muted">{t(lang, 'loadingWaterfall')}</p>}
          {wf.state === 'open' && <WaterfallView explanation={wf.explanation} lang={lang} />}
          {wf.state === 'failed' && <p class="status bad" role="alert">{wf.message}</p>}
        </div>
        <div class="sr-only" role="status" aria-live="polite">
          {t(lang, 'personalPays')} {formatYuan(data.amounts.psnPart)}，{t(lang, 'cashPay')} {formatYuan(data.amounts.cashPay)}
        </div>
      </section>
    );
  }
}
