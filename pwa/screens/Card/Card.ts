/** A printable large-print card of one filing, with a QR code of its id (uqr, no server). */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/appContext.ts';
import { placeName } from '../../app/places.ts';
import { CATEGORIES, pick } from '../../app/texts.ts';
import { Button } from '../../app/ui.ts';

export function Card(props: { id: string }): ComponentChild {
  const app = useApp();
  const f = app.filings.find((x) => x.id === props.id);
  const [svg, setSvg] = useState('');
  useEffect(() => {
    if (f?.serverId) void import('uqr').then(({ renderSVG }) => setSvg(renderSVG(f.serverId!, { border: 2 })));
  }, [f?.serverId]);
  if (!f?.serverId) return h('main', { id: 'main', tabIndex: -1 }, h('h1', null, app.t('filingsNone')));
  const c = CATEGORIES[f.category];
  return h('main', { id: 'main', tabIndex: -1, class: 'print-card' },
    h('a', { href: '#/filings', class: 'back no-print' }, `‹ ${app.t('back')}`),
    h('h1', null, app.t('cardTitle')),
    h('p', { class: 'big' }, pick(app.lang, c.plain), h('span', { class: 'official' }, `（${c.official}）`)),
    h('p', { class: 'big' }, `${app.t('targetOfficial')}：${placeName(f.targetAdmdvs)}`),
    h('p', { class: 'big' }, `${app.t('validFrom')} ${f.validFrom} ${app.t('validTo')} ${f.validTo ?? app.t('noEnd')}`),
    h('p', { class: 'big' }, `${app.t('cardId')}：`, h('strong', null, f.serverId)),
    h('div', { class: 'qr', role: 'img', 'aria-label': `QR ${f.serverId}`, dangerouslySetInnerHTML: { __html: svg } }),
    h('div', { class: 'no-print' }, h(Button, { onClick: () => print() }, app.t('print'))));
}
