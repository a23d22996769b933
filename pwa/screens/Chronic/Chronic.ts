/**
 * My chronic conditions (门诊慢特病, R-13): the qualifications her insured place recognised (MX5505,
 * the rows of 5301), kept sealed on the phone so the page works offline after the first look-up;
 * each with its validity, a reminder 30 days before it ends and, once lapsed, what to do. Below:
 * will a chronic visit settle directly (the core's D-7 verdict and hint, offline) and what it
 * would cost, with what is left of the disease's annual limit this year (DF-18, from MX5505's
 * accumulators), the limit alone when those are not known, or that the pack gives none.
 */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '../../../core/index.ts';
import { useApp, type App } from '../../app/appContext.ts';
import { citiesOf, placeName, provinceList } from '../../app/places.ts';
import { Button, ErrorSummary, Field, ReadAloud, Select, cstToday, isDate, yuan, type Errors } from '../../app/ui.ts';
import type { ChronicEstimate, LimitView, QualificationRow, QualificationView } from './chronicEngine.ts';
import { ct, type ChronicKey } from './chronicTexts.ts';

/** The sealed cache of the last look-up. */
export const CACHE_ID = 'chronic:qualifications';
/** `ytd`: MX5505's year-to-date accumulators as sent (the core's `yibao.ytd`); absent in a cache from before it, or null: unknown. */
interface Cached { rows: QualificationRow[]; at: string; ytd?: unknown }

type Load = { kind: 'loading' } | { kind: 'ready'; rows: QualificationRow[]; at: string; offline: boolean; ytd: unknown } | { kind: 'empty-offline' } | { kind: 'refused'; message: string } | { kind: 'no-id' };

const engine = () => import('./chronicEngine.ts');

