// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { defineCheckout } from '../../../sdk/elements/yb-checkout/define.ts';
import type { YbCheckout } from '../../../sdk/elements/yb-checkout/YbCheckout.tsx';
import type { SessionConfig } from '../../../sdk/session/types.ts';
import { mockTransport, persona } from '../session/mockTransport.ts';

// 2026-06-15 10:00 CST; the mock's personas are seeded relative to this day (mocks/README.md, Personas).
const T = Date.parse('2026-06-15T02:00:00Z');
const DRUG_A = { id: 'L1', name: '二甲双胍片', listCode: 'XA10BAA001A001010100001', qty: 2, unitPrice: '12.5' };
const DRUG_B = { id: 'L2', name: '氨氯地平片', listCode: 'XC08CAA002A001010100002', qty: 1, unitPrice: '33.8' };
let db = 0;

function mount(mode: 'pharmacy' | 'outpatient' = 'pharmacy', attrs: Record<string, string> = {}) {
  const m = mockTransport({ now: () => T });
  const el = document.createElement('yb-checkout') as YbCheckout;
  el.setAttribute('mode', mode);
  el.setAttribute('fixmedins-code', mode === 'pharmacy' ? 'P31010600033' : 'H31010600011');
  el.setAttribute('opter', 'OP1');
  el.setAttribute('mdtrtarea-admvs', '310106');
  if (mode === 'outpatient') el.setAttribute('institution-level', 'L3');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const config: Partial<SessionConfig> = { transport: m.transport, now: () => new Date(T), dbName: `checkout-el-${++db}`, retryDelaysMs: [0, 0, 0] } as Partial<SessionConfig>;
  el.config = config;
  el.lines = [DRUG_A, DRUG_B];
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['yb-verdict', 'yb-presettled', 'yb-settled', 'yb-reversed', 'yb-error']) {
    document.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  document.body.append(el);
  const ui = within(el.shadowRoot!.querySelector<HTMLElement>('.base')!);
  return { el, ui, m, events, p: (key: string) => persona(m.platform, key) };
}

async function scan(ui: ReturnType<typeof mount>['ui'], text: string) {
  const field = await ui.findByLabelText('凭证号码 / 扫码内容');
  fireEvent.input(field, { target: { value: text } });
  fireEvent.submit(field.closest('form')!);
}

beforeAll(() => defineCheckout());
afterEach(() => document.body.replaceChildren());

