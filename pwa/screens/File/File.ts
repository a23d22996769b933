/**
 * Filing (MX5502) or changing one (MX5503): category, target place, start date, contact, the
 * commitment, photos. The core decides offline first (createFiling / changeFiling: R-2,
 * R-3a–e, the R-3b lock), then the filing is saved to IndexedDB and sent through the outbox.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { FILING_CATEGORIES, type FilingCategory } from '../../../core/index.ts';
import { useApp } from '../../app/appContext.ts';
import { citiesOf, provinceList } from '../../app/places.ts';
import { CATEGORIES, pick } from '../../app/texts.ts';
import { Button, Check, ErrorSummary, Field, Radios, Select, cstToday, isDate, type Errors, FilePick } from '../../app/ui.ts';
import type { FilingRecordView } from '../../store/types.ts';
import { CATEGORY_TO_TYPE } from '../Filings/serverFilings.ts';

const param = (name: string): string | null => new URLSearchParams(location.hash.split('?')[1] ?? '').get(name);

export function FileScreen(): ComponentChild {
  const app = useApp();
  const p = app.profile!;
  const changing = app.filings.find((f) => f.id === param('change')) ?? null;
  const initial = (param('category') ?? changing?.category ?? '') as FilingCategory | '';
  const [category, setCategory] = useState<string>(initial);
  const [prov, setProv] = useState(changing?.targetAdmdvs.slice(0, 2) ?? '11');
  const [target, setTarget] = useState(changing?.targetAdmdvs ?? '110000');
  const [start, setStart] = useState(cstToday(app.now()));
  const [phone, setPhone] = useState(changing?.contactPhone ?? '');
  const [commit, setCommit] = useState(changing?.viaCommitment ?? false);
  const [docs, setDocs] = useState(changing?.docsCompleted ?? true);
  const [photos, setPhotos] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const longTerm = category.startsWith('LT_');

  const submit = async () => {
    const e: Errors = {};
    if (!category) e.category = app.t('required');
    if (!isDate(start)) e.start = app.t('dateBad');
    if (!/^1\d{10}$/.test(phone.trim())) e.phone = app.t('phoneBad');
    setErrors(e);
    if (Object.keys(e).length) return;
    setBusy(true);
    try {
      const cat = category as FilingCategory;
      const engine = await import('../../app/engine.ts');
      const input = { category: cat, targetAdmdvs: target, validFrom: start, validTo: null, viaCommitment: longTerm && commit, commitmentDocsCompleted: !(longTerm && commit) || docs };
      const gate = changing
        ? await engine.checkChange(p, app.filings, changing, input, app.now())
        : await engine.checkCreate(p, app.filings, input, app.now());
      if (!gate.ok) {
        setErrors({ category: `${pick(app.lang, [gate.hint.zh, gate.hint.en])}（${gate.rules.join(', ')}）` });
        return;
      }
      const recordId = `filing:${crypto.randomUUID()}`;
      const rec: FilingRecordView = {
        id: recordId, category: cat, targetAdmdvs: target, validFrom: start, validTo: null, viaCommitment: input.viaCommitment, docsCompleted: input.commitmentDocsCompleted,
        contactPhone: phone.trim(), photos, serverId: null, registeredAt: null, cancelledAt: null, status: 'pending', reason: null, replaces: changing?.id ?? null,
      };
      const who = p.psnNo ? { psn_no: p.psnNo } : { certno: p.certno };
      if (changing) {
        const maker = app.rows.filter((r) => r.recordId === changing.id && r.kind !== 'filing-cancel').pop();
        const pendingMaker = maker && maker.state !== 'accepted' ? maker.idem : null;
        await app.enqueue({
          kind: 'filing-change', infno: 'MX5503', recordId, after: pendingMaker, insuplc: p.insuplc, mdtrtarea: target, record: { kind: 'filing', value: rec },
          data: { filing_id: changing.serverId ?? { $ref: pendingMaker, field: 'filing_id' }, mdtrtarea_admdvs: target, filing_type: CATEGORY_TO_TYPE[cat], begndate: start },
        });
      } else {
        await app.enqueue({
          kind: 'filing-create', infno: 'MX5502', recordId, after: null, insuplc: p.insuplc, mdtrtarea: target, record: { kind: 'filing', value: rec },
          data: { ...who, insuplc_admdvs: p.insuplc, mdtrtarea_admdvs: target, filing_type: CATEGORY_TO_TYPE[cat], begndate: start, commitment_signed: input.viaCommitment, docs_completed: input.commitmentDocsCompleted },
        });
      }
      location.hash = '#/filings';
    } finally {
      setBusy(false);
    }
  };

  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/', class: 'back' }, `‹ ${app.t('back')}`),
    h(ErrorSummary, { title: app.t('errorSummary'), errors }),
    h('h1', null, changing ? app.t('change') : app.t('fileTitle'), h('span', { class: 'official' }, `（${app.t('fileOfficial')}）`)),
    h(Radios, { name: 'category', legend: app.t('category'), value: category, onChange: setCategory, error: errors.category,
      options: FILING_CATEGORIES.map((c) => [c, pick(app.lang, CATEGORIES[c].plain), CATEGORIES[c].official] as const) }),
    h(Select, { name: 'tprov', label: app.t('target'), official: app.t('targetOfficial'), value: prov, options: provinceList(), onChange: (v) => { setProv(v); setTarget(citiesOf(v)[0]![0]); } }),
    h(Select, { name: 'tcity', label: app.t('targetCity'), value: target, options: citiesOf(prov), onChange: setTarget }),
    h(Field, { name: 'start', label: app.t('startDate'), hint: app.t('startDateHint'), value: start, onInput: setStart, type: 'text', inputMode: 'numeric', width: 'short', error: errors.start }),
    h(Field, { name: 'phone', label: app.t('phone'), value: phone, onInput: setPhone, type: 'tel', inputMode: 'tel', autocomplete: 'tel', width: 'short', error: errors.phone }),
    longTerm ? h(Check, { name: 'commit', label: app.t('commit'), checked: commit, onChange: setCommit }) : null,
    longTerm && commit ? h(Check, { name: 'docs', label: app.t('docsDone'), checked: docs, onChange: setDocs }) : null,
    h(FilePick, { name: 'photos', label: app.t('photos'), accept: 'image/*', multiple: true, camera: true, chosen: photos ? `${app.t('photosCount')}：${photos}` : '', onFiles: (f) => setPhotos(f?.length ?? 0) }),
    h(Button, { onClick: () => void submit(), disabled: busy }, app.t('fileSubmit')));
}
