import { PHARMACY_CART } from './carts.ts';
import { el, loadPersonas, logEvents, renderFaults, renderPersonas, showLedger } from './demo.ts';


const checkout = document.getElementById('checkout') as HTMLElement & { lines: unknown };
checkout.lines = PHARMACY_CART;
document.querySelector('#host-cart tbody')!.replaceChildren(
  ...PHARMACY_CART.map((l) => el('tr', {}, el('td', {}, l.name), el('td', { className: 'num' }, String(l.qty)), el('td', { className: 'num' }, `¥${l.unitPrice}`))),
);
logEvents(document.getElementById('log')!);
renderFaults(document.getElementById('faults')!, '2102', document.getElementById('fault-status')!);
document.getElementById('ledger-btn')!.addEventListener('click', () => void showLedger(document.getElementById('ledger')!, 'P31010600033'));
const personas = await loadPersonas();
renderPersonas(document.getElementById('personas')!, personas, 'qr', ['pharmacy-ec', 'low-balance', 'expired-other', 'suspended', 'posted-worker']);
