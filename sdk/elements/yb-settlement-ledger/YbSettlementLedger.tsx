import type { VNode } from 'preact';
import { formatYuan, maskId, type Lang } from '../../i18n/index.ts';
import { YbElement } from '../shared/YbElement.ts';
import { FundsChart } from './FundsChart.tsx';
import { ledgerCsv } from './ledgerCsv.ts';
import { ledgerSchema, toFen, type Figures, type LedgerData, type LedgerMonth } from './ledgerData.ts';
import { lt } from './ledgerTexts.ts';
import css from './styles.css?inline';

const STEPS = ['SETTLED', 'DECLARED', 'AUDITED', 'PAID'] as const;
const RANK: Record<LedgerMonth['status'], number> = { SETTLING: -1, SETTLED: 0, DECLARED: 1, AUDITED: 2, PAUSED: 2, PAID: 3 };
const TONE: Record<LedgerMonth['status'], string> = { SETTLING: 'muted', SETTLED: 'warn', DECLARED: 'info', AUDITED: 'info', PAID: 'ok', PAUSED: 'bad' };

function countdown(lang: Lang, n: number | null): string {
  if (n === null) return lt(lang, 'unknown');
  return n === 0 ? lt(lang, 'today') : lt(lang, 'workingDaysLeft', { n });
}
const dayOr = (lang: Lang, d: string | null): string => d ?? lt(lang, 'unknown');

/**
 * The back office's view of instant settlement (即时结算, R-18, R-19) for a finance clerk: what was
 * settled, what is declared, when the money arrives, what was deducted and why, where the prepayment
 * stands, and the platform's 3201 / 3202 figures reconciled against the local ledger. Months move
 * settled → declared → audited → paid, with due dates counted down in working days (the platform's
 * calendar, R-18). Fed with the `ledger` property (see `loadLedger` for the mock's endpoints).
 *
 * @summary The settlement ledger: months, declarations, audit deductions, payments, prepayment and reconciliation.
 * @tag yb-settlement-ledger
 *
 * @attr {string} data - The ledger as JSON (the shape `loadLedger` returns), instead of the property.
 * @attr {string} month - The month shown in detail, `YYYY-MM` (default: the newest).
 * @attr {string} lang - zh-CN (default) or en; falls back to the document's language.
 *
 * @prop {LedgerData | null} ledger - The ledger (`loadLedger(config)`), validated on every change.
 *
 * @fires {CustomEvent<{ month: string }>} yb-month - The clerk picked another month.
 * @fires {CustomEvent<{ filename: string; csv: string }>} yb-export - The CSV export was made (no personal data in it).
 * @fires {CustomEvent<YbErrorDetail>} yb-error - The ledger data is invalid (code INVALID_LEDGER, not retryable).
 *
 * @csspart base - The element's box.
 * @csspart months - The table of months.
 * @csspart steps - The settled → declared → audited → paid progress of the month.
 * @csspart figures - The month's amounts.
 * @csspart chart - The funds-by-type chart (SVG).
 * @csspart deductions - The audit deductions with their reasons.
 * @csspart payment - The payment: payable, deducted, net, when.
 * @csspart prepayment - The prepayment balance.
 * @csspart reconciliation - 3201 / 3202 against the local ledger.
 * @csspart export - The CSV export button.
 *
 * @cssprop --yb-accent - Buttons, focus ring and fund bars.
 * @cssprop --yb-bad - Differences and late payments.
 * @cssprop --yb-border - Table rules and box border.
 */
export class YbSettlementLedger extends YbElement {
  protected static override styles = css;
  static override get observedAttributes(): string[] {
    return ['lang', 'data', 'month'];
  }

  #ledger: LedgerData | null = null;
  #announce = '';
  #reported = '';

  get ledger(): LedgerData | null { return this.#ledger; }
  set ledger(v: LedgerData | null) { this.#ledger = v; this.requestUpdate(); }

  #data(): { ok: true; value: LedgerData } | { ok: false; error: string } | null {
    let raw: unknown = this.#ledger;
    if (raw === null) {
      const attr = this.jsonAttribute('data');
      if (attr === null) return null;
      if (!attr.ok) return attr;
      raw = attr.value;
    }
    const r = ledgerSchema.safeParse(raw);
    if (r.success) return { ok: true, value: r.data };
    const issue = r.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }

  #pick(month: string, focus: boolean): void {
    this.setAttribute('month', month);
    this.dispatchEvent(new CustomEvent('yb-month', { bubbles: true, composed: true, detail: { month } }));
    const data = this.#data();
    const m = data?.ok ? data.value.months.find((x) => x.month === month) : undefined;
    if (m) this.#announce = lt(this.uiLang, 'shown', { month, status: lt(this.uiLang, m.status) });
    this.update();
    if (focus) this.root.querySelector<HTMLButtonElement>(`button[data-month="${month}"]`)?.focus();
  }

