// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/preact';
import { defineFilingCheck } from '../../../sdk/elements/yb-filing-check/define.ts';
import type { YbVerdictDetail } from '../../../sdk/events.ts';

const LONG_TERM = { id: 'F1', category: 'LT_POSTED_WORKER', targetAdmdvs: '310000', registeredAt: '2025-01-02T09:00:00+08:00', validFrom: '2025-01-02', validTo: null };
const EXPIRED = { id: 'F2', category: 'TMP_OTHER', targetAdmdvs: '310000', registeredAt: '2026-05-01T09:00:00+08:00', validFrom: '2026-05-01', validTo: '2026-06-06' };

function mount(attrs: Record<string, string>, filings?: unknown): HTMLElement {
  const el = document.createElement('yb-filing-check');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (filings !== undefined) (el as unknown as { filings: unknown }).filings = filings;
  document.body.append(el);
  return el;
}
/** Queries inside the shadow root (testing-library takes an element: the part="base" box). */
const shadow = (el: HTMLElement) => within(el.shadowRoot!.querySelector<HTMLElement>(".base")!);

beforeAll(() => defineFilingCheck());
afterEach(() => document.body.replaceChildren());

describe('YbFilingCheck', () => {
  it('shows DIRECT for a long-term filing covering the treatment city (D-6, R-2)', async () => {
    const el = mount({ 'insuplc-admdvs': '110105', 'mdtrtarea-admvs': '310106', date: '2026-06-16' }, [LONG_TERM]);
    expect(await shadow(el).findByText('可直接结算', { selector: 'strong' })).toBeTruthy();
    expect(shadow(el).getByText('可以跨省直接结算。')).toBeTruthy();
  });

  it('names an expired filing with its days and the fix-it hint (D-6, R-3)', async () => {
    const el = mount({ 'insuplc-admdvs': '510104', 'mdtrtarea-admvs': '310106', date: '2026-06-16' }, [EXPIRED]);
    expect(await shadow(el).findByText('备案已过期 10 天', { selector: 'strong' })).toBeTruthy();
    expect(shadow(el).getByText(/备案已于 10 天前过期。请在就诊前续办备案/)).toBeTruthy();
  });

  it('judges a planned visit on the given date: before expiry it settles (R-3)', async () => {
    const el = mount({ 'insuplc-admdvs': '510104', 'mdtrtarea-admvs': '310106', date: '2026-06-01' }, [EXPIRED]);
    expect(await shadow(el).findByText('可直接结算', { selector: 'strong' })).toBeTruthy();
    expect(shadow(el).getByText('就诊日期 2026-06-01')).toBeTruthy();
  });

  it('sends a not-networked institution to a manual claim (D-4, R-12)', async () => {
    const el = mount({ 'insuplc-admdvs': '110105', 'mdtrtarea-admvs': '310106', date: '2026-06-16', networked: 'INPATIENT' }, [LONG_TERM]);
    expect(await shadow(el).findByText('机构未联网：回参保地手工报销', { selector: 'strong' })).toBeTruthy();
  });

  it('reads filings from a JSON attribute and speaks English when lang=en', async () => {
    const el = mount({ 'insuplc-admdvs': '110105', 'mdtrtarea-admvs': '310106', date: '2026-06-16', lang: 'en', filings: JSON.stringify([LONG_TERM]) });
    expect(await shadow(el).findByText('Settles directly', { selector: 'strong' })).toBeTruthy();
    expect(shadow(el).getByRole('heading', { name: 'Cross-province direct settlement' })).toBeTruthy();
  });

  it('falls back to the document language', async () => {
    document.documentElement.lang = 'en-GB';
    try {
      const el = mount({ 'insuplc-admdvs': '110105', 'mdtrtarea-admvs': '310106', date: '2026-06-16' }, []);
      expect(await shadow(el).findByText('Not filed', { selector: 'strong' })).toBeTruthy();
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('names the bad field of a host filing instead of crashing', async () => {
    const errors: unknown[] = [];
    document.addEventListener('yb-error', (e) => errors.push(e.detail), { once: true });
    const el = mount({ 'insuplc-admdvs': '110105', 'mdtrtarea-admvs': '310106' }, [{ ...LONG_TERM, validFrom: '2025/01/02' }]);
    expect((await shadow(el).findByRole('alert')).textContent).toContain('filings[0].validFrom');
    await waitFor(() => expect(errors).toEqual([expect.objectContaining({ code: 'INPUT_INVALID', retryable: false })]));
  });

  it('emits one bubbling, composed yb-verdict per distinct verdict, without personal data', async () => {
    const seen: { detail: YbVerdictDetail; composed: boolean }[] = [];
    document.addEventListener('yb-verdict', (e) => seen.push({ detail: e.detail, composed: e.composed }));
    const el = mount({ 'insuplc-admdvs': '510104', 'mdtrtarea-admvs': '310106', date: '2026-06-16' }, [EXPIRED]);
    await waitFor(() => expect(seen).toHaveLength(1));
    el.setAttribute('lang', 'en'); // same verdict: no second event
    await new Promise((r) => setTimeout(r, 20));
    expect(seen[0]).toEqual({ composed: true, detail: { code: 'NOT_FILED', settles: false, rules: expect.any(Array), detail: 'EXPIRED', daysSinceExpiry: 10 } });
    expect(seen).toHaveLength(1);
  });

  it('announces the verdict in a live region', async () => {
    const el = mount({ 'insuplc-admdvs': '110105', 'mdtrtarea-admvs': '310106', date: '2026-06-16' }, [LONG_TERM]);
    await waitFor(() => expect(shadow(el).getByRole('status').textContent).toBe('可直接结算'));
  });
});
