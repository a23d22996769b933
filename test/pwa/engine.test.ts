import { describe, expect, it } from 'vitest';
import { checkCancel, checkChange, checkVisit, estimate, explainDifference, parseAmount, plannedLines, sumAmounts, toCoreFiling } from '../../pwa/app/engine.ts';
import { readHandoff, writeHandoff } from '../../pwa/screens/More/handoff.ts';
import type { FilingRecordView, Profile } from '../../pwa/store/types.ts';

// Persona emergency-unfiled's profile (mocks/README.md) with the SYNTHETIC 职工 pack.
const P: Profile = { insuplc: '420106', insutype: '310', status: 'IN_SERVICE', birthYear: 1992, psnNo: null, certno: null, policyPackId: 'synthetic-310-examples', name: null };
const FILING: FilingRecordView = {
  id: 'filing:1', category: 'TMP_OTHER', targetAdmdvs: '310000', validFrom: '2026-12-01', validTo: '2027-05-31', viaCommitment: false, docsCompleted: true,
  contactPhone: '13800138000', photos: 0, serverId: 'F1', registeredAt: '2026-12-01 10:00:00', cancelledAt: null, status: 'valid', reason: null, replaces: null,
};

describe('parseAmount', () => {
  it.each([['120', '120'], ['1,200.50', '1200.50'], [' 3.5 ', '3.5'], ['1.234', null], ['-1', null], ['abc', null], ['', null]])('reads %j as %j', (t, v) => {
    expect(parseAmount(t)).toBe(v);
  });
});

describe('sumAmounts', () => {
  it('adds decimal text without float error', () => {
    expect(sumAmounts(['0.1', '0.2', '1200.50'])).toBe('1200.80');
  });
});

describe('plannedLines', () => {
  it('splits a planned total into covered and self-pay lines by subtraction', () => {
    expect(plannedLines('30000', '1200.5').map((l) => [l.amount, l.chrgitmLv])).toEqual([['28799.50', '01'], ['1200.50', '03']]);
    expect(plannedLines('500', null)).toHaveLength(1);
  });
});

describe('toCoreFiling', () => {
  it('keeps only filings the platform accepted, with registeredAt in China time (R-7)', () => {
    expect(toCoreFiling(FILING)).toMatchObject({ id: 'F1', registeredAt: '2026-12-01T10:00:00+08:00', validTo: '2027-05-31' });
    expect(toCoreFiling({ ...FILING, status: 'pending', serverId: null })).toBeNull();
  });
});

describe('checkVisit', () => {
  it('settles a visit inside the filing and refuses one outside it (D-6)', async () => {
    expect((await checkVisit(P, [FILING], { date: '2026-12-10', place: '310000', care: 'outpatient', networked: true })).code).toBe('DIRECT');
    const v = await checkVisit(P, [FILING], { date: '2027-06-10', place: '310000', care: 'outpatient', networked: true });
    expect([v.code, v.detail]).toEqual(['NOT_FILED', 'EXPIRED']);
    expect(v.hint.zh.length).toBeGreaterThan(0);
  });

  it('sends a non-networked visit to a manual claim (R-12)', async () => {
    expect((await checkVisit(P, [FILING], { date: '2026-12-10', place: '310000', care: 'outpatient', networked: false })).code).toBe('NOT_DIRECT_MANUAL_CLAIM');
  });
});

describe('checkChange', () => {
  const lt: FilingRecordView = { ...FILING, category: 'LT_POSTED_WORKER', validFrom: '2026-11-01', validTo: null, registeredAt: '2026-11-01 09:00:00' };
  const next = { category: 'LT_POSTED_WORKER' as const, targetAdmdvs: '320100', validFrom: '2026-12-01', validTo: null };
  it('refuses a change of a long-term filing inside the 6-month lock, offline, with the earliest date (R-3b)', async () => {
    const gate = await checkChange(P, [lt], lt, next, Date.parse('2026-12-01T02:00:00Z'));
    expect(gate).toMatchObject({ ok: false, earliestDate: '2027-05-01' });
    expect(gate.ok ? [] : gate.rules).toContain('R-3b');
  });
  it('allows it once the lock is over', async () => {
    expect(await checkChange(P, [lt], lt, { ...next, validFrom: '2027-06-01' }, Date.parse('2027-06-01T02:00:00Z'))).toEqual({ ok: true });
  });
});

describe('checkCancel', () => {
  it('applies the same lock to a cancellation (R-3b)', async () => {
    const lt: FilingRecordView = { ...FILING, category: 'LT_RESIDENT', validFrom: '2026-11-01', validTo: null, registeredAt: '2026-11-01 09:00:00' };
    expect((await checkCancel(P, [lt], lt, Date.parse('2026-12-01T02:00:00Z'))).ok).toBe(false);
  });
});

describe('estimate', () => {
  it('gives a range with the unknown year-to-date named, and one figure when she says it is the first this year', async () => {
    const q = { date: '2026-12-10', place: '310000', care: 'inpatient' as const, lines: plannedLines('30000', null), level: 'L3' as const };
    const range = await estimate(P, [FILING], q);
    if ('error' in range) throw new Error(range.error);
    expect(range.unknowns).toContain('ytd');
    const exact = await estimate(P, [FILING], { ...q, firstThisYear: true });
    if ('error' in exact) throw new Error(exact.error);
    expect(exact.unknowns).not.toContain('ytd');
    expect(exact.low).toEqual(exact.high);
  });

  it('says when no pack serves the insured place', async () => {
    expect(await estimate({ ...P, policyPackId: null, insuplc: '650100' }, [], { date: '2026-12-10', place: '310000', care: 'outpatient', lines: plannedLines('100', null) })).toEqual({ error: 'NO_POLICY' });
  });
});

describe('explainDifference', () => {
  const est = { low: { fund: '1552.18' }, high: { fund: '1232.18' } };
  it.each([['1400.00', 'S-2'], ['1552.18', 'S-2'], ['900.00', 'S-1/S-3']] as const)('puts a payment of %s down to %s', (paid, step) => {
    expect(explainDifference(est, paid)).toBe(step);
  });
  it('says SAME when the estimate was exact', () => {
    expect(explainDifference({ low: { fund: '10' }, high: { fund: '10' } }, '10.00')).toBe('SAME');
  });
});

describe('readHandoff', () => {
  it('reads back what writeHandoff saved, and refuses anything else', () => {
    const text = writeHandoff(P, [FILING], [], Date.parse('2026-12-01T00:00:00Z'));
    expect(readHandoff(text)).toEqual({ ok: true, value: { profile: P, filings: [FILING], claims: [] } });
    expect(readHandoff('{"format":"other"}').ok).toBe(false);
    expect(readHandoff('not json')).toEqual({ ok: false, error: 'NOT_JSON' });
  });
});