  #keys(e: KeyboardEvent, months: readonly LedgerMonth[], i: number): void {
    const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? months.length - 1 : null;
    if (to === null || to < 0 || to >= months.length) return;
    e.preventDefault();
    this.#pick(months[to]!.month, true);
  }

  #export(data: LedgerData): void {
    const csv = ledgerCsv(data);
    const filename = `ledger-${data.institution.code}-${data.asOf}.csv`;
    const a = this.root.ownerDocument.createElement('a');
    if (typeof URL.createObjectURL === 'function') {
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    this.#announce = lt(this.uiLang, 'exported', { file: filename });
    this.dispatchEvent(new CustomEvent('yb-export', { bubbles: true, composed: true, detail: { filename, csv } }));
    this.update();
  }

  protected override view(): VNode {
    const lang = this.uiLang;
    const data = this.#data();
    if (data === null) return <p class="muted">{lt(lang, 'noMonths')}</p>;
    if (!data.ok) {
      if (this.#reported !== data.error) {
        this.#reported = data.error;
        queueMicrotask(() => this.dispatchEvent(new CustomEvent('yb-error', { bubbles: true, composed: true, detail: { code: 'INVALID_LEDGER', retryable: false, message: data.error } })));
      }
      return <div class="status bad" role="alert"><strong>{lt(lang, 'badData', { what: data.error })}</strong></div>;
    }
    const d = data.value;
    const wanted = this.getAttribute('month');
    const month = d.months.find((m) => m.month === wanted) ?? d.months[0];
    return (
      <section aria-labelledby="lg-title">
        <div class="head">
          <div>
            <h2 id="lg-title">{lt(lang, 'title')}</h2>
            <p class="muted">{lt(lang, 'asOf', { name: d.institution.name, date: d.asOf })}</p>
          </div>
          <button type="button" part="export" onClick={() => this.#export(d)}>{lt(lang, 'exportCsv')}</button>
        </div>
        {d.months.length === 0 ? <p class="muted">{lt(lang, 'noMonths')}</p> : <MonthsTable months={d.months} current={month!.month} lang={lang} onPick={(m) => this.#pick(m, false)} onKey={(e, i) => this.#keys(e, d.months, i)} />}
        {month && <MonthDetail month={month} lang={lang} />}
        <div class="cols">
          {d.prepayment && <Prepayment p={d.prepayment} lang={lang} asOf={d.asOf} />}
        </div>
        {d.reconciliation && <Reconciliation r={d.reconciliation} lang={lang} />}
        <div class="sr-only" role="status" aria-live="polite">{this.#announce}</div>
      </section>
    );
  }
}

function MonthsTable({ months, current, lang, onPick, onKey }: { months: readonly LedgerMonth[]; current: string; lang: Lang; onPick(m: string): void; onKey(e: KeyboardEvent, i: number): void }) {
  return (
    <>
      <h3 id="lg-months">{lt(lang, 'months')}</h3>
      <p class="muted small">{lt(lang, 'keys')}</p>
      <table part="months" aria-labelledby="lg-months">
        <thead>
          <tr>
            <th scope="col">{lt(lang, 'month')}</th>
            <th scope="col">{lt(lang, 'status')}</th>
            <th scope="col">{lt(lang, 'deadline')}</th>
            <th scope="col">{lt(lang, 'due')}</th>
            <th scope="col" class="money">{lt(lang, 'net')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m.month} class={m.month === current ? 'current' : undefined}>
              <th scope="row">
                <button type="button" class="link" data-month={m.month} aria-pressed={m.month === current ? 'true' : 'false'} aria-label={lt(lang, 'open', { month: m.month })}
                  onClick={() => onPick(m.month)} onKeyDown={(e) => onKey(e as unknown as KeyboardEvent, i)}>{m.month}</button>
              </th>
              <td><span class={`pill ${TONE[m.status]}`}>{lt(lang, m.status)}</span></td>
              <td>{m.declarationDeadline}<br /><span class="muted small">{m.declaredOn ? lt(lang, 'declaredOn', { date: m.declaredOn }) : countdown(lang, m.workingDaysToDeadline)}</span></td>
              <td>{dayOr(lang, m.paymentDueDate)}<br /><span class={`small ${m.workingDaysLate ? 'bad-text' : 'muted'}`}>{m.paidOn ? (m.workingDaysLate ? lt(lang, 'late', { n: m.workingDaysLate }) : lt(lang, 'paidOn', { date: m.paidOn })) : countdown(lang, m.workingDaysToDue)}</span></td>
              <td class="money">{formatYuan(m.netPayable)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Steps({ m, lang }: { m: LedgerMonth; lang: Lang }) {
  const rank = RANK[m.status];
  const when: Record<(typeof STEPS)[number], string> = {
    SETTLED: lt(lang, 'settlingUntil', { date: m.settlingUntil }),
    DECLARED: m.declaredOn ? lt(lang, 'declaredOn', { date: m.declaredOn }) : `${lt(lang, 'declareBy', { date: m.declarationDeadline })} · ${countdown(lang, m.workingDaysToDeadline)}`,
    AUDITED: lt(lang, rank >= 2 ? 'auditedOn' : 'auditBy', { date: dayOr(lang, m.auditClosesOn) }),
    PAID: m.paidOn ? lt(lang, 'paidOn', { date: m.paidOn }) : m.status === 'PAUSED' ? lt(lang, 'PAUSED') : `${lt(lang, 'expectedOn', { date: dayOr(lang, m.expectedOn ?? m.paymentDueDate) })} · ${countdown(lang, m.workingDaysToDue)}`,
  };
  return (
    <ol part="steps" class="steps" aria-label={lt(lang, 'steps', { month: m.month })}>
      {STEPS.map((s, i) => {
        const done = rank >= i;
        // A running month is at the first step, not yet past it.
        const isCurrent = rank === i || (rank === -1 && i === 0);
        const paused = s === 'PAID' && m.status === 'PAUSED';
        return (
          <li key={s} class={`${done ? 'done' : 'todo'}${paused ? ' paused' : ''}`} aria-current={isCurrent ? 'step' : undefined}>
            <span class="mark" aria-hidden="true">{done ? '✓' : paused ? '!' : String(i + 1)}</span>
            <strong>{rank === -1 && i === 0 ? lt(lang, 'SETTLING') : lt(lang, `step${s}`)}</strong>
            <span class="small">{when[s]}</span>
          </li>
        );
      })}
    </ol>
  );
}

function MonthDetail({ month: m, lang }: { month: LedgerMonth; lang: Lang }) {
  const late = (m.workingDaysLate ?? 0) > 0;
  return (
    <div class="detail">
      <h3 id="lg-month">{m.month} · <span class={`pill ${TONE[m.status]}`}>{lt(lang, m.status)}</span></h3>
      <Steps m={m} lang={lang} />
      {m.calendarMissing && <p class="status warn small">{lt(lang, 'calendarMissing', { year: m.calendarMissing })}</p>}
      <div class="cols">
        <div>
          <h4 id="lg-figures">{lt(lang, 'figures', { month: m.month })}</h4>
          <table part="figures" aria-labelledby="lg-figures">
            <tbody>
              <tr><th scope="row">{lt(lang, 'records')}</th><td class="money">{lt(lang, 'recordsValue', { n: m.counts.records, r: m.counts.reversals })}</td></tr>
              <tr><th scope="row">{lt(lang, 'medfee')}</th><td class="money">{formatYuan(m.totals.medfee)}</td></tr>
              <tr><th scope="row">{lt(lang, 'fundPay')}</th><td class="money">{formatYuan(m.totals.fundPay)}</td></tr>
              <tr><th scope="row">{lt(lang, 'acctPay')}</th><td class="money">{formatYuan(m.totals.acctPay)}</td></tr>
              <tr><th scope="row">{lt(lang, 'cash')}</th><td class="money">{formatYuan(m.totals.cash)}</td></tr>
              <tr><th scope="row">{lt(lang, 'crossMedfee')}</th><td class="money">{formatYuan(m.totals.crossProvinceMedfee)}</td></tr>
              <tr><th scope="row">{lt(lang, 'crossFund')}</th><td class="money">{formatYuan(m.totals.crossProvinceFund)}</td></tr>
            </tbody>
          </table>
        </div>
        <FundsChart month={m} lang={lang} />
      </div>
      <div class="cols">
        <div>
          <h4 id="lg-pay">{lt(lang, 'payment', { month: m.month })}</h4>
          <table part="payment" aria-labelledby="lg-pay">
            <tbody>
              <tr><th scope="row">{lt(lang, 'gross')}</th><td class="money">{formatYuan(m.grossPayable)}</td></tr>
              <tr><th scope="row">{lt(lang, 'deducted')}</th><td class="money">{toFen(m.deductionTotal) === 0n ? formatYuan('0') : `−${formatYuan(m.deductionTotal)}`}</td></tr>
              <tr class="strong"><th scope="row">{lt(lang, 'net')}</th><td class="money">{formatYuan(m.netPayable)}</td></tr>
              <tr><th scope="row">{lt(lang, 'due')}</th><td class="money">{dayOr(lang, m.paymentDueDate)}</td></tr>
              <tr class={late ? 'diff' : undefined}>
                <th scope="row">{lt(lang, 'arrival')}</th>
                <td class="money">{m.paidOn ? `${m.paidOn} · ${late ? lt(lang, 'late', { n: m.workingDaysLate! }) : lt(lang, 'onTime')}` : m.status === 'PAUSED' ? lt(lang, 'PAUSED') : lt(lang, 'expectedOn', { date: dayOr(lang, m.expectedOn ?? m.paymentDueDate) })}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <Deductions m={m} lang={lang} />
      </div>
    </div>
  );
}

function Deductions({ m, lang }: { m: LedgerMonth; lang: Lang }) {
  return (
    <div part="deductions">
      <h4 id="lg-ded">{lt(lang, 'deductions', { month: m.month })}</h4>
      <p class="muted small">{lt(lang, 'flaggedSampled', { f: m.flagged, s: m.sampled })}</p>
      {m.pending.length > 0 && (
        <>
          <p class="status warn small">{lt(lang, 'deductionsPending')}</p>
          <ItemTable rows={m.pending} lang={lang} label="lg-pending" title={lt(lang, 'pendingTitle')} />
        </>
      )}
      {m.deductions.length > 0 ? <ItemTable rows={m.deductions} lang={lang} label="lg-ded" total={m.deductionTotal} /> : m.pending.length === 0 && <p class="muted">{lt(lang, 'noDeductions')}</p>}
    </div>
  );
}

function ItemTable({ rows, lang, label, title, total }: { rows: LedgerMonth['deductions']; lang: Lang; label: string; title?: string; total?: string }) {
  return (
    <table aria-labelledby={label}>
      {title && <caption id={label} class="small">{title}</caption>}
      <thead><tr><th scope="col">{lt(lang, 'setlId')}</th><th scope="col">{lt(lang, 'reason')}</th><th scope="col" class="money">{lt(lang, title ? 'atStake' : 'amount')}</th></tr></thead>
      <tbody>
        {rows.map((x) => (
          <tr key={`${x.setlId}|${x.ruleId}`}>
            <td>{x.setlId}</td>
            <td>{lang === 'en' ? x.reason.en : x.reason.zh} <span class="muted small">{x.ruleId}</span></td>
            <td class="money">{formatYuan(x.amount)}</td>
          </tr>
        ))}
      </tbody>
      {total !== undefined && <tfoot><tr><th scope="row" colSpan={2}>{lt(lang, 'total')}</th><td class="money">{formatYuan(total)}</td></tr></tfoot>}
    </table>
  );
}

function Prepayment({ p, lang, asOf }: { p: NonNullable<LedgerData['prepayment']>; lang: Lang; asOf: string }) {
  const unrecovered = toFen(p.unrecoveredAtYearEnd) !== 0n;
  return (
    <div part="prepayment">
      <h3 id="lg-pre">{lt(lang, 'prepayment', { year: p.year })}</h3>
      {!p.eligible && (
        <div class="status bad"><strong>{lt(lang, 'notEligible')}</strong>{p.failures.map((f) => <p key={f.zh}>{lang === 'en' ? f.en : f.zh}</p>)}</div>
      )}
      <table aria-labelledby="lg-pre">
        <tbody>
          <tr><th scope="row">{lt(lang, 'advanced')}</th><td class="money">{formatYuan(p.advanced)}</td></tr>
          <tr class="strong"><th scope="row">{lt(lang, 'outstanding')}</th><td class="money">{formatYuan(p.outstanding)}</td></tr>
          <tr><th scope="row">{lt(lang, 'monthlyAverage')}</th><td class="money">{formatYuan(p.monthlyAverage)}</td></tr>
        </tbody>
      </table>
      <p class="muted small">{lt(lang, 'formula', { f: p.formula })}</p>
      <p class="muted small">{lt(lang, 'fundMonths', { m: p.fundMonths, r: p.fundRequiredMonths })}</p>
      <p class={unrecovered ? 'status warn small' : 'muted small'}>
        {lt(lang, 'yearEnd', { date: asOf, due: formatYuan(p.settlementsDue), o: formatYuan(p.offsetAtYearEnd), u: formatYuan(p.unrecoveredAtYearEnd) })}{unrecovered ? ` ${lt(lang, 'stopWarning')}` : ''}
      </p>
    </div>
  );
}

const same = (a: Figures | null, b: Figures | null, k: keyof Figures): boolean => !!a && !!b && (k === 'count' ? a.count === b.count : toFen(a[k]) === toFen(b[k]));

function Cell({ v, k, other, money = true }: { v: Figures | null; k: keyof Figures; other: Figures | null; money?: boolean }) {
  const differs = !same(v, other, k);
  const shown = v === null ? '—' : money ? formatYuan(v[k]) : String(v[k]);
  return <td class={`money${differs ? ' diff' : ''}`}>{shown}{differs && <span class="sr-only"> ≠</span>}</td>;
}

function Reconciliation({ r, lang }: { r: NonNullable<LedgerData['reconciliation']>; lang: Lang }) {
  const KEYS: [keyof Figures, 'medfee' | 'fundPay' | 'acctPay' | 'count'][] = [['medfee', 'medfee'], ['fundPay', 'fundPay'], ['acctPay', 'acctPay'], ['count', 'count']];
  return (
    <div part="reconciliation">
      <h3 id="lg-recon">{lt(lang, 'recon', { month: r.month })}</h3>
      <table aria-labelledby="lg-recon" class="recon">
        <thead>
          <tr>
            <th scope="col">{lt(lang, 'group')}</th>
            <th scope="col"><span class="sr-only">{lt(lang, 'side')}</span></th>
            {KEYS.map(([, l]) => <th key={l} scope="col" class="money">{lt(lang, l)}</th>)}
            <th scope="col">{lt(lang, 'result')}</th>
          </tr>
        </thead>
        <tbody>
          {r.groups.flatMap((g) => {
            const bad = g.result === '1';
            const name = `${g.insutype} / ${g.clrType} / ${g.setlOptins}`;
            return [
              <tr key={`${name}-l`} class={bad ? 'bad-row' : undefined}>
                <th scope="row" rowSpan={2}>{name}</th>
                <th scope="row">{lt(lang, 'local')}</th>
                {KEYS.map(([k]) => <Cell key={k} v={g.local} k={k} other={g.platform} money={k !== 'count'} />)}
                <td rowSpan={2}><span class={`pill ${bad ? 'bad' : 'ok'}`}>{lt(lang, bad ? 'unbalanced' : 'balanced')}</span></td>
              </tr>,
              <tr key={`${name}-p`} class={bad ? 'bad-row' : undefined}>
                <th scope="row">{lt(lang, 'platform')}</th>
                {KEYS.map(([k]) => <Cell key={k} v={g.platform} k={k} other={g.local} money={k !== 'count'} />)}
              </tr>,
              ...(bad && g.description ? [
                <tr key={`${name}-d`} class="note-row"><td colSpan={KEYS.length + 3} class="muted small">{lt(lang, 'platformSays', { text: g.description })}</td></tr>,
              ] : []),
            ];
          })}
        </tbody>
      </table>
      <h4 id="lg-diff">{lt(lang, 'diffRows')}</h4>
      {r.details.length === 0 ? <p class="status ok small">{lt(lang, 'allRowsMatch')}</p> : (
        <table aria-labelledby="lg-diff" class="recon">
          <thead>
            <tr>
              <th scope="col">{lt(lang, 'setlId')}</th><th scope="col">{lt(lang, 'person')}</th><th scope="col">{lt(lang, 'memo')}</th>
              <th scope="col" class="money">{lt(lang, 'local')} · {lt(lang, 'medfee')}</th><th scope="col" class="money">{lt(lang, 'platform')} · {lt(lang, 'medfee')}</th>
            </tr>
          </thead>
          <tbody>
            {r.details.map((x) => (
              <tr key={`${x.setlId}|${x.refund}`} class="bad-row">
                <th scope="row">{x.setlId}{x.refund ? ` (${lt(lang, 'refund')})` : ''}</th>
                <td>{maskId(x.psnNo)}</td>
                <td>{x.local === null ? lt(lang, 'missingLocal') : x.platform === null ? lt(lang, 'missingPlatform') : x.memo.replace(/^MOCK /, '')}</td>
                <td class="money diff">{x.local ? formatYuan(x.local.medfee) : '—'}</td>
                <td class="money diff">{x.platform ? formatYuan(x.platform.medfee) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
