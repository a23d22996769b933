import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARED_AMOUNTS, parseSettlementRecord } from '../../../core/index.ts';
import { parseCommandLine } from '../../../core/cli/parseCommandLine.ts';
import { EXAMPLES, SPAWN_TIMEOUT, work, yibao, yibaoInProcess } from './support/yibao.ts';

const FILE = join(EXAMPLES, 'settlements-2025-09.ndjson');
const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const stored = lines.map((l) => JSON.parse(l) as { settledOn: string; insuplcAdmdvs: string; mdtrtareaAdmvs: string; settlement: { kind: string; amounts: Record<string, string> } });

/** Independent sum in integer fen of one amount over some stored records (text in, text out). */
function fenSum(rows: typeof stored, key: string): string {
  const f = rows.reduce((s, r) => {
    const [i, d = ''] = r.settlement.amounts[key]!.replace('-', '').split('.');
    const v = BigInt(i!) * 100n + BigInt((d + '00').slice(0, 2));
    return s + (r.settlement.amounts[key]!.startsWith('-') ? -v : v);
  }, 0n);
  const neg = f < 0n;
  const a = neg ? -f : f;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

const scratch = (name: string, text: string | Uint8Array): string => {
  const f = join(work, name);
  writeFileSync(f, text);
  return f;
};

describe('yibao declare', () => {
  it('R-18: totals the example file by fund to the fen, the cross-province part apart (--json)', async () => {
    const r = await yibaoInProcess('declare', FILE, '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.records).toBe(lines.length);
    const [d] = out.declarations;
    expect(d.month).toBe('2025-09');
    expect(d.schedule).toMatchObject({ declarationDeadline: '2025-10-10', paymentDueDate: '2025-11-06' });
    const province = (code: string) => code.slice(0, 2);
    const cross = stored.filter((s) => province(s.insuplcAdmdvs) !== province(s.mdtrtareaAdmvs));
    const local = stored.filter((s) => province(s.insuplcAdmdvs) === province(s.mdtrtareaAdmvs));
    expect(cross.length).toBeGreaterThan(0);
    expect(local.length).toBeGreaterThan(0);
    for (const k of DECLARED_AMOUNTS) {
      expect([k, d.total.totals[k]]).toEqual([k, fenSum(stored, k)]);
      expect([k, d.crossProvince.all.totals[k]]).toEqual([k, fenSum(cross, k)]);
      expect([k, d.instant.all.totals[k]]).toEqual([k, fenSum(local, k)]);
    }
    expect(d.total.reversals).toBe(stored.filter((s) => s.settlement.kind === 'REVERSAL').length);
    expect(Object.keys(d.crossProvince.byClearingType).sort()).toEqual(['11', '21', '41']);
  });

  it('keeps every record of the example file readable by the core', () => {
    for (const l of lines) expect(parseSettlementRecord(JSON.parse(l)).ok).toBe(true);
  });

  it('prints a table in zh by default and in en, with the schedule', async () => {
    const zh = await yibaoInProcess('declare', FILE);
    expect(zh.stdout).toMatch(/^2025-09 月度申报（7 笔）\n申报截止 2025-10-10，拨付期限 2025-11-06\n/);
    expect(zh.stdout).toMatch(/跨省异地就医（预付后省间清算）/);
    const en = await yibaoInProcess('declare', FILE, '--lang', 'en');
    expect(en.stdout).toMatch(/^Declaration for 2025-09 \(7 records\)\ndeclare by 2025-10-10, payment due 2025-11-06\n/);
    expect(en.stdout).toMatch(new RegExp(`Total\\s+7\\s+1\\s+${fenSum(stored, 'medfeeSumamt').replace('.', '\\.')}`));
  });

  it('reads a JSON array as well as NDJSON, with or without a BOM', async () => {
    const arr = scratch('records.json', `\uFEFF[\n${lines.join(',\n')}\n]`);
    const a = JSON.parse((await yibaoInProcess('declare', arr, '--json')).stdout);
    const b = JSON.parse((await yibaoInProcess('declare', FILE, '--json')).stdout);
    expect(a.declarations).toEqual(b.declarations);
    const bom = scratch('bom.ndjson', `\uFEFF${lines.join('\n\n')}`);
    expect(JSON.parse((await yibaoInProcess('declare', bom, '--json')).stdout).declarations).toEqual(b.declarations);
  });

  it('declares every month of the file, or only --month with the others counted as skipped', async () => {
    const moved = lines.map((l, i) => (i < 2 ? l.replace(/"settledOn":"2025-09-(\d\d)"/, '"settledOn":"2025-10-$1"') : l));
    const f = scratch('two-months.ndjson', moved.join('\n'));
    const all = JSON.parse((await yibaoInProcess('declare', f, '--json')).stdout);
    expect(all.declarations.map((d: { month: string; total: { count: number } }) => [d.month, d.total.count])).toEqual([['2025-09', 5], ['2025-10', 2]]);
    const one = JSON.parse((await yibaoInProcess('declare', f, '--json', '--month', '2025-10')).stdout);
    expect(one.declarations.map((d: { month: string; skipped: { otherMonth: number } }) => [d.month, d.skipped.otherMonth])).toEqual([['2025-10', 5]]);
  });

  it('R-18: declares a month whose due date is past the calendar, with a note naming the missing year', async () => {
    const f = scratch('december.ndjson', lines[0]!.replace(/"settledOn":"2025-09-\d\d"/, '"settledOn":"2026-12-01"'));
    const r = await yibaoInProcess('declare', f, '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).declarations[0].schedule).toBeNull();
    expect(r.stderr).toBe('yibao: note: no working-day calendar for 2027, so the deadline and payment due date of 2026-12 cannot be given.\n');
  });

  it('names the record, the line and the path of a bad record, never its values (exit 2)', async () => {
    const bad = lines.map((l, i) => (i === 2 ? l.replace(/"psnRef":"[^"]*"/, '"psnRef":"11010519491231002X"') : l));
    const r = await yibaoInProcess('declare', scratch('bad.ndjson', bad.join('\n')), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^yibao: record 3 of the settlement records file \S+bad\.ndjson is wrong at psnRef: The input has the wrong shape \(INVALID_INPUT\)\n/);
    expect(r.stderr).not.toContain('11010519491231002X');
    const amount = lines.map((l, i) => (i === 1 ? l.replace(/"hifpPay":"[^"]*"/, '"hifpPay":12.5') : l));
    const a = await yibaoInProcess('declare', scratch('amount.ndjson', amount.join('\n')), '--lang', 'en');
    expect(a.stderr).toMatch(/record 2 .* at settlement\.amounts\.hifpPay: An amount is not valid \(INVALID_AMOUNT\)/);
  });

  it.each([
    ['a missing file', () => join(work, 'nope.ndjson'), /^yibao: no settlement records file /],
    ['a folder', () => work, /is a folder, not a settlement records file/],
    ['an empty file', () => scratch('empty.ndjson', '\n\n'), /is empty: write one yibao\.settlement-record per line/],
    ['broken JSON on line 2', () => scratch('broken.ndjson', `${lines[0]}\n{"format": }\n`), /is not valid JSON at line 2, column 12: a value belongs here/],
    ['GBK bytes', () => scratch('gbk.ndjson', Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from([0xc4, 0xe3, 0x0a])])), /is not UTF-8 \(from line 2; GBK perhaps\)/],
    ['UTF-16', () => scratch('utf16.ndjson', Buffer.from(`\uFEFF${lines[0]}`, 'utf16le')), /is encoded as UTF-16/],
    ['a JSON object where an array belongs', () => scratch('object.json', '[1] x'), /is not valid JSON at line 1, column 5/],
  ])('refuses %s with exit 2 and one message', async (_what, file, message) => {
    const r = await yibaoInProcess('declare', file(), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a missing file argument, an extra one and a bad --month (exit 64)', async () => {
    expect((await yibaoInProcess('declare', '--lang', 'en')).stderr).toMatch(/^yibao: declare needs a file of settlement records: yibao declare SETTLEMENTS\.ndjson\n/);
    expect((await yibaoInProcess('declare', FILE, FILE)).code).toBe(64);
    expect((await yibaoInProcess('declare', FILE, '--month', '2025-9', '--lang', 'en')).stderr).toMatch(/--month takes a settlement month YYYY-MM/);
    expect(parseCommandLine(['declare', 'f.ndjson', '--month', '2025-09'])).toEqual({ command: 'declare', file: 'f.ndjson', month: '2025-09', json: false, lang: 'zh' });
  });

  it('runs as a process like a user types it', { timeout: SPAWN_TIMEOUT }, async () => {
    const r = await yibao(['declare', 'core/cli/examples/settlements-2025-09.ndjson', '--json']);
    expect([r.code, r.stderr, JSON.parse(r.stdout).declarations[0].total.count]).toEqual([0, '', 7]);
  });
});

describe('yibao declare and calendar (fuzz)', () => {
  const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 30);

  /** A copy of `doc` with the value at one path deleted or replaced. */
  function mutate(doc: unknown, pick: number, value: unknown, remove: boolean): unknown {
    const copy = structuredClone(doc);
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]): void => {
      if (at.length) paths.push(at);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    };
    walk(copy, []);
    const path = paths[pick % paths.length]!;
    let parent = copy as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    if (remove && Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
    else if (remove) delete parent[path.at(-1)!];
    else parent[path.at(-1)!] = value;
    return copy;
  }

  it('answers a file with one mutated record with 0 or 2, never 70, a stack trace or NaN', { timeout: 30_000 + RUNS * 200 }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: lines.length - 1 }), fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), fc.boolean(), async (which, pick, value, remove, json) => {
        const doc = mutate(JSON.parse(lines[which]!), pick, value, remove);
        const text = lines.map((l, i) => (i === which ? JSON.stringify(doc) : l)).join('\n');
        const r = await yibaoInProcess('declare', scratch(`fuzz-${n++ % 10}.ndjson`, text), ...(json ? ['--json'] : []));
        expect([0, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.stdout).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers any month argument with 0 or 64', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 8 }), fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`)), async (month) => {
        const r = await yibaoInProcess('calendar', '--', month);
        expect([0, 64]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
