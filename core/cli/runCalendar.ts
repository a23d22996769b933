import { CHINA_HOLIDAYS, isCoreError, settlementSchedule, type SettlementSchedule } from '../index.ts';
import { CliError } from './CliError.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { CLI_TEXTS } from './cliTexts.ts';
import { EXIT } from './exitCodes.ts';
import { textTable } from './textTable.ts';

/** The year a missing-calendar error names (`calendar.<year>`), or null for any other error. */
export function missingCalendarYear(e: unknown): string | null {
  if (!isCoreError(e) || e.code !== 'POLICY_INCOMPLETE') return null;
  return /^calendar\.(\d{1,4})$/.exec(e.path ?? '')?.[1] ?? null;
}

/** The schedule of a month, or a CliError naming the missing calendar year (exit 64: a month outside the data). */
export function scheduleOrRefuse(month: string): SettlementSchedule {
  try {
    return settlementSchedule(month);
  } catch (e) {
    const year = missingCalendarYear(e);
    if (year === null) throw e;
    const known = Object.keys(CHINA_HOLIDAYS).join(', ');
    throw new CliError(EXIT.USAGE, (t) => t.calendarYearMissing(year, known));
  }
}

/**
 * `yibao calendar YYYY-MM [--json] [--lang zh|en]`: for a settlement month, the declaration window
 * and deadline, the payment due date and the working days between, with every parameter's
 * source and the holiday notices used.
 * @returns EXIT.OK; EXIT.USAGE when the calendar lacks a year the schedule needs.
 */
export function runCalendar(month: string, opts: { json: boolean; lang: Lang }, io: CliIo): number {
  const s = scheduleOrRefuse(month);
  if (opts.json) {
    io.out(JSON.stringify(s, null, 2));
    return EXIT.OK;
  }
  const t = CLI_TEXTS[opts.lang];
  const r = t.calendarRows;
  const rows: string[][] = [
    [r.month, s.month],
    [r.opens, s.declarationOpens],
    [r.deadline, `${s.declarationDeadline} (${t.dayKinds[s.deadlineKind]})`],
    [r.toDeclare, t.workingDays(s.workingDaysToDeclare)],
    [r.countFrom, s.paymentCountFrom],
    [r.due, s.paymentDueDate],
    [r.toPay, t.workingDays(s.workingDaysToPay)],
    [r.calendarDays, t.days(s.calendarDaysToPay)],
    [r.aim, t.aimNote(s.aimBy, s.dueAfterAim ? t.aimAfter : t.aimBefore)],
    [r.notices, s.calendarNotices.map((n) => `${n.year}: ${n.docNo} (${n.status})`).join('; ')],
  ];
  const params = s.params.map((p) => `  ${p.name} = ${p.value}  ${p.status}  ${p.docNo}`);
  io.out([textTable(rows), '', `${r.params}:`, ...params].join('\n'));
  return EXIT.OK;
}
