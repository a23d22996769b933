import {
  createDeclarationAccumulator, DECLARED_AMOUNTS, Dec, settlementSchedule, type DeclarationAccumulator, type DeclarationGroup, type DeclarationPart,
  type MonthlyDeclaration, type SettlementSchedule,
} from '../index.ts';
import { CliError } from './CliError.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { CLI_TEXTS, type CliTexts } from './cliTexts.ts';
import { EXIT } from './exitCodes.ts';
import { readRecords } from './readRecords.ts';
import { missingCalendarYear } from './runCalendar.ts';
import { textTable } from './textTable.ts';

/** Dec amounts as fixed 2-decimal text (the JSON the command prints; never a JS number). */
function plain(v: unknown): unknown {
  if (Dec.isDecimal(v)) return v.toFixed(2);
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

const SHOWN = ['medfeeSumamt', 'fundPaySumamt', 'hifpPay', 'hifobPay', 'hifmiPay', 'mafPay', 'acctPay', 'psnCashPay'] as const;

function groupRow(label: string, g: DeclarationGroup): string[] {
  return [label, String(g.count), String(g.reversals), ...SHOWN.map((k) => g.totals[k].toFixed(2))];
}

function partRows(t: CliTexts, label: string, p: DeclarationPart): string[][] {
  return [
    groupRow(label, p.all),
    ...Object.entries(p.byMedType).map(([k, g]) => groupRow(`  ${t.medTypes[k as keyof CliTexts['medTypes']] ?? k}`, g!)),
    ...Object.entries(p.byClearingType).map(([k, g]) => groupRow(`  ${t.clearing(k)}`, g)),
    ...Object.entries(p.byInsutype).map(([k, g]) => groupRow(`  ${t.insutype(k)}`, g)),
  ];
}

function tableOf(d: MonthlyDeclaration, schedule: SettlementSchedule | null, t: CliTexts): string {
  const lines = [t.declareTitle(d.month, d.total.count)];
  if (schedule) lines.push(t.declareSchedule(schedule.declarationDeadline, schedule.paymentDueDate));
  lines.push(
    textTable([[...t.declareHead], ...partRows(t, t.declareParts.instant, d.instant), ...partRows(t, t.declareParts.crossProvince, d.crossProvince), groupRow(t.declareParts.total, d.total)], [
      'left', ...Array<'right'>(t.declareHead.length - 1).fill('right'),
    ]),
  );
  if (d.skipped.otherMonth > 0) lines.push(t.declareSkipped(d.skipped.otherMonth));
  return lines.join('\n');
}

/**
 * `yibao declare FILE [--month YYYY-MM] [--json] [--lang zh|en]`: the monthly declaration
 * built from a file of `yibao.settlement-record`s (NDJSON streamed in constant memory, or a JSON
 * array): totals by fund, medical type, clearing type and 险种, the cross-province part apart, with
 * the month's deadline and payment due date. Without --month every month in the file is declared.
 * @returns EXIT.OK; EXIT.BAD_INPUT for a file or record that cannot be read.
 */
export async function runDeclare(file: string, opts: { month?: string; json: boolean; lang: Lang }, io: CliIo): Promise<number> {
  const t = CLI_TEXTS[opts.lang];
  const months = new Map<string, DeclarationAccumulator>();
  if (opts.month !== undefined) months.set(opts.month, createDeclarationAccumulator(opts.month));
  let read = 0;
  for await (const r of readRecords(file, opts.lang)) {
    read += 1;
    const m = r.settledOn.slice(0, 7);
    if (opts.month === undefined && !months.has(m)) months.set(m, createDeclarationAccumulator(m));
    (months.get(m) ?? months.get(opts.month!)!).add(r);
  }
  if (months.size === 0) throw new CliError(EXIT.BAD_INPUT, (tt) => tt.noRecords(file));
  const declarations = [...months.keys()].sort().map((m) => {
    const declaration = months.get(m)!.result();
    let schedule: SettlementSchedule | null = null;
    try {
      schedule = settlementSchedule(m);
    } catch (e) {
      const year = missingCalendarYear(e);
      if (year === null) throw e;
      io.err(`${t.prefix}: ${t.scheduleMissing(m, year)}`);
    }
    return { declaration, schedule };
  });
  if (opts.json) {
    io.out(JSON.stringify({ file, records: read, amounts: DECLARED_AMOUNTS, declarations: declarations.map(({ declaration, schedule }) => ({ ...(plain(declaration) as object), schedule })) }, null, 2));
  } else {
    io.out(declarations.map(({ declaration, schedule }) => tableOf(declaration, schedule, t)).join('\n\n'));
  }
  return EXIT.OK;
}
