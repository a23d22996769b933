/**
 * "Which filing do I need?": one question per screen (GOV.UK) leading to one of the six categories
 * with its documents and the commitment option, or to its own path: already admitted →
 * file before discharge (R-4a); already paid → manual claim (R-4b); emergency → treated as filed.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { FilingCategory } from '../../../core/index.ts';
import { useApp } from '../../app/appContext.ts';
import { CATEGORIES, pick, type TextKey } from '../../app/texts.ts';
import { Button, ErrorSummary, LinkButton, Radios, ReadAloud } from '../../app/ui.ts';

type Step = 'situation' | 'length' | 'why' | 'referral';
type Outcome = { kind: 'category'; category: FilingCategory; admitted?: boolean } | { kind: 'paid' } | { kind: 'emergency' };

const QUESTIONS: Record<Step, { q: TextKey; options: readonly [string, TextKey][] }> = {
  situation: { q: 'wizQ1', options: [['planning', 'wizPlanning'], ['admitted', 'wizAdmitted'], ['paid', 'wizPaid'], ['emergency', 'wizEmergency']] },
  length: { q: 'wizQ2', options: [['long', 'wizLong'], ['short', 'wizShort']] },
  why: { q: 'wizQ3', options: [['retired', 'wizRetired'], ['work', 'wizWork'], ['live', 'wizLive']] },
  referral: { q: 'wizQ4', options: [['yes', 'wizYes'], ['no', 'wizNo']] },
};

/** The next screen or the outcome for an answer (pure; tested). */
export function nextOf(step: Step, answer: string, admitted: boolean): Step | Outcome {
  if (step === 'situation') {
    if (answer === 'paid') return { kind: 'paid' };
    if (answer === 'emergency') return { kind: 'emergency' };
    return 'length';
  }
  if (step === 'length') return answer === 'long' ? 'why' : 'referral';
  if (step === 'why') return { kind: 'category', category: answer === 'retired' ? 'LT_RETIREE_RELOCATED' : answer === 'work' ? 'LT_POSTED_WORKER' : 'LT_RESIDENT', admitted };
  return { kind: 'category', category: answer === 'yes' ? 'TMP_REFERRAL' : 'TMP_OTHER', admitted };
}

export function Wizard(): ComponentChild {
  const app = useApp();
  const [trail, setTrail] = useState<Step[]>(['situation']);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState('');
  const step = trail[trail.length - 1]!;

  const back = () => {
    if (outcome) setOutcome(null);
    else if (trail.length > 1) setTrail(trail.slice(0, -1));
    else location.hash = '#/';
    setError('');
  };

  if (outcome) {
    let body: ComponentChild[];
    if (outcome.kind === 'paid') {
      body = [h('p', { class: 'result' }, app.t('wizPaidResult')), h(LinkButton, { href: '#/claim', kind: 'primary' }, app.t('wizClaimNow'))];
    } else if (outcome.kind === 'emergency') {
      body = [h('p', { class: 'result' }, app.t('wizEmergencyResult')), h(LinkButton, { href: '#/file?category=TMP_EMERGENCY', kind: 'primary' }, app.t('wizFileNow'))];
    } else {
      const c = CATEGORIES[outcome.category];
      body = [
        h('p', { class: 'result' }, h('strong', null, pick(app.lang, c.plain)), h('span', { class: 'official' }, `（${c.official}）`)),
        outcome.admitted ? h('p', { class: 'notice' }, app.t('wizAdmittedResult')) : null,
        h('h2', null, app.t('wizDocs')), h('p', null, pick(app.lang, c.docs)),
        outcome.category.startsWith('LT_') ? h('p', { class: 'hint' }, app.t('wizCommit')) : null,
        h(LinkButton, { href: `#/file?category=${outcome.category}`, kind: 'primary' }, app.t('wizFileNow')),
      ].filter((x) => x !== null);
    }
    const text = outcome.kind === 'category' ? pick(app.lang, CATEGORIES[outcome.category].plain) : outcome.kind === 'paid' ? app.t('wizPaidResult') : app.t('wizEmergencyResult');
    return h('main', { id: 'main', tabIndex: -1 },
      h('a', { href: '#/wizard', class: 'back', onClick: (e: Event) => { e.preventDefault(); back(); } }, `‹ ${app.t('back')}`),
      h('h1', null, app.t('wizResult')), ...body, h(ReadAloud, { text, lang: app.lang, label: app.t('readAloud') }));
  }

  const q = QUESTIONS[step];
  const go = () => {
    const a = answers[step];
    if (!a) {
      setError(app.t('required'));
      return;
    }
    setError('');
    const n = nextOf(step, a, answers.situation === 'admitted');
    if (typeof n === 'string') setTrail([...trail, n]);
    else setOutcome(n);
  };
  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/', class: 'back', onClick: (e: Event) => { e.preventDefault(); back(); } }, `‹ ${app.t('back')}`),
    h(ErrorSummary, { title: app.t('errorSummary'), errors: error ? { [step]: error } : {} }),
    h('p', { class: 'caption' }, app.t('wizTitle')),
    h(Radios, { name: step, legend: app.t(q.q), asHeading: true, value: answers[step] ?? '', error: error || undefined,
      onChange: (v) => setAnswers({ ...answers, [step]: v }), options: q.options.map(([v, k]) => [v, app.t(k)] as const) }),
    h(Button, { onClick: go }, app.t('next')));
}
