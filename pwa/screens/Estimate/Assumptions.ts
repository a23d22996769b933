/** Each assumption behind an estimate, named in plain words. */
import { h, type ComponentChild } from 'preact';
import type { App } from '../../app/appContext.ts';

export function Assumptions(props: { app: App; unknowns: readonly string[]; lines?: boolean }): ComponentChild {
  const { app } = props;
  const items: string[] = [];
  if (props.unknowns.some((u) => u.startsWith('ytd'))) items.push(app.t('unknownYtd'), app.t('unknownCaps'));
  if (props.unknowns.some((u) => u.includes('reductionPoints'))) items.push(app.t('unknownReduction'));
  if (props.lines) items.push(app.t('assumeClass'));
  if (!items.length) return null;
  return h('div', { class: 'assumptions' }, h('p', null, app.t('assumptions')), h('ul', null, items.map((t) => h('li', { key: t }, t))));
}
