/**
 * Manual claim (跨省手工报销, R-12 / R-4b): the invoice's amounts and lines and photos of the receipts.
 * The app shows the reimbursement the core expects (a range while her year-to-date figures are
 * unknown, each assumption named), then the claim goes through the outbox (MX5521) and its status
 * is tracked (MX5522): submitted → under review → paid / rejected with reason.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../app/appContext.ts';
import type { EstimateView } from '../../app/engine.ts';
import { citiesOf, provinceList } from '../../app/places.ts';
import { CLASS_NAMES, LEVEL_NAMES, pick } from '../../app/texts.ts';
import { Button, ErrorSummary, Field, Radios, Select, cstToday, isDate, yuan, type Errors, FilePick } from '../../app/ui.ts';
import type { ClaimLineInput, ClaimRecordView } from '../../store/types.ts';
import { Assumptions } from '../Estimate/Assumptions.ts';

type Level = ClaimRecordView['hospLv'];

export function ClaimScreen(): ComponentChild {
  const app = useApp();
  const p = app.profile!;
  const [medType, setMedType] = useState<'11' | '21'>('11');
  const [prov, setProv] = useState('11');
  const [place, setPlace] = useState('110000');
  const [level, setLevel] = useState<Level>('L1');
  const [clinic, setClinic] = useState('');
  const [invoice, setInvoice] = useState('');
  const [adm, setAdm] = useState('');
  const [date, setDate] = useState(cstToday(app.now()));
  const [lines, setLines] = useState<ClaimLineInput[]>([{ lineNo: '1', itemName: '', amount: '', chrgitmLv: '01' }]);
  const [photos, setPhotos] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [est, setEst] = useState<{ view: EstimateView; total: string } | { error: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const setLine = (i: number, patch: Partial<ClaimLineInput>) => setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  /** Checks the form; returns the parsed lines or null (errors shown). */
  const validate = async (): Promise<ClaimLineInput[] | null> => {
    const engine = await import('../../app/engine.ts');
    const e: Errors = {};
    if (!clinic.trim()) e.clinic = app.t('required');
    if (!invoice.trim()) e.invoice = app.t('required');
    if (!isDate(date)) e.date = app.t('dateBad');
    if (medType === '21' && !isDate(adm)) e.adm = app.t('dateBad');
    const parsed = lines.map((l, i) => {
      const amount = engine.parseAmount(l.amount);
      if (!amount) e[`amount${i}`] = `${i + 1}. ${app.t('amountBad')}`;
      if (!l.itemName.trim()) e[`item${i}`] = `${i + 1}. ${app.t('required')}`;
      return { ...l, itemName: l.itemName.trim(), amount: amount ?? '0' };
    });
    setErrors(e);
    return Object.keys(e).length ? null : parsed;
  };

  const compute = async () => {
    const parsed = await validate();
    if (!parsed) return null;
    const engine = await import('../../app/engine.ts');
    const view = await engine.estimate(p, app.filings, { date: medType === '21' ? adm : date, endDate: date, place, care: medType === '21' ? 'inpatient' : 'outpatient', lines: parsed, level });
    const next = 'error' in view ? view : { view, total: engine.sumAmounts(parsed.map((l) => l.amount)) };
    setEst(next);
    return { parsed, next };
  };

  const submit = async () => {
    setBusy(true);
    try {
      const r = await compute();
      if (!r) return;
      const { parsed, next } = r;
      const engine = await import('../../app/engine.ts');
      const total = engine.sumAmounts(parsed.map((l) => l.amount));
      const view = 'error' in next ? null : next.view;
      const recordId = `claim:${crypto.randomUUID()}`;
      const rec: ClaimRecordView = {
        id: recordId, medType, mdtrtarea: place, hospLv: level, clinic: clinic.trim(), invoiceNo: invoice.trim(), begndate: medType === '21' ? adm : date, enddate: date,
        total, lines: parsed, photos,
        expected: view?.low && view.high ? { low: view.low.fund, high: view.high.fund, unknowns: view.unknowns } : null,
        serverId: null, serverStatus: null, paid: null, status: 'pending', reason: null,
      };
      await app.enqueue({
        kind: 'claim-create', infno: 'MX5521', recordId, after: null, insuplc: p.insuplc, mdtrtarea: place, record: { kind: 'claim', value: rec },
        data: {
          ...(p.psnNo ? { psn_no: p.psnNo } : { certno: p.certno }), insuplc_admdvs: p.insuplc, mdtrtarea_admdvs: place, med_type: medType, hosp_lv: level,
          fixmedins_name: rec.clinic, invoice_no: rec.invoiceNo, ...(medType === '21' ? { begndate: adm } : {}), enddate: date, medfee_sumamt: total, photo_count: photos,
          lines: parsed.map((l) => ({ line_no: l.lineNo, item_name: l.itemName, amount: l.amount, chrgitm_lv: l.chrgitmLv })),
        },
      });
      location.hash = '#/reimb';
    } finally {
      setBusy(false);
    }
  };

  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/reimb', class: 'back' }, `‹ ${app.t('back')}`),
    h(ErrorSummary, { title: app.t('errorSummary'), errors }),
    h('h1', null, app.t('claimTitle'), h('span', { class: 'official' }, `（${app.t('claimOfficial')}）`)),
    h(Radios, { name: 'medType', legend: app.t('care'), value: medType, onChange: (v) => setMedType(v as '11' | '21'), options: [['11', app.t('careOut')], ['21', app.t('careIn')]] }),
    h(Select, { name: 'mprov', label: app.t('target'), official: app.t('targetOfficial'), value: prov, options: provinceList(), onChange: (v) => { setProv(v); setPlace(citiesOf(v)[0]![0]); } }),
    h(Select, { name: 'mcity', label: app.t('targetCity'), value: place, options: citiesOf(prov), onChange: setPlace }),
    h(Field, { name: 'clinic', label: app.t('clinic'), value: clinic, onInput: setClinic, error: errors.clinic }),
    h(Select, { name: 'level', label: app.t('level'), value: level, onChange: (v) => setLevel(v as Level), options: (Object.keys(LEVEL_NAMES) as Level[]).map((k) => [k, pick(app.lang, LEVEL_NAMES[k])] as const) }),
    h(Field, { name: 'invoice', label: app.t('invoiceNo'), value: invoice, onInput: setInvoice, width: 'short', error: errors.invoice }),
    medType === '21' ? h(Field, { name: 'adm', label: app.t('admDate'), hint: app.t('startDateHint'), value: adm, onInput: setAdm, inputMode: 'numeric', width: 'short', error: errors.adm }) : null,
    h(Field, { name: 'date', label: app.t('claimDate'), hint: app.t('startDateHint'), value: date, onInput: setDate, inputMode: 'numeric', width: 'short', error: errors.date }),
    h('fieldset', { class: 'field lines' },
      h('legend', null, app.t('lines')),
      lines.map((l, i) => h('div', { class: 'line', key: l.lineNo },
        h(Field, { name: `item${i}`, label: `${i + 1}. ${app.t('itemName')}`, value: l.itemName, onInput: (v) => setLine(i, { itemName: v }), error: errors[`item${i}`] }),
        h(Field, { name: `amount${i}`, label: `${i + 1}. ${app.t('amount')}`, value: l.amount, onInput: (v) => setLine(i, { amount: v }), inputMode: 'decimal', width: 'short', error: errors[`amount${i}`] }),
        h(Select, { name: `class${i}`, label: `${i + 1}. ${app.t('lineClass')}`, value: l.chrgitmLv, onChange: (v) => setLine(i, { chrgitmLv: v as ClaimLineInput['chrgitmLv'] }),
          options: (['01', '02', '03'] as const).map((k) => [k, pick(app.lang, CLASS_NAMES[k])] as const) }),
        lines.length > 1 ? h(Button, { kind: 'secondary', onClick: () => setLines(lines.filter((_, j) => j !== i)) }, `${app.t('removeLine')} ${i + 1}`) : null)),
      h(Button, { kind: 'secondary', onClick: () => setLines([...lines, { lineNo: String(Math.max(...lines.map((x) => Number(x.lineNo))) + 1), itemName: '', amount: '', chrgitmLv: '01' }]) }, app.t('addLine'))),
    h(FilePick, { name: 'receipts', label: app.t('receipts'), accept: 'image/*', multiple: true, camera: true, chosen: photos ? `${app.t('photosCount')}：${photos}` : '', onFiles: (f) => setPhotos(f?.length ?? 0) }),
    h('div', { class: 'actions' }, h(Button, { kind: 'secondary', onClick: () => void compute() }, app.t('expected')), h(Button, { onClick: () => void submit(), disabled: busy }, app.t('claimSubmit'))),
    est ? ('error' in est ? h('p', { class: 'notice' }, est.error === 'NO_POLICY' ? app.t('estNoPolicy') : est.error)
      : h('section', { class: 'verdict', 'aria-live': 'polite' },
        h('h2', null, `${app.t('expected')}：`, est.view.low && est.view.high ? app.t('expectedRange', { low: yuan(est.view.high.fund), high: yuan(est.view.low.fund) }) : '—'),
        h('p', null, `${app.t('total')} ${yuan(est.total)}`),
        est.view.verdict.settles ? null : h('p', null, app.lang === 'en' ? est.view.verdict.hint.en : est.view.verdict.hint.zh),
        h(Assumptions, { app, unknowns: est.view.unknowns, lines: true }))) : null);
}