function useQualifications(app: App): Load {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    const p = app.profile!;
    const run = async () => {
      const cached = await app.getCache<Cached>(CACHE_ID);
      const fromCache = (): Load => (cached ? { kind: 'ready', rows: cached.rows, at: cached.at, offline: true, ytd: cached.ytd ?? null } : { kind: 'empty-offline' });
      if (!p.certno && !p.psnNo) return setLoad(cached ? fromCache() : { kind: 'no-id' });
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return setLoad(fromCache());
      const r = await app.call('MX5505', { ...(p.psnNo ? { psn_no: p.psnNo } : { certno: p.certno }), insuplc_admdvs: p.insuplc });
      if (r.kind === 'unreachable') return setLoad(fromCache());
      if (r.kind === 'refused') return setLoad({ kind: 'refused', message: r.message });
      const rows = (await engine()).readQualificationRows(r.output.feedetail);
      const at = new Date(app.now() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
      const ytd: unknown = r.output.ytd ?? null;
      await app.putCache(CACHE_ID, { rows, at, ytd } satisfies Cached);
      setLoad({ kind: 'ready', rows, at, offline: false, ytd });
    };
    void run();
    // Back online: look up again, so an offline notice never outlives the outage.
    const online = () => void run();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  return load;
}

function QualificationItem(props: { app: App; q: QualificationView }): ComponentChild {
  const { app, q } = props;
  const t = (k: ChronicKey, v?: Record<string, string | number>) => ct(app.lang, k, v);
  const s = q.state;
  const state = s.kind === 'lapsed' ? t('lapsed', { n: s.daysSince }) : s.kind === 'not-yet' ? t('notYet', { date: q.begin }) : t('valid');
  return h('li', { class: 'card' },
    h('h2', null, app.lang === 'en' ? q.name.en : q.name.zh,
      h('span', { class: 'official' }, `（${q.officialName !== (app.lang === 'en' ? q.name.en : q.name.zh) ? `${q.officialName} · ` : ''}${q.code}）`)),
    h('p', { class: `state ${s.kind === 'valid' ? 'state-stAccepted' : 'state-stRejected'}` }, h('strong', null, state)),
    h('dl', null,
      h('dt', null, t('validity')), h('dd', null, `${q.begin} ${app.t('validTo')} ${q.end ?? t('noEnd')}`),
      q.institution ? [h('dt', { key: 'i' }, t('recognisedBy'), h('span', { class: 'official' }, `（${t('recognisedByOfficial')}）`)), h('dd', { key: 'd' }, q.institution)] : null,
      q.recognisedOn ? [h('dt', { key: 'o' }, t('recognisedOn')), h('dd', { key: 'e' }, q.recognisedOn)] : null),
    s.kind === 'valid' && s.daysLeft !== null ? h('p', { class: s.soon ? 'warning' : 'countdown' }, t('daysLeft', { n: s.daysLeft }), s.soon ? ` · ${t('soon')}` : '') : null,
    s.kind === 'lapsed' ? h('p', { class: 'warning' }, t('lapsedTodo')) : null,
    q.enabled === false ? h('p', { class: 'warning' }, t('notEnabled')) : q.enabled === null ? h('p', { class: 'hint' }, t('enabledUnknown')) : null);
}

/** The disease's annual limit (DF-18): what is left this year when the accumulators are known, else the limit and that the estimate assumes it is not used up. */
function LimitLines(props: { app: App; limit: LimitView; at: string }): ComponentChild {
  const { app, limit } = props;
  const t = (k: ChronicKey, v?: Record<string, string | number>) => ct(app.lang, k, v);
  if (limit.kind === 'unknown') return h('p', { class: 'warning' }, t('limitUnknown'));
  if (limit.kind === 'none') return h('p', null, t('limitNone'));
  if (limit.left !== null && limit.used !== null) {
    return [
      h('p', { key: 'l' }, h('strong', null, t('limitLeft', { left: yuan(limit.left) }))),
      h('p', { class: 'hint', key: 'u' }, t('limitUsed', { limit: yuan(limit.limit), used: yuan(limit.used), at: props.at })),
    ];
  }
  return [h('p', { key: 'l' }, t('limit', { limit: yuan(limit.limit) })), h('p', { class: 'hint', key: 'u' }, t('limitUsedUnknown'))];
}

function VisitCheck(props: { app: App; list: QualificationView[]; rows: QualificationRow[]; ytd: unknown; at: string }): ComponentChild {
  const { app, list, rows } = props;
  const t = (k: ChronicKey, v?: Record<string, string | number>) => ct(app.lang, k, v);
  const target = app.filings.find((f) => f.status === 'valid')?.targetAdmdvs ?? '110000';
  const [code, setCode] = useState(list.find((q) => q.state.kind === 'valid')?.code ?? list[0]!.code);
  const [date, setDate] = useState(cstToday(app.now() + 86_400_000));
  const [prov, setProv] = useState(target.slice(0, 2));
  const [place, setPlace] = useState(citiesOf(target.slice(0, 2)).find(([c]) => c === target)?.[0] ?? citiesOf(target.slice(0, 2))[0]![0]);
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [est, setEst] = useState<ChronicEstimate | { error: string } | null>(null);
  const visit = { date, place, diseaseCode: code };
  const check = async () => {
    if (!isDate(date)) return setErrors({ date: app.t('dateBad') });
    setErrors({});
    setVerdict(await (await engine()).checkChronicVisit(app.profile!, app.filings, rows, visit));
  };
  const estimate = async () => {
    const e = await import('../../app/engine.ts');
    const a = e.parseAmount(amount);
    const errs: Errors = {};
    if (!isDate(date)) errs.date = app.t('dateBad');
    if (!a) errs.amount = app.t('amountBad');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setEst(await (await engine()).estimateChronicVisit(app.profile!, app.filings, rows, { ...visit, amount: a! }, props.ytd));
  };
  const hint = verdict ? (app.lang === 'en' ? verdict.hint.en : verdict.hint.zh) : '';
  const title = verdict ? t(verdict.settles ? 'yes' : 'no') : '';
  const view = est && !('error' in est) ? est : null;
  const range = (lo: string, hi: string) => (lo === hi ? yuan(lo) : t('range', { low: yuan(lo), high: yuan(hi) }));
  return h('section', { class: 'panel', 'aria-labelledby': 'chronic-check' },
    h(ErrorSummary, { title: app.t('errorSummary'), errors }),
    h('h2', { id: 'chronic-check' }, t('checkTitle'), h('span', { class: 'official' }, `（${app.t('checkOfficial')}）`)),
    h(Select, { name: 'disease', label: t('disease'), official: t('diseaseOfficial'), value: code, onChange: (v) => { setCode(v); setVerdict(null); setEst(null); },
      options: list.map((q) => [q.code, `${app.lang === 'en' ? q.name.en : q.name.zh}（${q.code}）`] as const) }),
    h(Field, { name: 'date', label: app.t('visitDate'), hint: app.t('startDateHint'), value: date, onInput: setDate, inputMode: 'numeric', width: 'short', error: errors.date }),
    h(Select, { name: 'chprov', label: app.t('target'), official: app.t('targetOfficial'), value: prov, options: provinceList(), onChange: (v) => { setProv(v); setPlace(citiesOf(v)[0]![0]); } }),
    h(Select, { name: 'chcity', label: t('place'), value: place, options: citiesOf(prov), onChange: setPlace }),
    h(Button, { onClick: () => void check() }, t('check')),
    verdict ? h('section', { class: `verdict ${verdict.settles ? 'verdict-yes' : 'verdict-no'}`, 'aria-live': 'polite' },
      h('h3', null, verdict.settles ? '✔ ' : '✘ ', title),
      h('p', null, hint),
      // A long code (CHRONIC_NOT_QUALIFIED/LAPSED) breaks where it must at the largest text size.
      h('p', { class: 'hint', style: { overflowWrap: 'anywhere' } }, `${placeName(place)} · ${date} · ${verdict.code}${verdict.chronic?.detail ? `/${verdict.chronic.detail}` : ''}${verdict.rules.length ? ` (${verdict.rules.join(', ')})` : ''}`),
      h(ReadAloud, { text: `${title}。${hint}`, lang: app.lang, label: app.t('readAloud') })) : null,
    h('h2', null, t('estTitle')),
    h(Field, { name: 'amount', label: t('amount'), value: amount, onInput: setAmount, inputMode: 'decimal', width: 'short', error: errors.amount }),
    h(Button, { kind: 'secondary', onClick: () => void estimate() }, t('estRun')),
    est && 'error' in est ? h('p', { class: 'notice', role: 'alert' }, est.error === 'NO_POLICY' ? t('noPolicy') : est.error) : null,
    view ? h('section', { class: 'verdict', 'aria-live': 'polite' },
      view.verdict.settles ? null : h('p', { class: 'warning' }, app.lang === 'en' ? view.verdict.hint.en : view.verdict.hint.zh),
      view.low && view.high ? [
        h('h3', { key: 'p' }, `${t('youPay')}：${range(view.low.personal, view.high.personal)}`),
        h('p', { key: 'f' }, `${t('fundPays')}：${range(view.high.fund, view.low.fund)}`),
      ] : null,
      h(LimitLines, { app, limit: view.limit, at: props.at }),
      h('p', { class: 'hint' }, `${t('policyUsed')}：${view.policyName}`)) : null);
}

export function Chronic(): ComponentChild {
  const app = useApp();
  const t = (k: ChronicKey, v?: Record<string, string | number>) => ct(app.lang, k, v);
  const load = useQualifications(app);
  const [list, setList] = useState<QualificationView[] | null>(null);
  useEffect(() => {
    if (load.kind === 'ready') void engine().then((e) => e.viewQualifications(app.profile!, load.rows, cstToday(app.now()))).then(setList);
  }, [load]);
  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/', class: 'back' }, `‹ ${app.t('back')}`),
    h('h1', null, t('title'), h('span', { class: 'official' }, `（${t('official')}）`)),
    h('p', null, t('intro')),
    load.kind === 'loading' || (load.kind === 'ready' && list === null) ? h('p', null, '…') : null,
    load.kind === 'no-id' ? h('p', { class: 'notice' }, t('noId')) : null,
    load.kind === 'empty-offline' ? h('p', { class: 'notice', role: 'status' }, t('offlineNever')) : null,
    load.kind === 'refused' ? h('p', { class: 'notice', role: 'alert' }, t('refused', { msg: load.message })) : null,
    load.kind === 'ready' && load.offline ? h('p', { class: 'notice', role: 'status' }, t('offline', { at: load.at })) : null,
    load.kind === 'ready' && list ? [
      list.length ? h('ul', { class: 'cards', key: 'l' }, list.map((q) => h(QualificationItem, { key: `${q.code}-${q.begin}`, app, q }))) : h('p', { key: 'n' }, t('none')),
      h('p', { class: 'hint', key: 'a' }, `${t('lastChecked')}：${load.at}`),
      list.length ? h(VisitCheck, { key: 'c', app, list, rows: load.rows, ytd: load.ytd, at: load.at }) : null,
    ] : null);
}
