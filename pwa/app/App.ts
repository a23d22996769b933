/** The shell: header (language, text size), sync bar, the screen for the hash route, bottom navigation. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from './appContext.ts';
import { Card } from '../screens/Card/Card.ts';
import { Chronic } from '../screens/Chronic/Chronic.ts';
import { CheckScreen } from '../screens/Check/Check.ts';
import { ClaimScreen } from '../screens/Claim/Claim.ts';
import { Estimate } from '../screens/Estimate/Estimate.ts';
import { FileScreen } from '../screens/File/File.ts';
import { Filings } from '../screens/Filings/Filings.ts';
import { Home } from '../screens/Home/Home.ts';
import { More } from '../screens/More/More.ts';
import { Reimbursements, SettlementDetail } from '../screens/Reimbursements/Reimbursements.ts';
import { Setup } from '../screens/Setup/Setup.ts';
import { Wizard } from '../screens/Wizard/Wizard.ts';
import type { TextKey } from './texts.ts';

const route = (): string => (location.hash.replace(/^#/, '') || '/').split('?')[0]!;

function SyncBar(): ComponentChild {
  const app = useApp();
  const failed = app.rows.filter((r) => r.state === 'rejected' || r.state === 'needs-action' || (r.state === 'queued' && r.lastError));
  const live = app.rows.filter((r) => r.state === 'queued' || r.state === 'sending').length;
  const key: TextKey = app.sync === 'offline' ? 'syncOffline' : app.sync === 'syncing' ? 'syncSyncing' : app.sync === 'failed' ? 'syncFailed' : live ? 'stQueued' : app.rows.length ? 'syncDone' : 'syncIdle';
  return h('div', { class: `syncbar sync-${app.sync}`, role: 'status', 'aria-live': 'polite' },
    h('span', { 'aria-hidden': 'true' }, app.sync === 'offline' ? '⚠ ' : app.sync === 'failed' ? '✘ ' : app.sync === 'syncing' ? '⟳ ' : '✔ '),
    h('span', null, app.t(key), live ? ` (${live})` : ''),
    app.sync === 'failed' || (app.sync === 'offline' && live) ? h('button', { type: 'button', class: 'btn secondary small', onClick: () => { for (const r of failed) void app.retry(r.idem); void app.flush(); } }, app.t('retry')) : null);
}

const NAV: readonly [string, TextKey][] = [['#/', 'navHome'], ['#/filings', 'navFilings'], ['#/reimb', 'navReimb'], ['#/more', 'navMore']];

export function App(): ComponentChild {
  const app = useApp();
  const [path, setPath] = useState(route());
  useEffect(() => {
    const on = () => {
      setPath(route());
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus();
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  let screen: ComponentChild;
  if (!app.ready) screen = h('main', { id: 'main', tabIndex: -1 }, h('h1', null, app.t('appName')), h('p', null, '…'));
  else if (!app.profile || path === '/setup') screen = h(Setup, null);
  else if (path === '/wizard') screen = h(Wizard, null);
  else if (path === '/file') screen = h(FileScreen, { key: location.hash });
  else if (path === '/filings') screen = h(Filings, null);
  else if (path === '/check') screen = h(CheckScreen, null);
  else if (path === '/chronic') screen = h(Chronic, null);
  else if (path.startsWith('/card/')) screen = h(Card, { id: decodeURIComponent(path.slice(6)) });
  else if (path === '/reimb') screen = h(Reimbursements, null);
  else if (path.startsWith('/reimb/')) screen = h(SettlementDetail, { setlId: path.slice(7) });
  else if (path === '/claim') screen = h(ClaimScreen, null);
  else if (path === '/estimate') screen = h(Estimate, null);
  else if (path === '/more') screen = h(More, null);
  else screen = h(Home, null);
  const current = '#' + (path.startsWith('/reimb') || path === '/claim' ? '/reimb' : path.startsWith('/card') || path === '/file' || path === '/check' ? '/filings' : path === '/estimate' || path === '/setup' ? '/more' : ['/filings', '/more'].includes(path) ? path : '/');
  return h('div', { class: 'shell' },
    h('a', { class: 'skip', href: '#main', onClick: (e: Event) => { e.preventDefault(); document.getElementById('main')?.focus(); } }, app.t('skip')),
    h('header', { class: 'top' },
      h('span', { class: 'brand' }, app.t('appName')),
      h('div', { class: 'top-actions' },
        h('button', { type: 'button', class: 'btn secondary small', lang: app.lang === 'en' ? 'zh-CN' : 'en', onClick: () => app.setLang(app.lang === 'en' ? 'zh-CN' : 'en') }, app.t('langSwitch')),
        h('button', { type: 'button', class: 'btn secondary small', 'aria-pressed': app.large ? 'true' : 'false', onClick: () => app.setLarge((v) => !v) }, app.large ? app.t('textSmaller') : app.t('textSize')))),
    h(SyncBar, null),
    screen,
    app.profile ? h('nav', { class: 'bottom', 'aria-label': app.t('navMore') }, NAV.map(([href, k]) => h('a', { key: href, href, 'aria-current': current === href ? 'page' : undefined }, app.t(k)))) : null);
}
