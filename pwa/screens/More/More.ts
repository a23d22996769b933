/**
 * Settings and care of the data: language, larger text, changing the insurance details, the
 * "prepare this for my parent" hand-off by file (no server), and "delete all my data".
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/appContext.ts';
import { Button, LinkButton, FilePick } from '../../app/ui.ts';

export function More(): ComponentChild {
  const app = useApp();
  const [msg, setMsg] = useState('');
  const exportFile = async () => {
    const { writeHandoff } = await import('./handoff.ts');
    const blob = new Blob([writeHandoff(app.profile, app.filings, app.claims, app.now())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'yibao-handoff.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const { readHandoff } = await import('./handoff.ts');
    const r = readHandoff(await file.text());
    if (!r.ok) {
      setMsg(app.t('handoffBad'));
      return;
    }
    if (r.value.profile) await app.saveProfile(r.value.profile);
    for (const f of r.value.filings) if (!app.filings.some((x) => x.id === f.id)) await app.putRecord(f.id, 'filing', f);
    for (const c of r.value.claims) if (!app.claims.some((x) => x.id === c.id)) await app.putRecord(c.id, 'claim', c);
    setMsg(app.t('handoffDone'));
  };
  const remove = async () => {
    if (!confirm(app.t('deleteConfirm'))) return;
    await app.deleteAll();
    location.hash = '#/';
  };
  return h('main', { id: 'main', tabIndex: -1 },
    h('h1', null, app.t('moreTitle')),
    h('div', { class: 'actions' },
      h(Button, { kind: 'secondary', onClick: () => app.setLang(app.lang === 'en' ? 'zh-CN' : 'en') }, app.t('langSwitch')),
      h(Button, { kind: 'secondary', onClick: () => app.setLarge((v) => !v) }, app.large ? app.t('textSmaller') : app.t('textSize')),
      h(LinkButton, { href: '#/setup' }, app.t('editProfile')),
      h(LinkButton, { href: '#/estimate' }, app.t('homeEstimate'))),
    h('section', { class: 'panel', 'aria-labelledby': 'handoff-title' },
      h('h2', { id: 'handoff-title' }, app.t('handoffTitle')),
      h('p', null, app.t('handoffHint')),
      h(Button, { kind: 'secondary', onClick: () => void exportFile() }, app.t('handoffExport')),
      h(FilePick, { name: 'handoff', label: app.t('handoffImport'), accept: 'application/json,.json', onFiles: (f) => void importFile(f?.[0]) }),
      msg ? h('p', { role: 'status', class: 'notice' }, msg) : null),
    h('section', { class: 'panel danger', 'aria-labelledby': 'delete-title' },
      h('h2', { id: 'delete-title' }, app.t('deleteAll')),
      h(Button, { kind: 'warning', onClick: () => void remove() }, app.t('deleteAll'))));
}
