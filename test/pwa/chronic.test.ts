// @vitest-environment jsdom
/**
 * "My chronic conditions" (门诊慢特病, R-13, D-7, DF-18) through the user's eyes (jsdom,
 * @testing-library/preact, fake-indexeddb), the platform being the mock's dispatch; and the
 * screen's pure helpers.
 */
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h, type FunctionComponent } from 'preact';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../pwa/app/appContext.ts';
import { openPwaDb } from '../../pwa/store/db.ts';
import { writeRecord } from '../../pwa/store/records.ts';
import { deviceKey } from '../../pwa/store/seal.ts';
import type { FilingRecordView, Profile } from '../../pwa/store/types.ts';
import { readQualificationRows, readYearToDate, stateOn } from '../../pwa/screens/Chronic/chronicEngine.ts';
import { mockSend } from './support/mockSend.ts';

// See test/pwa/screens.test.ts: a computed specifier keeps the root type-check out of the .tsx graph.
const APP = '../../pwa/app/App.ts';
const { App } = (await import(APP)) as { App: FunctionComponent };

// A loaded shared machine: the core chunk and the sealed cache can take seconds to arrive.
configure({ asyncUtilTimeout: 10_000 });

const DAY = 86_400_000;
const SEED = Date.parse('2026-12-01T02:00:00Z');
// Personas of mocks/README.md (seeded relative to the mock's day).
const LANGFANG: Profile = { insuplc: '131002', insutype: '310', status: 'RETIRED', birthYear: 1954, psnNo: '13000000000000000140', certno: '131002195407010014', policyPackId: 'lf-310-2022', name: null };
const LAPSED: Profile = { ...LANGFANG, birthYear: 1952, psnNo: '13000000000000000150', certno: '131002195211110015' };
const LIMIT: Profile = { insuplc: '420106', insutype: '310', status: 'IN_SERVICE', birthYear: 1968, psnNo: '42000000000000000160', certno: '420106196803030016', policyPackId: 'synthetic-310-examples', name: null };

let n = 0;
let dbName = '';
beforeEach(() => {
  dbName = `chronic-${++n}`;
  location.hash = '#/chronic';
  localStorage.clear();
});
afterEach(() => cleanup());
// Let preact's deferred effects (a frame or 35 ms) flush while jsdom is still here: on a loaded
// machine the environment was once torn down first ("window is not defined" in appContext's cleanup).
afterAll(() => new Promise((r) => setTimeout(r, 100)));

/**
 * The profile, and the persona's seeded filing as Setup imports it from MX5501: LT-RETIRED to 北京
 * for the 廊坊 personas, LT-WORK to 上海 for chronic-limit.
 */
async function seedProfile(p: Profile): Promise<void> {
  const db = await openPwaDb(dbName);
  const key = await deviceKey(db);
  await writeRecord(db, key, 'profile', 'profile', p);
  const seeded = p.insuplc === '131002' ? (['LT_RETIREE_RELOCATED', '110000'] as const) : p.insuplc === '420106' ? (['LT_POSTED_WORKER', '310000'] as const) : null;
  if (seeded) {
    const filing: FilingRecordView = {
      id: 'filing:srv-F1', category: seeded[0], targetAdmdvs: seeded[1], validFrom: '2026-01-01', validTo: null, viaCommitment: false, docsCompleted: true,
      contactPhone: '', photos: 0, serverId: 'F1', registeredAt: '2026-01-01 09:00:00', cancelledAt: null, status: 'valid', reason: null, replaces: null,
    };
    await writeRecord(db, key, filing.id, 'filing', filing);
  }
  db.close();
}

function mount(send = mockSend({ now: () => SEED }).send, now = SEED) {
  return render(h(AppProvider, { send, dbName, now: () => now }, h(App, null)));
}

const card = async (name: string) => (await screen.findByRole('heading', { level: 2, name: new RegExp(name) })).closest('li')!;

/** Fills the expected cost and asks for the estimate (zh). */
function estimate(amount: string): void {
  fireEvent.input(screen.getByLabelText('这次门诊大约花多少钱（元）'), { target: { value: amount } });
  fireEvent.click(screen.getByRole('button', { name: '算一算' }));
}

/** Looks the qualifications up once (seeding the sealed cache), then mounts again offline and waits for the notice. */
async function lookUpThenOffline(p: Profile, name: string) {
  await seedProfile(p);
  const m = mockSend({ now: () => SEED });
  const first = mount(m.send);
  await card(name);
  first.unmount();
  m.offline(true);
  mount(m.send);
  await screen.findByText(/没有网络，显示的是上次查到的资格/);
  return m;
}

