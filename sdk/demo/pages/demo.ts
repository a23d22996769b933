/**
 * Shared by the demo pages: the mock's personas with their QR codes, a simulated keyboard-wedge
 * scanner, fault controls, the host's event log and the mock's ledger. No inline scripts anywhere
 * (the strict-CSP page uses the same code).
 */
export interface DemoPersona {
  key: string;
  certno: string;
  card_no: string;
  card_sn: string;
  ec_qr: string;
  who: string;
  demonstrates: string;
  med_type: string;
}

export async function loadPersonas(): Promise<DemoPersona[]> {
  const res = await fetch('/__mock__/personas');
  const body = (await res.json()) as { personas: DemoPersona[] };
  return body.personas;
}

/**
 * Types `text` and Enter as a keyboard-wedge scanner does: one fast burst of keydown events from
 * the focused element, which the element's page-wide capture (`scan-anywhere`) takes as a scan.
 */
export function simulateScan(text: string, from: Element = document.activeElement ?? document.body): void {
  for (const key of [...text, 'Enter']) from.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};
export { el };

/**
 * Persona cards: the QR code as an image (click it to "scan"), the ID number and social-card
 * numbers to type. `use` picks what a click scans: the QR (pharmacy) or the ID number (outpatient).
 */
export function renderPersonas(target: HTMLElement, personas: readonly DemoPersona[], use: 'qr' | 'id', keys?: readonly string[]): void {
  const shown = keys ? keys.map((k) => personas.find((p) => p.key === k)).filter((p): p is DemoPersona => !!p) : personas;
  target.replaceChildren(
    ...shown.map((p) => {
      const label = `${use === 'qr' ? '扫码' : '刷身份证'}：${p.who} / scan ${p.key}`;
      const face = use === 'qr'
        ? el('img', { src: `/qr/${p.ec_qr}.svg`, alt: `医保电子凭证二维码 ${p.key}` })
        : el('span', { className: 'idcard' }, `刷身份证 / read ID card: ${p.key}`);
      const button = el('button', { type: 'button', className: 'qr', title: label }, face);
      // A QR image needs a name; a text button is named by its text (axe: label-content-name-mismatch).
      if (use === 'qr') button.setAttribute('aria-label', label);
      button.dataset.persona = p.key;
      button.addEventListener('click', () => simulateScan(use === 'qr' ? p.ec_qr : p.certno, button));
      return el('article', { className: 'persona' },
        button,
        el('p', { className: 'who' }, el('span', { className: 'tag' }, p.key), ' ', p.who),
        el('p', { className: 'note' }, p.demonstrates),
        el('p', {}, '身份证 / ID: ', el('code', {}, p.certno)),
        el('p', {}, '社保卡 / card: ', el('code', {}, `${p.card_no} · ${p.card_sn}`)),
      );
    }),
  );
}

/** Fault buttons: the next settlement's reply is lost after commit, or never arrives, or is slow. */
export function renderFaults(target: HTMLElement, settleInfno: string, status: HTMLElement): void {
  const set = async (label: string, body: unknown) => {
    const res = await fetch('/__mock__/scenario', { method: body ? 'POST' : 'DELETE', ...(body ? { body: JSON.stringify(body) } : {}) });
    status.textContent = res.ok ? `已设置 / set: ${label}` : `失败 / failed: HTTP ${res.status}`;
  };
  const button = (label: string, body: unknown, id: string) => {
    const b = el('button', { type: 'button', className: 'ctl', id }, label);
    b.addEventListener('click', () => void set(label, body));
    return b;
  };
  target.replaceChildren(
    button('下一笔结算：已入账但回复丢失 / lost after commit', { rules: [{ kind: 'lost-after-commit', infno: settleInfno, times: 1 }] }, 'fault-lost'),
    button('下一笔结算：无回复（未处理）/ no reply', { rules: [{ kind: 'no-reply', infno: settleInfno, times: 1 }] }, 'fault-noreply'),
    button('下一笔结算：延迟 4 秒 / 4 s latency', { rules: [{ kind: 'latency', infno: settleInfno, delayMs: 4000, times: 1 }] }, 'fault-slow'),
    button('清除故障 / clear faults', null, 'fault-clear'),
  );
}

/** Logs every yb- event the host page receives (the details carry no personal data). */
export function logEvents(target: HTMLElement): void {
  for (const type of ['yb-verdict', 'yb-presettled', 'yb-settled', 'yb-reversed', 'yb-error']) {
    document.addEventListener(type, (e) => {
      const line = `${new Date().toLocaleTimeString('zh-CN')} ${type} ${JSON.stringify((e as CustomEvent).detail)}\n`;
      target.textContent = line + (target.textContent ?? '');
    });
  }
}

/** The mock's ledger for one institution (what 3201 reconciles against). */
export async function showLedger(target: HTMLElement, fixmedinsCode: string): Promise<void> {
  const res = await fetch(`/__mock__/ledger?fixmedins_code=${encodeURIComponent(fixmedinsCode)}`);
  target.textContent = JSON.stringify(await res.json(), null, 1);
}
