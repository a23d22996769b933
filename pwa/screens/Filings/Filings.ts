/**
 * My filings: each with its state in the outbox, its validity window and a countdown to expiry
 * with a reminder before it ends (30 days); change and cancel go through the core first (R-3b).
 */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp, type App } from '../../app/appContext.ts';
import { placeName } from '../../app/places.ts';
import { CATEGORIES, pick, type TextKey } from '../../app/texts.ts';
import { Button, LinkButton, cstToday, daysBetween } from '../../app/ui.ts';
import type { OutboxRow } from '../../store/db.ts';
import type { FilingRecordView } from '../../store/types.ts';
import { importServerFilings } from './serverFilings.ts';

/** Days before the end at which the reminder shows. */
export const REMIND_DAYS = 30;

const STATE_TEXT: Record<OutboxRow['state'], TextKey> = { queued: 'stQueued', sending: 'stSending', accepted: 'stAccepted', rejected: 'stRejected', 'needs-action': 'stNeeds' };

/** What the patient sees as the filing's state: its last outbox item, else the record's own. */
export function stateOf(f: FilingRecordView, rows: readonly OutboxRow[]): { key: TextKey; row: OutboxRow | null } {
  if (f.status === 'cancelled') return { key: 'stCancelled', row: null };
  const row = rows.filter((r) => r.recordId === f.id).pop() ?? null;
  if (row && row.state !== 'accepted') return { key: STATE_TEXT[row.state], row };
  if (f.status === 'rejected') return { key: 'stRejected', row };
  if (f.status === 'needs-action') return { key: 'stNeeds', row };
  return { key: 'stAccepted', row };
}

function FilingItem(props: { app: App; f: FilingRecordView }): ComponentChild {
  const { app, f } = props;
  const [msg, setMsg] = useState('');
  const st = stateOf(f, app.rows);
  const today = cstToday(app.now());
  const left = f.validTo ? daysBetween(today, f.validTo) : null;
  const c = CATEGORIES[f.category];
  const active = f.status !== 'cancelled' && f.status !== 'rejected';
  const cancel = async () => {
    if (!confirm(app.t('cancelConfirm'))) return;
    const engine = await import('../../app/engine.ts');
    const gate = await engine.checkCancel(app.profile!, app.filings, f, app.now());
    if (!gate.ok) {
      setMsg(`${pick(app.lang, [gate.hint.zh, gate.hint.en])}（${gate.rules.join(', ')}）`);
      return;
    }
    const maker = app.rows.filter((r) => r.recordId === f.id && r.kind !== 'filing-cancel').pop();
    const pending = maker && maker.state !== 'accepted' ? maker.idem : null;
    await app.enqueue({ kind: 'filing-cancel', infno: 'MX5504', recordId: f.id, after: pending, insuplc: app.profile!.insuplc, mdtrtarea: f.targetAdmdvs,
      data: { filing_id: f.serverId ?? { $ref: pending, field: 'filing_id' } } });
  };
  return h('li', { class: 'card' },
    h('h2', null, pick(app.lang, c.plain), h('span', { class: 'official' }, `（${c.official}）`)),
    h('p', { class: `state state-${st.key}` }, h('strong', null, app.t(st.key)), st.row?.lastError && st.key !== 'stAccepted' ? ` — ${st.row.lastError.message}` : '', f.reason && st.key === 'stRejected' ? ` — ${f.reason}` : ''),
    h('dl', null,
      h('dt', null, app.t('targetOfficial')), h('dd', null, placeName(f.targetAdmdvs)),
      h('dt', null, app.t('validFrom')), h('dd', null, `${f.validFrom} ${app.t('validTo')} ${f.validTo ?? (f.category.startsWith('LT_') ? app.t('noEnd') : app.t('endByPlace'))}`),
      f.serverId ? [h('dt', null, app.t('cardId')), h('dd', null, f.serverId)] : null),
    active && left !== null ? h('p', { class: left < 0 ? 'warning' : left <= REMIND_DAYS ? 'warning' : 'countdown' },
      left < 0 ? app.t('expired') : app.t('daysLeft', { n: left }), left >= 0 && left <= REMIND_DAYS ? ` · ${app.t('expiresSoon')}` : '') : null,
    msg ? h('p', { class: 'error', role: 'alert' }, msg) : null,
    h('div', { class: 'actions' },
      st.row && (st.row.state === 'rejected' || st.row.state === 'needs-action') ? h(Button, { kind: 'secondary', onClick: () => void app.retry(st.row!.idem) }, app.t('retry')) : null,
      active && f.serverId ? h(LinkButton, { href: `#/card/${encodeURIComponent(f.id)}` }, app.t('printCard')) : null,
      active ? h(LinkButton, { href: `#/file?change=${encodeURIComponent(f.id)}` }, app.t('change')) : null,
      active ? h(Button, { kind: 'warning', onClick: () => void cancel() }, app.t('cancelFiling')) : null));
}

export function Filings(): ComponentChild {
  const app = useApp();
  useEffect(() => {
    const p = app.profile;
    if (!p?.certno || !navigator.onLine) return;
    void app.call('MX5501', { certno: p.certno }).then((r) => (r.kind === 'ok' ? importServerFilings(app, r.output.filinginfo as Record<string, unknown>[], app.filings) : undefined));
  }, []);
  const list = [...app.filings].sort((a, b) => Number(a.status === 'cancelled') - Number(b.status === 'cancelled') || b.validFrom.localeCompare(a.validFrom));
  return h('main', { id: 'main', tabIndex: -1 },
    h('h1', null, app.t('filingsTitle')),
    h('div', { class: 'actions' }, h(LinkButton, { href: '#/file', kind: 'primary' }, app.t('homeFile')), h(LinkButton, { href: '#/check' }, app.t('homeCheck'))),
    list.length ? h('ul', { class: 'cards' }, list.map((f) => h(FilingItem, { key: f.id, app, f }))) : h('p', null, app.t('filingsNone')));
}
