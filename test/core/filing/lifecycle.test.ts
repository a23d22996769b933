import { describe, expect, it } from 'vitest';
import { cancelFiling, changeFiling, checkChangeAllowed, createFiling, earliestChangeDate, filingRules } from '../../../core/filing/index.ts';
import type { FilingInput } from '../../../core/filing/index.ts';
import { filingFixture, longTermFixture } from './claimFixture.ts';
import { policyFixture } from './policyFixture.ts';
import { thrown } from './thrown.ts';

const policy = policyFixture();
const now = '2025-03-01T09:00:00+08:00';
const request = (overrides: Partial<FilingInput> = {}): FilingInput => ({
  id: 'N1',
  category: 'TMP_OTHER',
  targetAdmdvs: '320500',
  validFrom: '2025-03-01',
  ...overrides,
});

describe('createFiling', () => {
  it('R-3c, DF-11: defaults a temporary end to validFrom + 6 months − 1 day (Example 10 F1)', () => {
    const r = createFiling(request(), { existing: [], policy, now });
    expect(r).toEqual({
      ok: true,
      filing: {
        id: 'N1',
        category: 'TMP_OTHER',
        targetAdmdvs: '320500',
        registeredAt: now,
        validFrom: '2025-03-01',
        validTo: '2025-08-31',
        viaCommitment: false,
        commitmentDocsCompleted: false,
        cancelledAt: null,
      },
      warnings: [],
    });
  });

  it('R-3c: accepts the minimum end date exactly and rejects one day less', () => {
    expect(createFiling(request({ validTo: '2025-08-31' }), { existing: [], policy, now }).ok).toBe(true);
    const r = createFiling(request({ validTo: '2025-08-30' }), { existing: [], policy, now });
    expect(r).toMatchObject({ ok: false, code: 'INVALID_FILING', reason: 'VALIDITY_TOO_SHORT', path: 'validTo', minValidTo: '2025-08-31', rules: ['R-3c'] });
    expect(!r.ok && r.hint.zh).toContain('2025-08-31');
  });

  it('R-3c, DF-11: clamps the month end (validFrom 2025-08-31 → validTo ≥ 2026-02-27)', () => {
    const r = createFiling(request({ validFrom: '2025-08-31' }), { existing: [], policy, now: '2025-08-31T10:00:00+08:00' });
    expect(r.ok && r.filing.validTo).toBe('2026-02-27');
  });

  it('R-3c: reads tmpValidityMonths from the policy (12 months)', () => {
    const longer = policyFixture({ crossProvince: { tmpValidityMonths: 12 } });
    const r = createFiling(request(), { existing: [], policy: longer, now });
    expect(r.ok && r.filing.validTo).toBe('2026-02-28');
  });

  it('R-3a: a long-term filing has no end date', () => {
    const r = createFiling(request({ category: 'LT_RESIDENT', viaCommitment: true }), { existing: [], policy, now });
    expect(r).toMatchObject({ ok: true, filing: { validTo: null, viaCommitment: true, commitmentDocsCompleted: false } });
    const bad = createFiling(request({ category: 'LT_RESIDENT', validTo: '2030-01-01' }), { existing: [], policy, now });
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_FILING', reason: 'LONG_TERM_END_DATE', rules: ['R-3a'] });
  });

  it.each([
    [{ category: 'TMP_HOLIDAY' as FilingInput['category'] }, 'UNKNOWN_CATEGORY', 'category'],
    [{ id: '' }, 'INVALID_ID', 'id'],
    [{ targetAdmdvs: '810000' }, 'TARGET_OUTSIDE_NETWORK', 'targetAdmdvs'],
    [{ targetAdmdvs: '710100' }, 'TARGET_OUTSIDE_NETWORK', 'targetAdmdvs'],
    [{ targetAdmdvs: '820000' }, 'TARGET_OUTSIDE_NETWORK', 'targetAdmdvs'],
    [{ targetAdmdvs: '990000' }, 'INVALID_TARGET', 'targetAdmdvs'],
    [{ targetAdmdvs: '1101a5' }, 'INVALID_TARGET', 'targetAdmdvs'],
    [{ validFrom: '2025-02-29' }, 'INVALID_DATE', 'validFrom'],
    [{ validTo: '2025-02-28' }, 'INVALID_DATE', 'validTo'],
    [{ validTo: '2025-09-31' }, 'INVALID_DATE', 'validTo'],
  ])('R-1, R-2: rejects %j as INVALID_FILING %s', (overrides, reason, path) => {
    const r = createFiling(request(overrides), { existing: [], policy, now });
    expect(r).toMatchObject({ ok: false, code: 'INVALID_FILING', reason, path });
    expect(!r.ok && r.hint.en.length).toBeGreaterThan(0);
  });

  it('rejects a duplicate id', () => {
    const r = createFiling(request({ id: 'F1', targetAdmdvs: '320500' }), { existing: [filingFixture()], policy, now });
    expect(r).toMatchObject({ ok: false, reason: 'DUPLICATE_ID' });
  });

  it('R-3e: rejects a second place while a filing is active', () => {
    const r = createFiling(request({ targetAdmdvs: '440100' }), { existing: [filingFixture()], policy, now: '2025-05-01T10:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, code: 'REJECT_CONCURRENT_FILING', conflictingIds: ['F1'], rules: ['R-3e'] });
    expect(!r.ok && r.hint.en).toContain('at most 1 treatment place');
  });

  it('R-3e: allows the same place (renewal) and a province that contains the filed city', () => {
    const ctx = { existing: [filingFixture()], policy, now: '2025-08-01T10:00:00+08:00' };
    expect(createFiling(request({ validFrom: '2025-08-01' }), ctx).ok).toBe(true);
    expect(createFiling(request({ targetAdmdvs: '320000', validFrom: '2025-08-01' }), ctx).ok).toBe(true);
  });

  it('R-3e: ignores expired, cancelled and non-overlapping filings', () => {
    const expired = filingFixture({ validTo: '2025-04-30' });
    const cancelled = filingFixture({ id: 'C', cancelledAt: '2025-04-15T10:00:00+08:00' });
    const later = filingFixture({ id: 'L', validFrom: '2026-01-01', validTo: '2026-06-30' });
    const r = createFiling(request({ id: 'N2', targetAdmdvs: '440100', validFrom: '2025-05-01', validTo: '2025-10-31' }), {
      existing: [expired, cancelled, later],
      policy,
      now: '2025-05-01T10:00:00+08:00',
    });
    expect(r.ok).toBe(true);
  });

  it('R-3e: allows two places when maxConcurrentFilings is 2', () => {
    const two = policyFixture({ crossProvince: { maxConcurrentFilings: 2 } });
    const r = createFiling(request({ targetAdmdvs: '440100' }), { existing: [filingFixture()], policy: two, now: '2025-05-01T10:00:00+08:00' });
    expect(r.ok).toBe(true);
  });

  it('R-4, DF-12: warns about a back-dated start and a pool-code target', () => {
    const r = createFiling(request({ targetAdmdvs: '130399', validFrom: '2025-02-20' }), { existing: [], policy, now });
    expect(r).toMatchObject({ ok: true, warnings: ['BACKDATED_START', 'POOL_CODE_TARGET'] });
  });

  it('uses the strict defaults with NO_POLICY when no policy is given', () => {
    expect(filingRules(undefined)).toEqual({ ltMinMonthsBeforeChange: 6, tmpValidityMonths: 6, maxConcurrentFilings: 1, warnings: ['NO_POLICY'] });
    expect(createFiling(request(), { existing: [], now })).toMatchObject({ ok: true, warnings: ['NO_POLICY'] });
  });

  it('throws INVALID_DATE for a malformed now', () => {
    expect(thrown(() => createFiling(request(), { existing: [], policy, now: 'now' }))).toMatchObject({ code: 'INVALID_DATE', path: 'now' });
  });
});

describe('earliestChangeDate', () => {
  it('R-3b, DF-11: date(registeredAt) + N months, in CST', () => {
    expect(earliestChangeDate(longTermFixture(), 6)).toBe('2025-07-10');
    expect(earliestChangeDate(longTermFixture({ registeredAt: '2025-01-09T17:00:00Z' }), 6)).toBe('2025-07-10');
    expect(earliestChangeDate(longTermFixture({ registeredAt: '2024-08-31T10:00:00+08:00' }), 6)).toBe('2025-02-28');
  });
});

describe('cancelFiling', () => {
  const existing = [longTermFixture()];

  it('R-3b, E-6: rejects cancellation the day before the 6-month anniversary', () => {
    const r = cancelFiling('LT1', { existing, policy, now: '2025-07-09T23:59:59+08:00' });
    expect(r).toMatchObject({ ok: false, code: 'REJECT_CHANGE_TOO_EARLY', earliestDate: '2025-07-10', rules: ['R-3b'] });
    expect(!r.ok && r.hint.zh).toContain('最早可在 2025-07-10 办理');
    expect(!r.ok && r.hint.en).toContain('on or after 2025-07-10');
  });

  it('R-3b, E-6: allows cancellation on the anniversary day itself', () => {
    const r = cancelFiling('LT1', { existing, policy, now: '2025-07-10T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, filing: { id: 'LT1', cancelledAt: '2025-07-10T00:00:00+08:00' } });
  });

  it('R-3b, DF-11: compares the CST date of now (2025-07-09T16:30Z is 2025-07-10 in China)', () => {
    expect(cancelFiling('LT1', { existing, policy, now: '2025-07-09T16:30:00Z' }).ok).toBe(true);
    expect(cancelFiling('LT1', { existing, policy, now: '2025-07-09T15:30:00Z' }).ok).toBe(false);
  });

  it('R-3b: a policy without a lock (太原, 0 months) allows cancelling at once', () => {
    const none = policyFixture({ crossProvince: { ltMinMonthsBeforeChange: 0 } });
    expect(cancelFiling('LT1', { existing, policy: none, now: '2025-01-10T10:00:00+08:00' }).ok).toBe(true);
  });

  it('R-3b: temporary filings have no lock', () => {
    expect(cancelFiling('F1', { existing: [filingFixture()], policy, now: '2025-03-02T10:00:00+08:00' }).ok).toBe(true);
  });

  it('rejects an unknown or already cancelled filing', () => {
    expect(cancelFiling('NOPE', { existing, policy, now: '2025-08-01T10:00:00+08:00' })).toMatchObject({ ok: false, reason: 'FILING_NOT_FOUND' });
    const cancelled = [longTermFixture({ cancelledAt: '2025-08-01T10:00:00+08:00' })];
    expect(cancelFiling('LT1', { existing: cancelled, policy, now: '2025-09-01T10:00:00+08:00' })).toMatchObject({ ok: false, reason: 'ALREADY_CANCELLED' });
  });
});

describe('changeFiling', () => {
  const existing = [longTermFixture({ targetAdmdvs: '320500' })];
  const replacement = request({ id: 'LT2', category: 'LT_RETIREE_RELOCATED', targetAdmdvs: '440100', validFrom: '2025-08-01' });

  it('R-3b, Example 10 h: rejects a change 4 months after registration', () => {
    const r = changeFiling('LT1', replacement, { existing, policy, now: '2025-05-10T10:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, code: 'REJECT_CHANGE_TOO_EARLY', earliestDate: '2025-07-10' });
  });

  it('R-3b, R-3e: after the lock, cancels the old filing and records the new place', () => {
    const at = '2025-08-01T10:00:00+08:00';
    const r = changeFiling('LT1', replacement, { existing, policy, now: at });
    expect(r).toMatchObject({
      ok: true,
      filing: { id: 'LT2', targetAdmdvs: '440100', registeredAt: at, validTo: null },
      cancelled: { id: 'LT1', cancelledAt: at },
    });
  });

  it('R-3e: the new place still conflicts with a third active filing', () => {
    const other = filingFixture({ id: 'T9', targetAdmdvs: '510100', validFrom: '2025-07-01', validTo: '2025-12-31' });
    const r = changeFiling('LT1', replacement, { existing: [...existing, other], policy, now: '2025-08-01T10:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, code: 'REJECT_CONCURRENT_FILING', conflictingIds: ['T9'] });
  });

  it('rejects a replacement reusing the old id', () => {
    const r = changeFiling('LT1', { ...replacement, id: 'LT1' }, { existing, policy, now: '2025-08-01T10:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, reason: 'DUPLICATE_ID' });
  });
});

describe('checkChangeAllowed', () => {
  it('R-3b: returns the filing when the change is allowed', () => {
    const r = checkChangeAllowed('LT1', { existing: [longTermFixture()], policy, now: '2025-07-10T10:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, index: 0, window: { registeredDate: '2025-01-10' } });
  });
});
