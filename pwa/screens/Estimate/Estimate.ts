/**
 * Estimate for a planned stay or visit: her out-of-pocket cost from the insured place's pack and
 * what she knows of this year; a range (estimateSettlement) when the year-to-date is unknown,
 * each assumption named. Kept (sealed) so the claim can later be set against it.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/appContext.ts';
import type { Care, EstimateView } from '../../app/engine.ts';
import { citiesOf, provinceList } from '../../app/places.ts';
import { LEVEL_NAMES, pick } from '../../app/texts.ts';
import { Button, ErrorSummary, Field, Radios, ReadAloud, Select, cstToday, isDate, yuan, type Errors } from '../../app/ui.ts';
import { Assumptions } from './Assumptions.ts';

type Level = 'PRIMARY' | 'L1' | 'L2' | 'L3';

export function Estimate(): ComponentChild {
  const app = useApp();
  const [care, setCare] = useState<Care>('inpatient');
  const [prov, setProv] = useState('11');
  const [place, setPlace] = useState('110000');
  const [level, setLevel] = useState<Level>('L3');
  const [date, setDate] = useState(cstToday(app.now() + 7 * 86_400_000));
  const [total, setTotal] = useState('');
  const [own, setOwn] = useState('');
  const [first, setFirst] = useState('unknown');
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<EstimateView | { error: string } | null>(null);

  const run = async () => {
    const engine = await import('../../app/engine.ts');
    const e: Errors = {};
    const t = engine.parseAmount(total);
    const o = own.trim() ? engine.parseAmount(own) : null;
    if (!t) e.total = app.t('amountBad');
    if (own.trim() && !o) e.own = app.t('amountBad');
    if (!isDate(date)) e.date = app.t('dateBad');
    setErrors(e);
    if (Object.keys(e).length) return;
    const r = await engine.estimate(app.profile!, app.filings, { date, place, care, level, lines: engine.plannedLines(t!, o), firstThisYear: first === 'yes' });
    setResult(r);
    if (!('error' in r)) await app.putCache(`estimate:${date}:${place}`, { date, place, care, total: t, low: r.low, high: r.high, unknowns: r.unknowns });
  };

  const view = result && !('error' in result) ? result : null;
  const pays = view?.low && view.high ? (view.low.personal === view.high.personal ? yuan(view.low.personal) : app.t('expectedRange', { low: yuan(view.low.personal), high: yuan(view.high.personal) })) : '';
  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/', class: 'back' }, `‹ ${app.t('back')}`),
    h(ErrorSummary, { title: app.t('errorSummary'), errors }),
    h('h1', null, app.t('estTitle')),
    h(Radios, { name: 'ecare', legend: app.t('care'), value: care, onChange: (v) => setCare(v as Care), options: [['inpatient', app.t('careIn')], ['outpatient', app.t('careOut')]] }),
    h(Select, { name: 'eprov', label: app.t('target'), official: app.t('targetOfficial'), value: prov, options: provinceList(), onChange: (v) => { setProv(v); setPlace(citiesOf(v)[0]![0]); } }),
    h(Select, { name: 'ecity', label: app.t('targetCity'), value: place, options: citiesOf(prov), onChange: setPlace }),
    h(Select, { name: 'elevel', label: app.t('level'), value: level, onChange: (v) => setLevel(v as Level), options: (Object.keys(LEVEL_NAMES) as Level[]).map((k) => [k, pick(app.lang, LEVEL_NAMES[k])] as const) }),
    h(Field, { name: 'date', label: app.t('visitDate'), hint: app.t('startDateHint'), value: date, onInput: setDate, inputMode: 'numeric', width: 'short', error: errors.date }),
    h(Field, { name: 'total', label: app.t('estTotal'), value: total, onInput: setTotal, inputMode: 'decimal', width: 'short', error: errors.total }),
    h(Field, { name: 'own', label: `${pick(app.lang, ['其中自费项目（元，可不填）', 'Of which self-pay items (yuan, optional)'])}`, value: own, onInput: setOwn, inputMode: 'decimal', width: 'short', error: errors.own }),
    h(Radios, { name: 'first', legend: pick(app.lang, ['今年在医保报销过吗？', 'Has the insurance paid for you this year?']), value: first, onChange: setFirst,
      options: [['yes', pick(app.lang, ['没有，这是今年第一次', 'No, this is the first time this year'])], ['unknown', pick(app.lang, ['报销过，或者记不清', 'Yes, or I am not sure'])]] }),
    h(Button, { onClick: () => void run() }, app.t('estRun')),
    result && 'error' in result ? h('p', { class: 'notice', role: 'alert' }, result.error === 'NO_POLICY' ? app.t('estNoPolicy') : result.error) : null,
    view ? h('section', { class: 'verdict', 'aria-live': 'polite' },
      view.verdict.settles ? null : h('p', { class: 'warning' }, app.lang === 'en' ? view.verdict.hint.en : view.verdict.hint.zh),
      view.low ? [
        h('h2', { key: 'p' }, `${app.t('estYouPay')}：${pays}`),
        h('p', { key: 'f' }, `${app.t('estFundPays')}：${view.low.fund === view.high!.fund ? yuan(view.low.fund) : app.t('expectedRange', { low: yuan(view.high!.fund), high: yuan(view.low.fund) })}`),
        h(ReadAloud, { key: 'r', text: `${app.t('estYouPay')} ${pays}`, lang: app.lang, label: app.t('readAloud') }),
      ] : null,
      h(Assumptions, { app, unknowns: view.unknowns }),
      h('p', { class: 'hint' }, `${pick(app.lang, ['所用政策', 'Policy used'])}：${view.policyName}`)) : null);
}