describe('Chronic', { timeout: 30_000 }, () => {
  it('lists the qualifications of MX5505 with validity, the 参保地 not enabling 高血压 (R-13)', async () => {
    await seedProfile(LANGFANG);
    mount();
    await screen.findByRole('heading', { level: 1, name: /我的门诊慢特病资格/ });
    const diabetes = await card('糖尿病');
    expect(diabetes.textContent).toContain('有效');
    expect(diabetes.textContent).toContain('还剩 45 天到期');
    expect(diabetes.textContent).not.toContain('快到期了');
    const hypertension = await card('高血压');
    expect(hypertension.textContent).toContain('长期有效');
    expect(hypertension.textContent).toContain('参保地还没开通这个病的跨省直接结算');
  });

  it('reminds 30 days before the end, as on My filings', async () => {
    await seedProfile(LANGFANG);
    mount(mockSend({ now: () => SEED }).send, SEED + 20 * DAY);
    expect((await card('糖尿病')).textContent).toMatch(/还剩 25 天到期 · 快到期了/);
  });

  it('says a lapsed qualification plainly with what to do, and the verdict refuses the visit (D-7 LAPSED)', async () => {
    await seedProfile(LAPSED);
    mount();
    const diabetes = await card('糖尿病');
    expect(diabetes.textContent).toContain('已过期 20 天');
    expect(diabetes.textContent).toContain('申请复审');
    fireEvent.click(screen.getByRole('button', { name: '查一查' }));
    const verdict = await screen.findByRole('heading', { level: 3, name: /不能直接结算/ });
    expect(verdict.closest('section')!.textContent).toContain('CHRONIC_NOT_QUALIFIED/LAPSED');
  });

  it('settles a 糖尿病 visit in 北京 directly (D-7) and says the pack gives no annual limit (DF-18)', async () => {
    await seedProfile(LANGFANG);
    mount();
    await card('糖尿病');
    fireEvent.click(screen.getByRole('button', { name: '查一查' }));
    expect((await screen.findByRole('heading', { level: 3, name: /能直接结算/ })).textContent).not.toContain('不能');
    estimate('64.29');
    await screen.findByText(/您大约要付：/);
    expect(screen.getByText(/参保地政策没有给出这个病的年度限额/)).toBeTruthy();
  });

  it('refuses 高血压 for the 廊坊 retiree: CHRONIC_DISEASE_NOT_ENABLED with the core hint', async () => {
    await seedProfile(LANGFANG);
    mount();
    await card('高血压');
    fireEvent.change(screen.getByLabelText(/看哪个慢性病/), { target: { value: 'M03900' } });
    fireEvent.click(screen.getByRole('button', { name: '查一查' }));
    const v = await screen.findByRole('heading', { level: 3, name: /不能直接结算/ });
    expect(v.closest('section')!.textContent).toContain('CHRONIC_DISEASE_NOT_ENABLED');
  });

  it('shows the annual limit of 高血压 from the pack (DF-18, SYNTHETIC 3,000) and what is left this year from MX5505\'s ytd', async () => {
    await seedProfile(LIMIT);
    mount();
    await card('高血压');
    estimate('100');
    expect(await screen.findByText(/病种年度限额 ¥3,000.00，截至 .* 已付 ¥2,950.00/)).toBeTruthy();
    expect(screen.getByText('这个病今年医保还能付 ¥50.00')).toBeTruthy();
    // DF-18 through the core: 80 % of 100 would be 80.00, only 50.00 is left, so she pays 50.00.
    expect(screen.getByText('医保大约付：¥50.00')).toBeTruthy();
    expect(screen.getByText('您大约要付：¥50.00')).toBeTruthy();
    expect(screen.queryByText(/估计按还没用完算/)).toBeNull();
  });

  it('says "left this year" in English (DF-18)', async () => {
    localStorage.setItem('yibao-pwa-settings', JSON.stringify({ lang: 'en', large: false }));
    await seedProfile(LIMIT);
    mount();
    await card('Hypertension');
    fireEvent.input(screen.getByLabelText(/Expected cost of this visit/), { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Estimate' }));
    expect(await screen.findByText('Left this year: ¥50.00')).toBeTruthy();
  });

  it('keeps the left limit from the sealed cache offline, with the time it was looked up (DF-18)', async () => {
    await lookUpThenOffline(LIMIT, '高血压');
    await card('高血压');
    estimate('100');
    expect(await screen.findByText('这个病今年医保还能付 ¥50.00')).toBeTruthy();
  });

  it('assumes the limit is not used up when the accumulators are not known (a reply without ytd, DF-18)', async () => {
    await seedProfile(LIMIT);
    const m = mockSend({ now: () => SEED });
    // A platform without our extension field: the reply's ytd removed.
    const send: typeof m.send = async (path, body) => {
      const r = await m.send(path, body);
      if (!path.includes('/ext/chronic/query')) return r;
      const j = JSON.parse(r.text) as { output?: Record<string, unknown> };
      if (j.output) delete j.output.ytd;
      return { ...r, text: JSON.stringify(j) };
    };
    mount(send);
    await card('高血压');
    estimate('100');
    expect(await screen.findByText(/这个病今年医保最多付 ¥3,000.00/)).toBeTruthy();
    expect(screen.getByText(/估计按还没用完算/)).toBeTruthy();
    expect(screen.queryByText(/还能付/)).toBeNull();
    // Not used up as assumed: 80 % of 100.
    expect(screen.getByText(/医保大约付：.*¥80.00/)).toBeTruthy();
  });

  it('names a bad amount beside the field and in the summary', async () => {
    await seedProfile(LANGFANG);
    mount();
    await card('糖尿病');
    estimate('12,3.456');
    expect((await screen.findByRole('alert')).textContent).toContain('金额请填数字');
  });

  it('works offline after the first look-up, from the sealed cache, and looks up again once online', async () => {
    const m = await lookUpThenOffline(LANGFANG, '糖尿病');
    expect((await card('糖尿病')).textContent).toContain('还剩 45 天到期');
    m.offline(false);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByText(/没有网络，显示的是上次查到的资格/)).toBeNull());
  });

  it('is reached from the visit check for a chronic visit', async () => {
    await seedProfile(LANGFANG);
    location.hash = '#/check';
    mount();
    await screen.findByRole('heading', { level: 1, name: /这次看病能直接报销吗/ });
    expect(screen.getByRole('link', { name: '我的门诊慢特病资格' }).getAttribute('href')).toBe('#/chronic');
  });

  it('speaks English when the language is en', async () => {
    localStorage.setItem('yibao-pwa-settings', JSON.stringify({ lang: 'en', large: false }));
    await seedProfile(LAPSED);
    mount();
    await screen.findByRole('heading', { level: 1, name: /My chronic conditions/ });
    expect((await card('Diabetes')).textContent).toContain('Lapsed 20 days ago');
  });
});

