import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../core/cli/parseCommandLine.ts';
import { HAN, SPAWN_TIMEOUT, yibao, yibaoInProcess } from './support/yibao.ts';

describe('yibao calendar', () => {
  it('R-18: prints the deadline, the due date and the working days between as JSON (--json)', async () => {
    const r = await yibaoInProcess('calendar', '2026-01', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({
      month: '2026-01', declarationDeadline: '2026-02-10', paymentCountFrom: '2026-02-11', paymentDueDate: '2026-03-16', workingDaysToPay: 20, workingDaysToDeclare: 7,
    });
    expect(s.calendarNotices).toEqual([{ year: 2026, docNo: '国办发明电〔2025〕7号', status: 'VERIFIED' }]);
    expect(s.params.find((p: { name: string }) => p.name === 'declarationDayInclusive')).toMatchObject({ value: 'true', status: 'UNVERIFIED' });
  });

  it('R-18: names a deadline on a make-up working day as such, in zh by default and in en', async () => {
    const zh = await yibaoInProcess('calendar', '2026-09');
    expect(zh.stdout).toMatch(/申报截止\s+2026-10-10 \(调休上班日\)/);
    expect(zh.stdout).toMatch(/拨付期限\s+2026-11-06/);
    const en = await yibaoInProcess('calendar', '2026-09', '--lang', 'en');
    expect(en.stdout).toMatch(/Declaration deadline\s+2026-10-10 \(make-up working day\)/);
    expect(en.stdout).toMatch(/Working days to pay\s+20 working days/);
    const labels = en.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => l.split(/\s{2,}/)[0]!);
    expect(labels.filter((l) => HAN.test(l))).toEqual([]);
  });

  it('R-18: refuses a month whose schedule needs a year the calendar lacks, naming the year (exit 64)', async () => {
    const r = await yibaoInProcess('calendar', '2026-11', '--lang', 'en');
    expect(r).toMatchObject({ code: 64, stdout: '' });
    expect(r.stderr).toBe('yibao: no working-day calendar for 2027 (known years: 2025, 2026): it is added once the State Council General Office publishes the 2027 holiday notice; working days are never guessed.\n');
    const zh = await yibaoInProcess('calendar', '2024-11');
    expect(zh.stderr).toMatch(/^yibao: 没有 2024 年的工作日历（现有 2025, 2026 年）/);
  });

  it('refuses a missing, malformed or extra month with usage (exit 64)', async () => {
    expect((await yibaoInProcess('calendar', '--lang', 'en')).stderr).toMatch(/^yibao: calendar needs a settlement month: yibao calendar 2025-09\n/);
    expect((await yibaoInProcess('calendar', '2025-13', '--lang', 'en')).stderr).toMatch(/^yibao: calendar takes a settlement month YYYY-MM, e\.g\. 2025-09\./);
    expect((await yibaoInProcess('calendar', '2025-09', '2025-10')).code).toBe(64);
    expect((await yibaoInProcess('calendar', '2025-09', '--month', '2025-10')).code).toBe(64);
  });

  it('reads the command line', () => {
    expect(parseCommandLine(['calendar', '2025-09', '--json'])).toEqual({ command: 'calendar', month: '2025-09', json: true, lang: 'zh' });
  });

  it('runs as a process like a user types it', { timeout: SPAWN_TIMEOUT }, async () => {
    const r = await yibao(['calendar', '2025-09', '--json']);
    expect([r.code, JSON.parse(r.stdout).paymentDueDate, r.stderr]).toEqual([0, '2025-11-06', '']);
  });
});
