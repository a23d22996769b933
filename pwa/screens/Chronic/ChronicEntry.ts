/** On the visit check: a 门诊慢特病 visit is checked with her qualifications, on "My chronic conditions" (R-13, D-7). */
import { h, type ComponentChild } from 'preact';
import { useApp } from '../../app/appContext.ts';
import { LinkButton } from '../../app/ui.ts';
import { ct } from './chronicTexts.ts';

export function ChronicEntry(): ComponentChild {
  const app = useApp();
  return h('section', { class: 'panel', 'aria-labelledby': 'chronic-entry' },
    h('h2', { id: 'chronic-entry' }, ct(app.lang, 'entryTitle'), h('span', { class: 'official' }, `（${ct(app.lang, 'official')}）`)),
    h('p', null, ct(app.lang, 'entryHint')),
    h(LinkButton, { href: '#/chronic' }, ct(app.lang, 'title')));
}