describe('YbCheckout', { timeout: 20_000 }, () => {
  it('runs a pharmacy sale: QR → verdict → 2101 breakdown → confirm 2102 → yb-settled, with masked data only (R-14)', async () => {
    const { el, ui, events, p, m } = mount();
    const who = p('pharmacy-ec');
    await scan(ui, who.ec_qr);
    expect(await ui.findByText('可直接结算', { selector: 'strong' }, { timeout: 5000 })).toBeTruthy();
    expect(ui.getByText(/3411\*+0012/)).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: '预结算' }));
    const confirm = await ui.findByRole('button', { name: '确认结算' }, { timeout: 5000 });
    expect(ui.getByText('请收取现金 ¥0.00')).toBeTruthy();
    fireEvent.click(confirm);
    fireEvent.click(confirm); // a double click is harmless
    expect(await ui.findByText(/^结算成功，结算号 \d{12}$/, { selector: 'strong' }, { timeout: 5000 })).toBeTruthy();
    const settled = events.filter((e) => e.type === 'yb-settled');
    expect(settled).toHaveLength(1);
    expect(settled[0]!.detail).toMatchObject({ infno: '2102', recovered: false, medfeeSumamt: '58.8' });
    expect(el.value).toBe((settled[0]!.detail as { setlId: string }).setlId);
    expect(m.sent.get('2102')).toBe(1);
    const all = JSON.stringify(events) + el.shadowRoot!.textContent;
    for (const secret of [who.certno, who.psn_name, who.psn_no]) expect(all).not.toContain(secret);
    expect(events.map((e) => e.type)).toEqual(['yb-verdict', 'yb-presettled', 'yb-settled']);
  });

  it('shows an expired filing with its reason and fix, and offers no pre-settlement (D-6, R-3)', async () => {
    const { ui, p, events } = mount('outpatient');
    await scan(ui, p('expired-other').certno);
    expect(await ui.findByText('备案已过期 10 天', { selector: 'strong' }, { timeout: 5000 })).toBeTruthy();
    expect(ui.getByText(/请在就诊前续办备案/)).toBeTruthy();
    expect(ui.queryByRole('button', { name: '预结算' })).toBeNull();
    expect(events.find((e) => e.type === 'yb-verdict')?.detail).toMatchObject({ code: 'NOT_FILED', detail: 'EXPIRED', daysSinceExpiry: 10, maskedCertNo: '5101**********0006' });
  });

  it('names a bad cart line from the JSON attribute', async () => {
    const { el, ui, p } = mount();
    el.lines = null;
    el.setAttribute('lines', JSON.stringify([DRUG_A, { ...DRUG_B, qty: 0 }]));
    await scan(ui, p('pharmacy-ec').ec_qr);
    const alert = await ui.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(/第 2 行（L2）/);
  });

  it('revokes a settlement with 2103 and emits yb-reversed', async () => {
    const { ui, p, events } = mount();
    await scan(ui, p('pharmacy-ec').ec_qr);
    fireEvent.click(await ui.findByRole('button', { name: '预结算' }, { timeout: 5000 }));
    fireEvent.click(await ui.findByRole('button', { name: '确认结算' }, { timeout: 5000 }));
    fireEvent.click(await ui.findByRole('button', { name: '撤销结算' }, { timeout: 5000 }));
    expect(await ui.findByText(/^已撤销，结算号 \d{12}$/, { selector: 'strong' }, { timeout: 5000 })).toBeTruthy();
    expect(events.find((e) => e.type === 'yb-reversed')?.detail).toMatchObject({ how: 'revoke', recovered: false });
  });

  it('ignores Enter held down (auto-repeat) on the confirm button', async () => {
    const { ui, p, m } = mount();
    await scan(ui, p('pharmacy-ec').ec_qr);
    fireEvent.click(await ui.findByRole('button', { name: '预结算' }, { timeout: 5000 }));
    const confirm = await ui.findByRole('button', { name: '确认结算' }, { timeout: 5000 });
    const repeat = new KeyboardEvent('keydown', { key: 'Enter', repeat: true, bubbles: true, cancelable: true, composed: true });
    confirm.dispatchEvent(repeat);
    expect(repeat.defaultPrevented).toBe(true);
    expect(m.sent.get('2102')).toBeUndefined();
  });

  it('takes a page-wide scan only with scan-anywhere, told from typing by timing', async () => {
    const { ui, p, m } = mount('pharmacy', { 'scan-anywhere': '' });
    const qr = p('pharmacy-ec').ec_qr;
    await ui.findByLabelText('凭证号码 / 扫码内容');
    const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    // A person: 60 ms between keys (jsdom stamps each event with its own clock).
    for (const key of [...qr.slice(0, 10), 'Enter']) {
      press(key);
      await new Promise((r) => setTimeout(r, 60));
    }
    expect(m.sent.get('decode')).toBeUndefined();
    // A scanner: the whole code in one burst.
    for (const key of [...qr, 'Enter']) press(key);
    expect(await ui.findByText('可直接结算', { selector: 'strong' }, { timeout: 5000 })).toBeTruthy();
    expect(m.sent.get('decode')).toBe(1);
  });

  it('speaks English with lang=en', async () => {
    const { ui } = mount('outpatient', { lang: 'en' });
    expect(await ui.findByRole('heading', { name: 'Medical insurance direct settlement' })).toBeTruthy();
    expect(ui.getByLabelText('Number or scanned code')).toBeTruthy();
  });
});

describe('CARE_TYPES', () => {
  it('restates the core MED_TYPES exactly (the entry loads no core code)', async () => {
    const { CARE_TYPES } = await import('../../../sdk/elements/yb-checkout/YbCheckout.tsx');
    const { MED_TYPES } = await import('../../../core/index.ts');
    expect(CARE_TYPES).toEqual(MED_TYPES);
  });
});
