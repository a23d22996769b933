/**
 * `npm run bench [-- --json]`: throughput and latency of the settlement core on one CPU core, and
 * the platform mock's figures when `test/bench/mockServerBench.ts` exists. Prints numbers beside
 * their targets; it asserts nothing (timing is not tested).
 *
 * 性能基准：单核结算吞吐、与 JSON.parse 的比值、500 行住院单耗时、行数增长，以及模拟平台的吞吐与延迟。
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { getPolicyPack, parseCase, settle, type Case, type PolicySet } from '../../core/index.ts';
import { inpatientCase, pharmacyCase } from './benchCases.ts';
import { median, medianTime, sig, timeOnce } from './measure.ts';

const CLAIMS = 20_000;
const ROUNDS = 5;
const json = process.argv.includes('--json');
const log = (s: string): void => {
  if (!json) console.log(s);
};

function parsed(raw: unknown): Case {
  const r = parseCase(raw);
  if (!r.ok) throw r.error;
  return r.value;
}

function settleAll(cases: readonly Case[], policy: PolicySet): void {
  for (const c of cases) {
    const { settlement } = settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy });
    if (!settlement) throw new Error('bench case did not settle: check benchCases.ts');
  }
}

async function coreFigures() {
  const pharmacyPack = await getPolicyPack('synthetic-310-examples');
  const inpatientPack = await getPolicyPack('bj-310-2025');

  // (a) + (b): 20,000 distinct 5-line pharmacy claims, pre-parsed; the same claims as JSON text.
  const raws = Array.from({ length: CLAIMS }, (_, i) => pharmacyCase(i));
  const texts = raws.map((r) => JSON.stringify(r));
  const cases = raws.map(parsed);
  settleAll(cases, pharmacyPack); // warm-up pass
  for (const t of texts) JSON.parse(t);
  const settleMs = median(Array.from({ length: ROUNDS }, () => timeOnce(() => settleAll(cases, pharmacyPack))));
  const parseMs = median(Array.from({ length: ROUNDS }, () => timeOnce(() => texts.forEach((t) => JSON.parse(t)))));
  const schemaMs = median(Array.from({ length: 3 }, () => timeOnce(() => raws.forEach(parsed))));

  // (c) + (d): one inpatient claim of 50, 500 and 5,000 lines.
  const growth = [50, 500, 5000].map((lines) => {
    const c = parsed(inpatientCase(lines));
    const run = () => settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: inpatientPack });
    const ms = medianTime(run, lines >= 5000 ? 31 : 201);
    return { lines, ms: sig(ms), usPerLine: sig((ms * 1000) / lines) };
  });
  const per = (n: number) => growth.find((g) => g.lines === n)!.usPerLine;

  return {
    claims: CLAIMS,
    settleClaimsPerSecond: Math.round((CLAIMS / settleMs) * 1000),
    jsonParseClaimsPerSecond: Math.round((CLAIMS / parseMs) * 1000),
    settleVsJsonParse: sig(settleMs / parseMs),
    parseCaseClaimsPerSecond: Math.round((CLAIMS / schemaMs) * 1000),
    inpatient500LinesMs: growth.find((g) => g.lines === 500)!.ms,
    growth,
    growthPerLineRatio5000vs50: sig(per(5000) / per(50)),
  };
}

async function mockFigures() {
  const file = new URL('./mockServerBench.ts', import.meta.url);
  if (!existsSync(file)) return null;
  const { benchMockServer } = (await import(file.href)) as {
    benchMockServer: (o?: { clients?: number; seconds?: number }) => Promise<Record<string, number>>;
  };
  return benchMockServer({ clients: 32, seconds: 10 });
}

const core = await coreFigures();
const env = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
log(`Yibao Direct benchmark · node ${env.node} · ${env.cpu} (one core used for the core figures)\n`);
const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
log(`(a) settle, 5-line pharmacy claims   ${core.settleClaimsPerSecond.toLocaleString('en')} claims/s` +
  `   target ≥ 100,000 claims/s  ${mark(core.settleClaimsPerSecond >= 100_000)}`);
log(`(b) settle vs JSON.parse             ${core.settleVsJsonParse}× slower ` +
  `(JSON.parse ${core.jsonParseClaimsPerSecond.toLocaleString('en')} claims/s)   target ≤ 3×  ${mark(core.settleVsJsonParse <= 3)}`);
log(`    parseCase (schema, for context)  ${core.parseCaseClaimsPerSecond.toLocaleString('en')} claims/s`);
log(`(c) 500-line inpatient claim          ${core.inpatient500LinesMs} ms (median)   target ≤ 1 ms  ${mark(core.inpatient500LinesMs <= 1)}`);
log('(d) growth                             ' + core.growth.map((g) => `${g.lines} lines ${g.ms} ms (${g.usPerLine} µs/line)`).join(' · '));
log(`    per-line time 5,000 vs 50 lines   ${core.growthPerLineRatio5000vs50}×   target ≈ 1× (linear)  ` +
  mark(core.growthPerLineRatio5000vs50 <= 1.5));

const mock = await mockFigures();
if (mock) {
  log(`(e) mock server, ${mock.clients} clients × ${mock.seconds} s: ${Math.round(mock.settlementsPerSecond!).toLocaleString('en')} settlements/s, ` +
    `p50 ${mock.p50Ms} ms, p99 ${mock.p99Ms} ms (${mock.count} settlements)   target ≥ 2,000/s ` +
    `${mark(mock.settlementsPerSecond! >= 2000)}, p99 ≤ 20 ms ${mark(mock.p99Ms! <= 20)}`);
} else {
  log('(e) mock server: test/bench/mockServerBench.ts not present, skipped');
}
if (json) console.log(JSON.stringify({ env, core, mock }));
