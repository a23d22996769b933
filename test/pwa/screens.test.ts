// @vitest-environment jsdom
/**
 * Component tests of the PWA's screens through the user's eyes (jsdom, @testing-library/preact,
 * fake-indexeddb), the platform being the mock's dispatch (test/pwa/support/mockSend.ts).
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { h, type FunctionComponent } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../pwa/app/appContext.ts';
import { openPwaDb } from '../../pwa/store/db.ts';
import { writeRecord } from '../../pwa/store/records.ts';
import { deviceKey } from '../../pwa/store/seal.ts';
import type { Profile } from '../../pwa/store/types.ts';
import { nextOf } from '../../pwa/screens/Wizard/Wizard.ts';
import { mockSend } from './support/mockSend.ts';

// The shell reaches <yb-breakdown> (.tsx, checked by pwa/tsconfig.json with JSX); a computed
// specifier keeps the root type-check (no JSX) out of that graph.
const APP = '../../pwa/app/App.ts';
const { App } = (await import(APP)) as { App: FunctionComponent };

// Persona emergency-unfiled (mocks/README.md): 420106 / 310, no filing, pack synthetic-310-examples.
const PERSONA: Profile = {
  insuplc: '420106', insutype: '310', status: 'IN_SERVICE', birthYear: 1992, psnNo: '42000000000000000050', certno: '420106199201150005',
  policyPackId: 'synthetic-310-examples', name: null,
};

let n = 0;
let dbName = '';
beforeEach(() => {
  dbName = `screens-${++n}`;
  location.hash = '#/';
  localStorage.clear();
});
afterEach(() => cleanup());

async function seedProfile(p: Profile): Promise<void> {
  const db = await openPwaDb(dbName);
  await writeRecord(db, await deviceKey(db), 'profile', 'profile', p);
  db.close();
}

function mount(send = mockSend({ now: () => Date.parse('2026-12-01T02:00:00Z') }).send) {
  return render(h(AppProvider, { send, dbName, now: () => Date.parse('2026-12-01T02:00:00Z') }, h(App, null)));
}

const go = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

describe('Setup', () => {
  it('asks for the insured place, insurance and status, and names each missing answer in a summary', async () => {
    mount();
    await screen.findByRole('heading', { name: '先说说您的医保' });
    expect(document.documentElement.lang).toBe('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '开始使用' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual(['请填写这一项', '请填写这一项']);
    fireEvent.click(screen.getByLabelText(/职工医保/));
    fireEvent.click(screen.getByLabelText('退休职工'));
    fireEvent.input(screen.getByLabelText('出生年份（可不填）'), { target: { value: '58' } });
    fireEvent.click(screen.getByRole('button', { name: '开始使用' }));
    expect(await screen.findByText('请填 4 位年份，例如 1958', { selector: 'a' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('出生年份（可不填）'), { target: { value: '1958' } });
    fireEvent.click(screen.getByRole('button', { name: '开始使用' }));
    expect(await screen.findByRole('heading', { name: '您好，想办什么事？' })).toBeTruthy();
    expect(screen.getByText(/河北 秦皇岛 \(130300\)/)).toBeTruthy();
  });
});

describe('App', () => {
  it('switches to English and back, and to the larger text size', async () => {
    await seedProfile(PERSONA);
    mount();
    await screen.findByRole('heading', { name: '您好，想办什么事？' });
    fireEvent.click(screen.getAllByRole('button', { name: 'English' })[0]!);
    expect(await screen.findByRole('heading', { name: 'Hello, what do you need?' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    await waitFor(() => expect(document.documentElement.classList.contains('large')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '您好，想办什么事？' })).toBeTruthy();
  });
});

describe('FileScreen', { timeout: 20_000 }, () => {
  it('saves the filing first and shows it accepted once the outbox has sent it (MX5502)', async () => {
    await seedProfile(PERSONA);
    const m = mockSend({ now: () => Date.parse('2026-12-01T02:00:00Z') });
    mount(m.send);
    await screen.findByRole('heading', { name: '您好，想办什么事？' });
    go('#/file');
    await screen.findByRole('heading', { name: /办理异地就医备案/ });
    fireEvent.click(screen.getByLabelText(/其他原因临时去外省看病/));
    fireEvent.change(screen.getByLabelText(/要去哪里看病/), { target: { value: '31' } });
    fireEvent.input(screen.getByLabelText('联系电话'), { target: { value: '13800138000' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并提交' }));
    await screen.findByRole('heading', { name: '我的备案' });
    // It ends as one accepted filing: her record with the platform's id (the platform's copy from the list query,
    // which may answer while the outbox is still sending, is the same filing and not shown beside it).
    await waitFor(() => {
      expect(screen.getByText('已受理')).toBeTruthy();
      expect(screen.getAllByText(/上海 \(310000\)/, { selector: 'dd' })).toHaveLength(1);
    }, { timeout: 15_000 });
    expect(screen.getByText(/还剩 \d+ 天到期/)).toBeTruthy();
  });

  it('refuses a second filing for another place before anything is sent (R-3e, core createFiling offline)', async () => {
    await seedProfile(PERSONA);
    const m = mockSend({ now: () => Date.parse('2026-12-01T02:00:00Z') });
    mount(m.send);
    await screen.findByRole('heading', { name: '您好，想办什么事？' });
    for (const prov of ['31', '32']) {
      go('#/file');
      await screen.findByRole('heading', { name: /办理异地就医备案/ });
      fireEvent.click(screen.getByLabelText(/其他原因临时去外省看病/));
      fireEvent.change(screen.getByLabelText(/要去哪里看病/), { target: { value: prov } });
      fireEvent.input(screen.getByLabelText('联系电话'), { target: { value: '13800138000' } });
      const sentBefore = m.calls();
      fireEvent.click(screen.getByRole('button', { name: '保存并提交' }));
      if (prov === '31') {
        await waitFor(() => expect(screen.getByText('已受理')).toBeTruthy(), { timeout: 15_000 });
      } else {
        const summary = await screen.findByRole('alert');
        expect(summary.textContent).toMatch(/R-3e/);
        expect(m.calls()).toBe(sentBefore);
      }
    }
  });
});

describe('CheckScreen', () => {
  it('answers offline with the core verdict and its fix-it hint: not filed (D-6)', async () => {
    await seedProfile(PERSONA);
    mount(async () => {
      throw new TypeError('offline');
    });
    await screen.findByRole('heading', { name: '您好，想办什么事？' });
    go('#/check');
    await screen.findByRole('heading', { name: /这次看病能直接报销吗/ });
    fireEvent.change(screen.getByLabelText(/要去哪里看病/), { target: { value: '31' } });
    fireEvent.click(screen.getByRole('button', { name: '查一查' }));
    const title = await screen.findByRole('heading', { name: /不能直接结算/ });
    expect(title.closest('section')!.textContent).toMatch(/NOT_FILED/);
    fireEvent.click(screen.getByLabelText('急诊抢救'));
    fireEvent.click(screen.getByRole('button', { name: '查一查' }));
    expect(await screen.findByRole('heading', { name: /能直接结算/ })).toBeTruthy();
  });
});

describe('nextOf', () => {
  it.each([
    ['situation', 'paid', { kind: 'paid' }],
    ['situation', 'emergency', { kind: 'emergency' }],
    ['situation', 'admitted', 'length'],
    ['length', 'long', 'why'],
    ['length', 'short', 'referral'],
    ['why', 'retired', { kind: 'category', category: 'LT_RETIREE_RELOCATED', admitted: false }],
    ['why', 'work', { kind: 'category', category: 'LT_POSTED_WORKER', admitted: false }],
    ['why', 'live', { kind: 'category', category: 'LT_RESIDENT', admitted: false }],
    ['referral', 'yes', { kind: 'category', category: 'TMP_REFERRAL', admitted: false }],
    ['referral', 'no', { kind: 'category', category: 'TMP_OTHER', admitted: false }],
  ] as const)('leads %s / %s to %j (R-2, R-4b, R-5)', (step, answer, out) => {
    expect(nextOf(step, answer, false)).toEqual(out);
  });

  it('keeps "already admitted" to the end: file before discharge (R-4a)', () => {
    expect(nextOf('referral', 'no', true)).toEqual({ kind: 'category', category: 'TMP_OTHER', admitted: true });
  });
});

describe('Wizard', () => {
  it('asks one question per screen and shows the documents for the category (R-6)', async () => {
    await seedProfile(PERSONA);
    mount();
    await screen.findByRole('heading', { name: '您好，想办什么事？' });
    go('#/wizard');
    expect(await screen.findByRole('heading', { level: 1, name: '您现在是什么情况？' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写这一项');
    fireEvent.click(screen.getByLabelText('已经看完病、自己付了钱'));
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText(/手工报销，R-4b/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '去申请报销' }).getAttribute('href')).toBe('#/claim');
  });
});
