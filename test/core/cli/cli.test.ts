import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesReference } from '../../../core/cli/rulesReference.ts';
import { Dec } from '../../../core/money/index.ts';
import { EXAMPLES, FIXTURES, HAN, ROOT, SPAWN_TIMEOUT, writeCase, yibao, yibaoInProcess } from './support/yibao.ts';

/** A wire number printed to the fen, for comparison with the spec's figures. */
const fen = (n: unknown): string => new Dec(String(n)).toFixed(2);
const bjPack = (): Record<string, any> => JSON.parse(readFileSync(join(ROOT, 'core/policy/packs/bj-310-2025.json'), 'utf8'));

describe('main', () => {
  describe('settle', () => {
    it('reproduces Example 4 to the fen (S-1 … S-9)', { timeout: SPAWN_TIMEOUT }, async () => {
      const r = await yibao(['settle', 'core/cli/examples/example-4.json']);
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

    it('prints the explained waterfall with rule ids, parameters, sources and the rules reference', async () => {
      const r = await yibaoInProcess('settle', join(EXAMPLES, 'example-4.json'), '--explain');
      expect(r.code).toBe(0);
      for (const s of ['S-1', 'S-2', 'S-4', 'S-5', 'S-9', 'R-8', '符合政策范围', '起付线', '42895.00', '13105.00']) {
        expect(r.stdout).toContain(s);
      }
      expect(r.stdout).toMatch(/inpatient\.deductible\.L3 = 1300/);
      expect(r.stdout).toMatch(/\[(VERIFIED|PARTIAL|UNVERIFIED|SYNTHETIC)\]/);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('规则、决定和计算步骤的编号（R-、D-、S-、DF-）见 docs/rules.md');
      expect(existsSync(join(ROOT, 'docs/rules.md'))).toBe(true);
    });

    it('points at the rules reference by its absolute path from outside the package', () => {
      expect(rulesReference(join(ROOT, '..', 'elsewhere'))).toBe(join(ROOT, 'docs/rules.md'));
      expect(rulesReference(ROOT)).toBe('docs/rules.md');
    });

    it('explains in English with --lang en, Chinese only inside quoted source documents', async () => {
      const r = await yibaoInProcess('settle', join(EXAMPLES, 'example-4.json'), '--explain', '--lang', 'en');
      expect(r.code).toBe(0);
      for (const s of ['In policy scope', 'Deductible', 'Co-pay first (class B items)']) expect(r.stdout).toContain(s);
      const mixed = r.stdout.split('\n').filter((l) => HAN.test(l.split(' source: ')[0]!));
      expect(mixed).toEqual([]);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Rule, decision and step ids (R-, D-, S-, DF-) are explained in docs/rules.md');
    });

    const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
    it.each(examples)('matches the expected figures written in %s', async (file) => {
      const expected = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')).expected as Record<string, any>;
      if (expected.best) {
        const r = await yibaoInProcess('estimate', join(EXAMPLES, file));
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout);
        for (const side of ['best', 'worst']) {
          for (const [field, value] of Object.entries(expected[side] as Record<string, string>)) {
            expect([side, field, fen(out[side].setlinfo[field])]).toEqual([side, field, value]);
          }
        }
        return;
      }
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

    it('exits 2 naming the JSON path of a bad amount, with the core title in Chinese by default', async () => {
      const r = await yibaoInProcess('settle', join(FIXTURES, 'bad-amount.json'));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('金额不正确（INVALID_AMOUNT）');
      expect(r.stderr).toContain('claim.lines[2].amount');
    });

    it('gives the core error title and action in English with --lang en', async () => {
      const r = await yibaoInProcess('settle', join(FIXTURES, 'bad-amount.json'), '--lang', 'en');
      expect(r.code).toBe(2);
      const [first, action] = r.stderr.split('\n');
      expect(first).toMatch(/^yibao: An amount is not valid \(INVALID_AMOUNT\) · at .*bad-amount\.json → claim\.lines\[2\]\.amount$/);
      expect(action).toContain('at most 2 decimals');
      expect(r.stderr).not.toMatch(HAN);
    });

    it.each([
      ['medType DENTAL', (c: any) => { c.claim.medType = 'DENTAL'; }, 'UNKNOWN_CODE', 'claim.medType'],
      ['admission after discharge', (c: any) => { c.claim.admissionDate = '2025-04-01'; }, 'INVALID_DATE', 'claim.dischargeDate'],
      ['a negative balance', (c: any) => { c.person.acctBalance = -5; }, 'INVALID_AMOUNT', 'person.acctBalance'],
      ['an unknown pack id', (c: any) => { c.policy = 'xx-310-1999'; }, 'POLICY_NOT_FOUND', 'xx-310-1999'],
      ['a resident settled with the employee pack', (c: any) => { c.person.insutype = '390'; c.person.status = 'RESIDENT_ADULT'; }, 'POLICY_MISMATCH', 'person.insutype'],
      ['a claim insured in 440105 with the Beijing pack', (c: any) => { c.claim.insuplcAdmdvs = '440105'; }, 'POLICY_MISMATCH', 'claim.insuplcAdmdvs'],
      ['a 5-digit treatment place', (c: any) => { c.claim.mdtrtareaAdmvs = '37010'; }, 'INVALID_DIVISION_CODE', 'claim.mdtrtareaAdmvs'],
      // D-1 decides an unknown province prefix as a verdict; the CLI reports it like the 5-digit code.
      ['a treatment place of unknown province 990102', (c: any) => { c.claim.mdtrtareaAdmvs = '990102'; }, 'INVALID_DIVISION_CODE', 'claim.mdtrtareaAdmvs'],
      ['an insured place of unknown province 990105', (c: any) => { c.claim.insuplcAdmdvs = '990105'; }, 'INVALID_DIVISION_CODE', 'claim.insuplcAdmdvs'],
    ])('exits 2 for %s, naming the path', async (name, change, code, where) => {
      const file = writeCase(`${name.replace(/\W+/g, '-')}.json`, change);
      for (const command of ['settle', 'check', 'estimate']) {
        const r = await yibaoInProcess(command, file);
        expect([command, r.code]).toEqual([command, 2]);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(code);
        expect(r.stderr).toContain(where);
      }
    });

    it('rejects an inline pack beyond the national limits, naming the path under policy', async () => {
      const pack = bjPack();
      pack.crossProvince.reductionPoints = { TMP_OTHER: '0.25' };
      const r = await yibaoInProcess('settle', writeCase('inline-bad.json', (c) => { c.policy = pack; }));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('POLICY_INVALID');
      expect(r.stderr).toContain('policy.crossProvince.reductionPoints.TMP_OTHER');
    });

    it('settles with a valid inline pack as with its id', async () => {
      const r = await yibaoInProcess('settle', writeCase('inline-ok.json', (c) => { c.policy = bjPack(); }));
      expect(r.code).toBe(0);
      expect(fen(JSON.parse(r.stdout).setlinfo.hifp_pay)).toBe('42895.00');
    });

    it.each([
      ['en', 'note: no ytd given; settled as the first claim of the insurance year from 2025-01-01.'],
      ['zh', '提示：未提供 ytd，按 2025-01-01 起的保险年度内首笔结算计算。'],
    ])('settles a case without ytd as the first claim of the year, saying so on stderr (--lang %s)', async (lang, note) => {
      const r = await yibaoInProcess('settle', join(EXAMPLES, 'estimate.json'), '--lang', lang);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`yibao: ${note}\n`);
      expect(fen(JSON.parse(r.stdout).setlinfo.act_pay_dedc)).toBe('1300.00');
    });

    it('explains a blocked verdict (D-6) with its hint and the rules reference, exit 1', async () => {
      const r = await yibaoInProcess('settle', join(EXAMPLES, 'not-filed.json'), '--explain', '--lang', 'en');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^this visit cannot be settled directly: NOT_FILED \(D-6 R-3 R-3c\)\n.*expired/i);
      expect(r.stdout).toContain('docs/rules.md');
      expect(r.stderr).toBe(''); // the note on a missing ytd concerns settled claims only
    });
  });

  describe('check', () => {
    it('prints the verdict with the hint in the chosen language, exit 1 when it blocks (D-6)', { timeout: SPAWN_TIMEOUT }, async () => {
      const r = await yibao(['check', 'core/cli/examples/not-filed.json', '--lang', 'en']);
      expect(r.code).toBe(1);
      const v = JSON.parse(r.stdout);
      expect(v).toMatchObject({ code: 'NOT_FILED', detail: 'EXPIRED', check: 'D-6', settles: false });
      expect(v.hint).toMatch(/expired/i);
    });

    it('prints the hint in Chinese by default, exit 0 when the claim settles', async () => {
      const r = await yibaoInProcess('check', join(EXAMPLES, 'example-4.json'));
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ code: 'DIRECT', category: 'LT_POSTED_WORKER' });
      expect(JSON.parse(r.stdout).hint).toMatch(HAN);
    });
  });

  describe('estimate', () => {
    it('gives a best and a worst settlement when the year-to-date is unknown (estimate.json)', async () => {
      const r = await yibaoInProcess('estimate', join(EXAMPLES, 'estimate.json'));
      expect(r.code).toBe(0);
      const e = JSON.parse(r.stdout);
      expect(e.unknowns).toContain('ytd');
      expect(e.best.setlinfo.psn_part_amt).toBeLessThanOrEqual(e.worst.setlinfo.psn_part_amt);
    });

    const tmpOther = (c: any) => {
      Object.assign(c.person.filings[0], { category: 'TMP_OTHER', validTo: '2025-12-31' });
    };
    const ningboResident = (c: any) => {
      Object.assign(c.person, { insutype: '390', status: 'RESIDENT_ADULT', acctBalance: '0' });
      Object.assign(c.person.filings[0], { category: 'LT_RESIDENT', registeredAt: '2023-01-02T09:00:00+08:00', validFrom: '2023-01-02' });
      Object.assign(c.claim, { insuplcAdmdvs: '330203', admissionDate: '2023-03-01', dischargeDate: '2023-03-05', settlementTime: '2023-03-05T10:00:00+08:00', acctUsed: false });
      c.policy = 'nb-390-2023';
    };
    it.each([
      ['an unknown ytd', (_c: any) => {}, 2],
      ['an unpublished R-9 reduction (TMP_OTHER)', tmpOther, 3],
      ['an unpublished later-stay deductible (nb-390-2023)', ningboResident, 3],
    ])('explains every unknown in the language asked for: %s', async (name, change, count) => {
      const file = writeCase(`unknowns-${name.replace(/\W+/g, '-')}.json`, change, 'estimate.json');
      const zh = JSON.parse((await yibaoInProcess('estimate', file)).stdout);
      const en = JSON.parse((await yibaoInProcess('estimate', file, '--lang', 'en')).stdout);
      expect(zh.unknowns).toEqual(en.unknowns);
      expect([zh.unknowns.length, zh.notes.length, en.notes.length]).toEqual([count, count, count]);
      for (const note of zh.notes) expect(note).toMatch(HAN);
      for (const note of en.notes) expect(note).not.toMatch(HAN);
    });

    it('exits 1 like settle and check when the verdict blocks (D-6)', async () => {
      const r = await yibaoInProcess('estimate', join(EXAMPLES, 'not-filed.json'));
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).verdict.code).toBe('NOT_FILED');
    });
  });

  describe('policies', () => {
    it('lists the shipped packs with a Chinese header by default', async () => {
      const r = await yibaoInProcess('policies');
      expect(r.code).toBe(0);
      for (const id of ['bj-310-2025', 'synthetic-310-examples', 'nb-390-2023']) expect(r.stdout).toContain(id);
      expect(r.stdout.split('\n')[0]).toMatch(/^编号\s+险种\s+核实状态/);
    });

    it('lists them with an English header with --lang en', async () => {
      const r = await yibaoInProcess('policies', '--lang', 'en');
      expect(r.stdout.split('\n')[0]).toMatch(/^id\s+insutype\s+status\s+pool\s+from\s+name$/);
    });

    it('lists them as JSON with --json', async () => {
      const r = await yibaoInProcess('policies', '--json');
      expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toContain('cz-310-2022');
    });
  });

  describe('help and version', () => {
    it('prints help in Chinese by default and in English with --lang en', async () => {
      const zh = await yibaoInProcess('--help');
      const en = await yibaoInProcess('help', '--lang', 'en');
      expect([zh.code, en.code]).toEqual([0, 0]);
      expect(zh.stdout).toContain('退出码');
      expect(en.stdout).toContain('Exit codes');
      expect(en.stdout).not.toMatch(HAN);
      expect(zh.stdout).toContain('yibao estimate core/cli/examples/estimate.json');
    });

    it('prints the version of package.json', async () => {
      const r = await yibaoInProcess('--version');
      expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    });
  });
});
