/** "Will a visit on date X at place Y for care type Z settle directly?" — the core's verdict and fix-it hint, offline. */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { Verdict } from '../../../core/index.ts';
import { useApp } from '../../app/appContext.ts';
import type { Care } from '../../app/engine.ts';
import { citiesOf, placeName, provinceList } from '../../app/places.ts';
import { ChronicEntry } from '../Chronic/ChronicEntry.ts';
import { Button, Check, ErrorSummary, Field, Radios, ReadAloud, Select, cstToday, isDate, type Errors } from '../../app/ui.ts';

export function CheckScreen(): ComponentChild {
  const app = useApp();
  const tomorrow = cstToday(app.now() + 86_400_000);
  const lastTarget = app.filings.find((f) => f.status === 'valid')?.targetAdmdvs ?? '110000';
  const [date, setDate] = useState(tomorrow);
  const [prov, setProv] = useState(lastTarget.slice(0, 2));
  const [place, setPlace] = useState(citiesOf(lastTarget.slice(0, 2)).find(([c]) => c === lastTarget)?.[0] ?? citiesOf(lastTarget.slice(0, 2))[0]![0]);
  const [care, setCare] = useState<Care>('outpatient');
  const [networked, setNetworked] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const run = async () => {
    if (!isDate(date)) {
      setErrors({ date: app.t('dateBad') });
      return;
    }
    setErrors({});
    const engine = await import('../../app/engine.ts');
    setVerdict(await engine.checkVisit(app.profile!, app.filings, { date, place, care, networked }));
  };
  const hint = verdict ? (app.lang === 'en' ? verdict.hint.en : verdict.hint.zh) : '';
  const title = verdict ? (verdict.settles ? app.t('yesDirect') : app.t('noDirect')) : '';
  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/filings', class: 'back' }, `‹ ${app.t('back')}`),
    h(ErrorSummary, { title: app.t('errorSummary'), errors }),
    h('h1', null, app.t('checkTitle'), h('span', { class: 'official' }, `（${app.t('checkOfficial')}）`)),
    h(Field, { name: 'date', label: app.t('visitDate'), hint: app.t('startDateHint'), value: date, onInput: setDate, inputMode: 'numeric', width: 'short', error: errors.date }),
    h(Select, { name: 'cprov', label: app.t('target'), official: app.t('targetOfficial'), value: prov, options: provinceList(), onChange: (v) => { setProv(v); setPlace(citiesOf(v)[0]![0]); } }),
    h(Select, { name: 'ccity', label: app.t('targetCity'), value: place, options: citiesOf(prov), onChange: setPlace }),
    h(Radios, { name: 'care', legend: app.t('care'), value: care, onChange: (v) => setCare(v as Care), options: [['outpatient', app.t('careOut')], ['inpatient', app.t('careIn')], ['emergency', app.t('careEm')]] }),
    h(Check, { name: 'networked', label: app.t('networked'), checked: networked, onChange: setNetworked }),
    h(Button, { onClick: () => void run() }, app.t('check')),
    verdict ? h('section', { class: `verdict ${verdict.settles ? 'verdict-yes' : 'verdict-no'}`, 'aria-live': 'polite' },
      h('h2', null, verdict.settles ? '✔ ' : '✘ ', title),
      h('p', null, hint),
      h('p', { class: 'hint' }, `${placeName(place)} · ${date} · ${verdict.code}${verdict.rules.length ? ` (${verdict.rules.join(', ')})` : ''}`),
      h(ReadAloud, { text: `${title}。${hint}`, lang: app.lang, label: app.t('readAloud') })) : null,
    h(ChronicEntry, null));
}
