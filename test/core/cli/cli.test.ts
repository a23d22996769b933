import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../core/money/index.ts';
import { main } from '../../../core/cli/main.ts';
import type { CliIo } from '../../../core/cli/CliIo.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = join(ROOT, 'core/cli/examples');
const FIXTURES = join(ROOT, 'test/fixtures/cases');
const TIMEOUT = 30_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/yibao.js …` as a user would. */
function yibao(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/yibao.js', ...args], { cwd: ROOT, timeout: TIMEOUT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the CLI in this process (fast), capturing its output. */
async function yibaoInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Changed copies of the examples; left in the OS temp folder. */
const work = mkdtempSync(join(tmpdir(), 'yibao-cli-'));

function writeCase(name: string, change: (c: Record<string, any>) => void, from = 'example-4.json'): string {
  const c = JSON.parse(readFileSync(join(EXAMPLES, from), 'utf8'));
  change(c);
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(c));
  return file;
}

/** A wire number printed to the fen, for comparison with the spec's figures. */
const fen = (n: unknown): string => new Dec(String(n)).toFixed(2);

describe('yibao settle', () => {
  it('reproduces Example 4 to the fen', { timeout: TIMEOUT }, async () => {
    const r = await yibao('settle', 'core/cli/examples/example-4.json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.verdict.code).toBe('DIRECT');
    expect(fen(out.setlinfo.hifp_pay)).toBe('42895.00');
    expect(fen(out.setlinfo.act_pay_dedc)).toBe('1300.00');
    expect(fen(out.setlinfo.inscp_scp_amt)).toBe('50000.00');
    expect(fen(out.setlinfo.psn_part_amt)).toBe('13105.00');
    expect(out.setldetail.length).toBeGreaterThan(0);
    expect(out.result.map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(out.ytdAfter.inpatientAdmissionsSettled).toBe(1);
    expect(fen(out.ytdAfter.basicFundPaid.inpatient)).toBe('42895.00');
  });

  it('prints the explained waterfall with rule ids, parameters and sources', { timeout: TIMEOUT }, async () => {
    const r = await yibao('settle', 'core/cli/examples/example-4.json', '--explain');
    expect(r.code).toBe(0);
    for (const s of ['S-1', 'S-2', 'S-4', 'S-5', 'S-9', 'R-8', '符合政策范围', '起付线', '42895.00', '13105.00']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/inpatient\.deductible\.L3 = 1300/);
    expect(r.stdout).toMatch(/\[(VERIFIED|PARTIAL|UNVERIFIED|SYNTHETIC)\]/);
  });

  it('explains in English with --lang en', async () => {
    const r = await yibaoInProcess('settle', join(EXAMPLES, 'example-4.json'), '--explain', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('In policy scope');
    expect(r.stdout).toContain('Deductible');
  });

  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  it.each(examples)('matches the expected figures written in %s', async (file) => {
    const expected = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')).expected as Record<string, string>;
    const r = await yibaoInProcess('settle', join(EXAMPLES, file));
    const out = JSON.parse(r.stdout);
    if (expected.verdict) {
      expect(r.code).toBe(1);
      expect(out.verdict.code).toBe(expected.verdict);
      expect(out.verdict.detail).toBe(expected.detail);
      expect(out.settlement).toBeNull();
      return;
    }
    expect(r.code).toBe(0);
    for (const [field, value] of Object.entries(expected)) expect([field, fen(out.setlinfo[field])]).toEqual([field, value]);
  });

  it('exits 2 naming the JSON path of a bad amount', { timeout: TIMEOUT }, async () => {
    const r = await yibao('settle', 'test/fixtures/cases/bad-amount.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('INVALID_AMOUNT');
    expect(r.stderr).toContain('claim.lines[2].amount');
  });

  it('exits 2 for a missing file', { timeout: TIMEOUT }, async () => {
    const r = await yibao('settle', 'test/fixtures/cases/no-such-case.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
  });

  it('exits 2 for a file that is not JSON, giving the line', async () => {
    const r = await yibaoInProcess('settle', join(FIXTURES, 'not-json.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON.*line \d+/);
  });

  it.each([
    ['medType DENTAL', (c: any) => { c.claim.medType = 'DENTAL'; }, 'UNKNOWN_CODE', 'claim.medType'],
    ['admission after discharge', (c: any) => { c.claim.admissionDate = '2025-04-01'; }, 'INVALID_DATE', 'claim.dischargeDate'],
    ['a negative balance', (c: any) => { c.person.acctBalance = -5; }, 'INVALID_AMOUNT', 'person.acctBalance'],
    ['an unknown pack id', (c: any) => { c.policy = 'xx-310-1999'; }, 'POLICY_NOT_FOUND', 'xx-310-1999'],
  ])('exits 2 for %s', async (name, change, code, where) => {
    const r = await yibaoInProcess('settle', writeCase(`${name.replace(/\W+/g, '-')}.json`, change));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toContain(where);
  });

  it('rejects an inline pack beyond the national limits, naming the path under policy', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'core/policy/packs/bj-310-2025.json'), 'utf8'));
    pack.crossProvince.reductionPoints = { TMP_OTHER: '0.25' };
    const r = await yibaoInProcess('settle', writeCase('inline-bad.json', (c) => { c.policy = pack; }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('POLICY_INVALID');
    expect(r.stderr).toContain('policy.crossProvince.reductionPoints.TMP_OTHER');
  });

  it('settles with a valid inline pack as with its id', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'core/policy/packs/bj-310-2025.json'), 'utf8'));
    const r = await yibaoInProcess('settle', writeCase('inline-ok.json', (c) => { c.policy = pack; }));
    expect(r.code).toBe(0);
    expect(fen(JSON.parse(r.stdout).setlinfo.hifp_pay)).toBe('42895.00');
  });

  it('settles a case without ytd as the first claim of the year, saying so on stderr', async () => {
    const r = await yibaoInProcess('settle', writeCase('no-ytd.json', (c) => { delete c.ytd; }), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no ytd given');
    expect(fen(JSON.parse(r.stdout).setlinfo.act_pay_dedc)).toBe('1300.00');
  });
});

describe('yibao check', () => {
  it('prints the verdict with the hint in the chosen language', { timeout: TIMEOUT }, async () => {
    const r = await yibao('check', 'core/cli/examples/not-filed.json', '--lang', 'en');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({ code: 'NOT_FILED', detail: 'EXPIRED', check: 'D-6' });
    expect(v.hint).toMatch(/expired/i);
  });

  it('prints the hint in Chinese by default', async () => {
    const r = await yibaoInProcess('check', join(EXAMPLES, 'example-4.json'));
    expect(JSON.parse(r.stdout)).toMatchObject({ code: 'DIRECT', category: 'LT_POSTED_WORKER' });
    expect(JSON.parse(r.stdout).hint).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('yibao estimate', () => {
  it('gives a best and a worst settlement when the year-to-date is unknown', async () => {
    const r = await yibaoInProcess('estimate', writeCase('estimate.json', (c) => { delete c.ytd; }));
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.unknowns).toContain('ytd');
    expect(e.best.setlinfo.psn_part_amt).toBeLessThanOrEqual(e.worst.setlinfo.psn_part_amt);
  });
});

describe('yibao policies', () => {
  it('lists the shipped packs', async () => {
    const r = await yibaoInProcess('policies');
    expect(r.code).toBe(0);
    for (const id of ['bj-310-2025', 'synthetic-310-examples', 'nb-390-2023']) expect(r.stdout).toContain(id);
  });

  it('lists them as JSON with --json', async () => {
    const r = await yibaoInProcess('policies', '--json');
    expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toContain('cz-310-2022');
  });
});

describe('yibao (usage)', () => {
  it('prints help with --help', { timeout: TIMEOUT }, async () => {
    const r = await yibao('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('yibao settle');
  });

  it.each([[['frob']], [[]], [['settle']], [['settle', 'a.json', '--lang', 'fr']], [['settle', 'a.json', '--bogus']]])(
    'exits 2 on bad usage %j',
    async (args) => {
      const r = await yibaoInProcess(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('yibao --help');
    },
  );
});

describe.skipIf(!existsSync(join(ROOT, 'mocks/server.ts')))('yibao mock', () => {
  it('starts the platform mock, serves it and stops on SIGTERM', { timeout: TIMEOUT }, async () => {
    const child = spawn(process.execPath, ['bin/yibao.js', 'mock', '--port', '0', '--seed', '7'], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        void exited.then((code) => reject(new Error(`mock exited early with ${code}: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      const reply = await fetch(`${url}/no-such-transaction`, { method: 'POST', body: '{}' });
      expect(typeof (await reply.json())).toBe('object');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
