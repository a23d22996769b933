import { findPolicyPack } from '../../../core/index.ts';
import { CHRONIC_CART } from './carts.ts';
import { el, loadPersonas, logEvents, renderPersonas } from './demo.ts';

/** Where the chronic personas are treated: 廊坊 retirees in 北京, the SYNTHETIC limit persona in 上海. */
const INSTITUTIONS: Record<string, { level: string; admvs: string; name: string }> = {
  H11010500055: { level: 'L2', admvs: '110105', name: '模拟北京朝阳医院' },
  H31010600011: { level: 'L3', admvs: '310106', name: '模拟市第一人民医院' },
};
const DISEASES: Record<string, string> = { M01600: '糖尿病', M03900: '高血压病' };

const checkout = document.getElementById('checkout') as HTMLElement & { lines: unknown; config: object; session: { reset(): unknown } | null };
const select = document.getElementById('institution') as HTMLSelectElement;
const disease = document.getElementById('disease') as HTMLSelectElement;
/** A 门诊慢特病 visit: med_type 14 with the disease code the HIS records (2203 dise_codg). */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const visitConfig = () => ({
  // The host's 参保地 pack, so the verdict knows which diseases the insured place enables (D-7); none: the platform decides.
  policy: (insuplc: string, insutype: string) => findPolicyPack({ insuplcAdmdvs: insuplc, insutype: insutype as '310' | '390', date: today() }).catch(() => undefined),
  visit: { dept_code: 'NFM', dept_name: '内分泌科', caty: 'A03', atddr_no: 'DR014', dr_name: '门诊医生', med_type: '14', dise_codg: disease.value, dise_name: DISEASES[disease.value] },
});
checkout.lines = CHRONIC_CART;
checkout.config = visitConfig();
document.querySelector('#host-cart tbody')!.replaceChildren(
  ...CHRONIC_CART.map((l) => el('tr', {}, el('td', {}, l.name), el('td', { className: 'num' }, String(l.qty)), el('td', { className: 'num' }, `¥${l.unitPrice}`))),
);
select.addEventListener('change', () => {
  const i = INSTITUTIONS[select.value]!;
  checkout.session?.reset();
  checkout.setAttribute('fixmedins-code', select.value);
  checkout.setAttribute('fixmedins-name', i.name);
  checkout.setAttribute('institution-level', i.level);
  checkout.setAttribute('mdtrtarea-admvs', i.admvs);
});
disease.addEventListener('change', () => {
  checkout.session?.reset();
  checkout.config = visitConfig();
});
logEvents(document.getElementById('log')!);
const personas = await loadPersonas();
renderPersonas(document.getElementById('personas')!, personas, 'id', ['chronic-langfang', 'chronic-lapsed', 'chronic-limit']);
