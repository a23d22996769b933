/** First run: the insured place (province → city), insurance type, status; or a sample person of the mock. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Insutype, PersonStatus } from '../../../core/index.ts';
import { useApp } from '../../app/appContext.ts';
import { citiesOf, provinceList } from '../../app/places.ts';
import { INSUTYPES, STATUSES, pick } from '../../app/texts.ts';
import { Button, ErrorSummary, Field, Radios, Select, type Errors } from '../../app/ui.ts';
import type { FilingRecordView, Profile } from '../../store/types.ts';
import { importServerFilings } from '../Filings/serverFilings.ts';

interface Persona { key: string; certno: string; psn_no: string; who: string; insutype: string; insuplc_admdvs: string; policy: string | null }

/** A guess of the status from the ID number's birth date, for the sample persons only (the user confirms it). */
function guessStatus(insutype: string, birthYear: number, thisYear: number): PersonStatus {
  const age = thisYear - birthYear;
  if (insutype === '310') return age >= 60 ? 'RETIRED' : 'IN_SERVICE';
  return age >= 60 ? 'RESIDENT_ELDERLY' : age < 18 ? 'RESIDENT_MINOR' : 'RESIDENT_ADULT';
}

export function Setup(): ComponentChild {
  const app = useApp();
  const old = app.profile;
  const [prov, setProv] = useState(old?.insuplc.slice(0, 2) ?? '13');
  const [city, setCity] = useState(old?.insuplc ?? '130300');
  const [other, setOther] = useState('');
  const [insutype, setInsutype] = useState<string>(old?.insutype ?? '');
  const [status, setStatus] = useState<string>(old?.status ?? '');
  const [birth, setBirth] = useState(old?.birthYear ? String(old.birthYear) : '');
  const [errors, setErrors] = useState<Errors>({});
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [sample, setSample] = useState('');

  useEffect(() => {
    void fetch('/__mock__/personas').then((r) => (r.ok ? r.json() : null)).then((j: { personas?: Persona[] } | null) => setPersonas(j?.personas ?? [])).catch(() => setPersonas([]));
  }, []);

  const cities = citiesOf(prov);
  const submit = async () => {
    const e: Errors = {};
    const code = other.trim() || city;
    if (!/^\d{6}$/.test(code)) e.other = app.t('codeBad');
    if (!insutype) e.insutype = app.t('required');
    if (!status) e.status = app.t('required');
    if (birth && !/^(19|20)\d{2}$/.test(birth.trim())) e.birth = app.t('birthYearBad');
    setErrors(e);
    if (Object.keys(e).length) return;
    const p: Profile = { insuplc: code, insutype: insutype as Insutype, status: status as PersonStatus, birthYear: birth ? Number(birth) : null, psnNo: old?.psnNo ?? null, certno: old?.certno ?? null, policyPackId: old?.policyPackId ?? null, name: null };
    await app.saveProfile(p);
    location.hash = '#/';
  };

  const useSample = async () => {
    const p = personas?.find((x) => x.certno === sample);
    if (!p) {
      setErrors({ sample: app.t('required') });
      return;
    }
    const birthYear = Number(p.certno.slice(6, 10));
    const profile: Profile = {
      insuplc: p.insuplc_admdvs, insutype: p.insutype as Insutype, status: guessStatus(p.insutype, birthYear, new Date(app.now()).getUTCFullYear()), birthYear,
      psnNo: p.psn_no, certno: p.certno, policyPackId: p.policy, name: p.who,
    };
    await app.saveProfile(profile);
    const r = await app.call('MX5501', { certno: p.certno });
    if (r.kind === 'ok') await importServerFilings(app, r.output.filinginfo as Record<string, unknown>[], [] as FilingRecordView[]);
    location.hash = '#/';
  };

  const statusOptions = (Object.keys(STATUSES) as PersonStatus[])
    .filter((s) => !insutype || (insutype === '310' ? s === 'IN_SERVICE' || s === 'RETIRED' : s.startsWith('RESIDENT')))
    .map((s) => [s, pick(app.lang, STATUSES[s])] as const);

  return h('main', { id: 'main', tabIndex: -1 },
    h(ErrorSummary, { title: app.t('errorSummary'), errors }),
    h('h1', null, app.t('setupTitle')),
    h('p', { class: 'lead' }, app.t('setupHint')),
    h(Select, { name: 'province', label: app.t('province'), official: app.t('provinceOfficial'), value: prov, options: provinceList(), onChange: (v) => { setProv(v); setCity(citiesOf(v)[0]![0]); } }),
    h(Select, { name: 'city', label: app.t('city'), value: city, options: cities, onChange: setCity }),
    h(Field, { name: 'other', label: app.t('otherCode'), value: other, onInput: setOther, inputMode: 'numeric', width: 'short', error: errors.other }),
    h(Radios, { name: 'insutype', legend: app.t('insutype'), official: app.t('insutypeOfficial'), value: insutype, onChange: (v) => { setInsutype(v); setStatus(''); }, error: errors.insutype,
      options: (Object.keys(INSUTYPES) as Insutype[]).map((k) => [k, pick(app.lang, INSUTYPES[k].plain), INSUTYPES[k].official] as const) }),
    h(Radios, { name: 'status', legend: app.t('status'), official: app.t('statusOfficial'), value: status, onChange: setStatus, options: statusOptions, error: errors.status }),
    h(Field, { name: 'birth', label: app.t('birthYear'), hint: app.t('birthYearHint'), value: birth, onInput: setBirth, inputMode: 'numeric', width: 'short', error: errors.birth }),
    h(Button, { onClick: () => void submit() }, app.t('start')),
    h('section', { class: 'panel', 'aria-labelledby': 'sample-title' },
      h('h2', { id: 'sample-title' }, app.t('samplePerson')),
      h('p', { class: 'hint' }, app.t('sampleHint')),
      personas === null ? h('p', null, '…') : personas.length === 0 ? h('p', null, app.t('sampleNone')) : [
        h(Select, { name: 'sample', label: app.t('samplePerson'), value: sample, error: errors.sample, onChange: setSample,
          options: [['', '—'] as const, ...personas.map((p) => [p.certno, `${p.certno} · ${p.who}`] as const)] }),
        h(Button, { kind: 'secondary', onClick: () => void useSample() }, app.t('samplePerson')),
      ]));
}
