/** What she can do, in her words; the insured place she set. */
import { h, type ComponentChild } from 'preact';
import { useApp } from '../../app/appContext.ts';
import { placeName } from '../../app/places.ts';
import { INSUTYPES, pick, type TextKey } from '../../app/texts.ts';

const TASKS: readonly [string, TextKey][] = [
  ['#/wizard', 'homeWizard'], ['#/file', 'homeFile'], ['#/check', 'homeCheck'], ['#/reimb', 'homeReimb'], ['#/claim', 'homeClaim'], ['#/estimate', 'homeEstimate'], ['#/chronic', 'homeChronic'],
];

export function Home(): ComponentChild {
  const app = useApp();
  const p = app.profile!;
  return h('main', { id: 'main', tabIndex: -1 },
    h('h1', null, app.t('homeTitle')),
    h('p', { class: 'profile-line' }, `${app.t('homeProfile')}：${placeName(p.insuplc)} · ${pick(app.lang, INSUTYPES[p.insutype].plain)}${p.name ? ` · ${p.name}` : ''}`),
    h('ul', { class: 'tasks' }, TASKS.map(([href, key]) => h('li', { key: href }, h('a', { class: 'task', href }, app.t(key))))));
}
