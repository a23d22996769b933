import { OUTPATIENT_CART } from './carts.ts';
import { el, loadPersonas, logEvents, renderFaults, renderPersonas, showLedger } from './demo.ts';

const INSTITUTIONS: Record<string, { level: string; networked: string; admvs: string; name: string }> = {
  H31010600011: { level: 'L3', networked: 'GENERAL_OUTPATIENT CHRONIC_OUTPATIENT INPATIENT', admvs: '310106', name: '模拟市第一人民医院' },
  H31011500022: { level: 'L2', networked: 'GENERAL_OUTPATIENT INPATIENT', admvs: '310115', name: '模拟区中心医院' },
  H31011200044: { level: 'PRIMARY', networked: '', admvs: '310112', name: '模拟社区门诊部' },
};

const checkout = document.getElementById('checkout') as HTMLElement & { lines: unknown; session: { reset(): unknown } | null };
checkout.lines = OUTPATIENT_CART;
document.querySelector('#host-cart tbody')!.replaceChildren(
  ...OUTPATIENT_CART.map((l) => el('tr', {}, el('td', {}, l.name), el('td', { className: 'num' }, String(l.qty)), el('td', { className: 'num' }, `¥${l.unitPrice}`))),
);
const select = document.getElementById('institution') as HTMLSelectElement;
select.addEventListener('change', () => {
  const i = INSTITUTIONS[select.value]!;
  checkout.session?.reset();
  // The element starts a new session for the new institution when it is idle.
  checkout.setAttribute('fixmedins-code', select.value);
  checkout.setAttribute('fixmedins-name', i.name);
  checkout.setAttribute('institution-level', i.level);
  checkout.setAttribute('networked', i.networked);
  checkout.setAttribute('mdtrtarea-admvs', i.admvs);
});
logEvents(document.getElementById('log')!);
renderFaults(document.getElementById('faults')!, '2207', document.getElementById('fault-status')!);
document.getElementById('ledger-btn')!.addEventListener('click', () => void showLedger(document.getElementById('ledger')!, select.value));
const personas = await loadPersonas();
renderPersonas(document.getElementById('personas')!, personas, 'id', ['outpatient-employee', 'low-balance', 'expired-other', 'non-networked', 'emergency-unfiled', 'suspended']);

// The host's own form: <yb-checkout name="setl_id"> is a form field (ElementInternals).
const form = document.getElementById('his-form') as HTMLFormElement;
const result = document.getElementById('his-result')!;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  result.textContent = form.checkValidity() ? `已保存 / saved: setl_id=${String(new FormData(form).get('setl_id'))}` : '尚未完成医保结算 / not settled yet';
});
form.addEventListener('reset', () => {
  result.textContent = '';
});
