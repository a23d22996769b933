/**
 * Test page for the mock's browser runtime: msw `setupWorker` (mocks/browser.ts) answers the
 * platform's endpoints inside the page's origin. Driven by test/e2e/mockBrowser.test.ts; also
 * usable by hand (`npx vite test/e2e/mock-browser` with `publicDir` = mocks/public).
 */
import { createBrowserMock } from '../../../mocks/browser.ts';
import { buildPersonas } from '../../../mocks/data/personas.ts';
import { PlatformClient } from '../../mocks/support/platformClient.ts';
import type { CallResult } from '../../mocks/support/platformClient.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const state = byId<HTMLParagraphElement>('mock-state');
const controls = byId<HTMLFieldSetElement>('controls');
const result = byId<HTMLOutputElement>('result');
const form = byId<HTMLFormElement>('query');

const client = new PlatformClient(location.origin);

/** Shows the response JSON; `aria-busy` is "true" while a request is in flight. */
async function run(call: () => Promise<CallResult>): Promise<CallResult | null> {
  result.setAttribute('aria-busy', 'true');
  result.value = '';
  try {
    const r = await call();
    result.value = typeof r.body === 'string' ? r.body : JSON.stringify(r.body, null, 2);
    return r;
  } catch (e) {
    result.value = `请求失败 / Request failed: ${e instanceof Error ? e.message : String(e)}`;
    return null;
  } finally {
    result.setAttribute('aria-busy', 'false');
  }
}

byId<HTMLButtonElement>('sign-in').addEventListener('click', async () => {
  const r = await run(() => client.call('9001', { signIn: { opter_no: client.opter, mac: '00-00-00-00-00-00', ip: '127.0.0.1' } }));
  if (r?.body?.infcode === 0) client.signNo = r.body.output.signinoutb.sign_no;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  void run(() => client.call('1101', {
    data: { mdtrt_cert_type: String(data.get('cert-type')), mdtrt_cert_no: String(data.get('cert-no')).trim() },
  }));
});

// Seeded demo persons (fake data) as suggestions for the certificate number.
byId<HTMLDataListElement>('demo-certs').append(...buildPersonas(new Date().toISOString().slice(0, 10)).map((p) => {
  const option = document.createElement('option');
  option.value = p.certno;
  option.label = `${p.key} (${p.insuinfo[0]?.insuplc_admdvs ?? ''})`;
  return option;
}));

const { worker } = createBrowserMock();
worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }).then(
  () => {
    state.dataset.state = 'ready';
    state.textContent = '模拟平台已就绪 / Mock platform ready';
    controls.disabled = false;
  },
  (e: unknown) => {
    state.dataset.state = 'failed';
    state.textContent = `模拟平台启动失败 / Mock failed to start: ${e instanceof Error ? e.message : String(e)}`;
  },
);