describe('stateOn', () => {
  const q = { code: 'M01600', officialName: '糖尿病', begin: '2026-01-01', end: '2026-12-31', institution: null, recognisedOn: null };
  it('counts the end day as valid and lapses the day after (R-13)', () => {
    expect(stateOn(q, '2026-12-31')).toEqual({ kind: 'valid', daysLeft: 0, soon: true });
    expect(stateOn(q, '2027-01-01')).toEqual({ kind: 'lapsed', daysSince: 1 });
  });
  it('reminds from 30 days before the end, not 31', () => {
    expect(stateOn(q, '2026-12-01')).toMatchObject({ daysLeft: 30, soon: true });
    expect(stateOn(q, '2026-11-30')).toMatchObject({ daysLeft: 31, soon: false });
  });
  it('says not yet valid before the begin date and valid without end', () => {
    expect(stateOn(q, '2025-12-31')).toEqual({ kind: 'not-yet' });
    expect(stateOn({ ...q, end: null }, '2030-01-01')).toEqual({ kind: 'valid', daysLeft: null, soon: false });
  });
});

describe('readQualificationRows', () => {
  it('drops rows without a code or a real begin date instead of guessing', () => {
    expect(readQualificationRows([{ opsp_dise_code: 'M01600', begndate: '2026-01-01', enddate: null }, { begndate: '2026-01-01' }, { opsp_dise_code: 'M03900', begndate: 'soon' }]))
      .toEqual([{ code: 'M01600', officialName: 'M01600', begin: '2026-01-01', end: null, institution: null, recognisedOn: null }]);
    expect(readQualificationRows(null)).toEqual([]);
  });
});

describe('readYearToDate', () => {
  it('reads the core\'s yibao.ytd form back and gives null, never a guess, for none or a bad one (DF-18)', () => {
    const stored = { format: 'yibao.ytd', version: 1, insuranceYearStart: '2026-01-01', inpatientAdmissionsSettled: 0, outpatientDeductibleUsed: '0', chronicDeductibleUsed: '0',
      basicFundPaid: { inpatient: '0', outpatient: '0', chronic: '2950' }, chronicFundPaidByDisease: { M03900: '2950' }, largeExpenseFundPaid: '0', majorIllnessBase: '0',
      majorIllnessDeductibleUsed: '0', majorIllnessPaid: '0', assistanceBase: '0', assistancePaid: '0', assistanceDeductibleUsed: '0', bandCumulativeInScope: '0' };
    expect(readYearToDate(stored)?.chronicFundPaidByDisease.M03900?.toFixed(2)).toBe('2950.00');
    expect(readYearToDate(null)).toBeNull();
    expect(readYearToDate(undefined)).toBeNull();
    expect(readYearToDate({ ...stored, chronicFundPaidByDisease: { M03900: 'lots' } })).toBeNull();
    expect(readYearToDate({ ...stored, format: 'yibao.filing' })).toBeNull();
  });
});
