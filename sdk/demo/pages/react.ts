/**
 * A React 19 host: React sets `lines` as a property and listens to `yb-settled` natively
 * (custom-element support in React 19), no wrapper needed. No JSX: this folder compiles with
 * Preact's JSX settings.
 */
import { createElement as h, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPersonas, renderPersonas } from './demo.ts';
import { PHARMACY_CART } from './carts.ts';

function App() {
  const [last, setLast] = useState<string>('—');
  const onEvent = (e: Event) => setLast(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
  return h('main', null,
    h('div', null,
      h('section', { className: 'panel', 'aria-labelledby': 'p-h' },
        h('h2', { id: 'p-h' }, '扫码：点击参保人的医保电子凭证 / Scan: click an e-certificate'),
        h('div', { id: 'personas', className: 'personas' })),
      h('section', { className: 'panel', 'aria-labelledby': 'last-h' },
        h('h2', { id: 'last-h' }, 'React 收到的最后一个事件 / Last event React received'),
        h('pre', { className: 'log', id: 'react-last', tabIndex: 0 }, last))),
    h('div', null,
      h('yb-checkout', {
        mode: 'pharmacy', endpoint: '/fsi/api/rsfComIfsService/callService', 'fixmedins-code': 'P31010600033', opter: 'OP003',
        'mdtrtarea-admvs': '310106', 'institution-level': 'PRIMARY', networked: 'PHARMACY', 'scan-anywhere': true,
        lines: PHARMACY_CART,
        'onyb-verdict': onEvent, 'onyb-presettled': onEvent, 'onyb-settled': onEvent, 'onyb-reversed': onEvent, 'onyb-error': onEvent,
      })));
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(App)));
const personas = await loadPersonas();
await new Promise((r) => setTimeout(r, 0));
renderPersonas(document.getElementById('personas')!, personas, 'qr', ['pharmacy-ec', 'expired-other']);
