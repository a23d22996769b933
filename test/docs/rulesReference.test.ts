import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkDirectSettlement, emptyYearToDate, estimateSettlement, getPolicyPack, insuranceYearDateOf, insuranceYearStartOf,
  isCoreError, loadPolicyPack, parseCase, reverseSettlement, settle,
  type PolicySet, type Settlement, type Verdict, type YearToDate,
} from '../../core/index.ts';
import { caseOf, readExamples } from '../core/settle/fixtures.ts';
import { brokenAnchorLinks, missingIds, readDefinitions, ruleIdsIn, scanSources, sourceFiles } from './ruleIds.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
const CLI_EXAMPLES = join(ROOT, 'core/cli/examples');
const BAD_CASES = join(ROOT, 'test/fixtures/cases');

/** Code-shaped literals outside the declared outcome and vocabulary types that are not ids, and why. */
const NOT_IDS: Readonly<Record<string, string>> = {
  OWN_DEDUCTIBLE: 'a pack value the loader refuses with POLICY_INVALID (DF-21); no output carries it',
};

/** Rule ids: every string of core/ (CLI included), mocks/, the shipped packs, and the SDK and PWA where they exist. */
const scan = scanSources(ROOT, [
  ...sourceFiles(ROOT, 'core'),
  ...sourceFiles(ROOT, 'mocks'),
  ...sourceFiles(ROOT, 'core/policy/packs', '.json'),
  ...['sdk', 'pwa'].filter((d) => existsSync(join(ROOT, d))).flatMap((d) => [...sourceFiles(ROOT, d), ...sourceFiles(ROOT, d, '.tsx')]),
]);
/**
 * Outcome codes: the core without its CLI. The CLI prints the core's codes and compares Node.js
 * error codes (EADDRINUSE, ERR_…); the mock's own codes (MOCK-E…, MX…) are listed in mocks/README.md.
 */
const coreScan = scanSources(ROOT, sourceFiles(ROOT, 'core').filter((f) => !f.startsWith('core/cli/')));

/** What one run emitted that a user sees: rule ids and codes, each with the run that emitted it. */
class Emitted {
  readonly ids = new Map<string, string>();

  add(id: string | null | undefined, where: string): void {
    if (id && !this.ids.has(id)) this.ids.set(id, where);
  }

  /** Rule ids in any text of a value (steps, sources, hints, messages) and the codes of a verdict. */
  verdict(v: Verdict, where: string): void {
    this.text(v, where);
    [v.code, v.check, v.detail, v.category, ...v.warnings, ...v.rules].forEach((id) => this.add(id, where));
  }

  settlement(s: Settlement | null, where: string): void {
    if (!s) return;
    this.text({ steps: s.steps, warnings: s.warnings }, where);
    for (const step of s.steps) [step.step, ...step.rules].forEach((id) => this.add(id, where));
    s.warnings.forEach((w) => this.add(w, where));
    if (s.category) this.add(s.category, where);
  }

  error(e: unknown, where: string): void {
    if (!isCoreError(e)) throw e;
    this.add(e.code, where);
    this.text(e.message, where);
  }

  text(value: unknown, where: string): void {
    for (const id of ruleIdsIn(JSON.stringify(value) ?? '')) this.add(id, where);
  }
}

/** Runs a case through check, settle (and its reversal) and estimate, as `yibao` would. */
function runCase(out: Emitted, where: string, c: { person: any; claim: any; ytd: YearToDate | null }, policy: PolicySet): void {
  try {
    out.verdict(checkDirectSettlement({ person: c.person, claim: c.claim, policy }), `${where} check`);
    const ytd = c.ytd ?? emptyYearToDate(insuranceYearStartOf(insuranceYearDateOf(c.claim, policy), policy));
    const { verdict, settlement } = settle({ person: c.person, claim: c.claim, ytd, policy });
    out.verdict(verdict, `${where} settle`);
    out.settlement(settlement, `${where} settle`);
    if (settlement) out.settlement(reverseSettlement(settlement, settlement.ytdAfter), `${where} reverse`);
    const e = estimateSettlement({ person: c.person, claim: c.claim, ytd: c.ytd, policy });
    out.verdict(e.verdict, `${where} estimate`);
    out.settlement(e.best, `${where} estimate`);
    out.settlement(e.worst, `${where} estimate`);
    out.text(e.unknowns, `${where} estimate`);
  } catch (e) {
    out.error(e, where);
  }
}

async function policyOf(ref: { id: string } | { inline: unknown }): Promise<PolicySet> {
  return 'id' in ref ? getPolicyPack(ref.id) : loadPolicyPack(ref.inline);
}

async function emittedByExamples(): Promise<Emitted> {
  const out = new Emitted();
  for (const name of readdirSync(CLI_EXAMPLES).filter((f) => f.endsWith('.json')).sort()) {
    const where = `core/cli/examples/${name}`;
    const parsed = parseCase(JSON.parse(readFileSync(join(CLI_EXAMPLES, name), 'utf8')));
    if (!parsed.ok) {
      out.error(parsed.error, where);
      continue;
    }
    try {
      runCase(out, where, parsed.value, await policyOf(parsed.value.policy));
    } catch (e) {
      out.error(e, where);
    }
  }
  for (const f of readExamples()) {
    const where = `test/fixtures/examples/${f.name}.json`;
    try {
      const c = caseOf(f);
      runCase(out, where, c, c.policySet);
    } catch (e) {
      out.error(e, where);
    }
  }
  for (const name of readdirSync(BAD_CASES).filter((f) => f.endsWith('.json')).sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(BAD_CASES, name), 'utf8'));
    } catch {
      continue; // not JSON: the CLI reports that itself, the core never sees it
    }
    const parsed = parseCase(json);
    if (!parsed.ok) out.error(parsed.error, `test/fixtures/cases/${name}`);
  }
  return out;
}

const missingWhere = (ids: Map<string, string>): string[] => missingIds(ids.keys(), DOC).map((id) => `${id} (${ids.get(id)})`);

describe('docs/rules.md', () => {
  it('defines every rule id that a string in core/, mocks/, the packs or the SDK can emit (static scan)', () => {
    expect(scan.ruleIds.size).toBeGreaterThan(50);
    expect(missingWhere(scan.ruleIds)).toEqual([]);
  });

  it('defines every verdict code, not-filed detail, filing decision and error code the core declares', () => {
    for (const id of ['DIRECT', 'NOT_FILED', 'EXPIRED', 'INVALID_FILING', 'REJECT_CHANGE_TOO_EARLY', 'POLICY_INCOMPLETE']) {
      expect(coreScan.outcomeCodes.has(id), id).toBe(true);
    }
    expect(missingWhere(coreScan.outcomeCodes)).toEqual([]);
  });

  it('defines every other code-shaped literal of the core (warnings and the like), or says why it is not an id', () => {
    expect(coreScan.otherCodes.has('YTD_RESET_NEW_INSURANCE_YEAR')).toBe(true);
    const candidates = new Map([...coreScan.otherCodes].filter(([id]) => !(id in NOT_IDS)));
    expect(missingWhere(candidates)).toEqual([]);
    for (const id of Object.keys(NOT_IDS)) expect(coreScan.otherCodes.has(id), `${id} is still in the sources`).toBe(true);
  });

  it('defines every id that the shipped examples and golden fixtures emit through check, settle, reverse and estimate', async () => {
    const emitted = await emittedByExamples();
    for (const id of ['DIRECT', 'NOT_FILED', 'EXPIRED', 'S-1', 'S-9', 'R-8', 'DF-5', 'INVALID_AMOUNT']) {
      expect(emitted.ids.has(id), `${id} emitted`).toBe(true);
    }
    expect(missingWhere(emitted.ids)).toEqual([]);
  });

  it('gives every rule, check, step, default, edge case and open item a status and every code a meaning', () => {
    const defs = [...readDefinitions(DOC).values()];
    const headed = defs.filter((d) => d.body.startsWith('#'));
    expect(headed.length).toBeGreaterThan(90);
    for (const d of headed) expect(d.body, d.id).toMatch(/\*\*Status:\*\* \S/);
    for (const d of defs.filter((x) => !x.body.startsWith('#'))) {
      const cells = d.body.split('|').map((c) => c.trim()).filter(Boolean);
      expect(cells.length, d.id).toBeGreaterThanOrEqual(2);
      expect(cells.at(-1)!.length, d.id).toBeGreaterThan(10);
    }
  });

  it('names the source documents of every national rule and the rules behind every check, step, default and edge case', () => {
    for (const d of readDefinitions(DOC).values()) {
      if (/^R-\d/.test(d.id)) expect(d.body, d.id).toMatch(/\*\*Source:\*\* \S/);
      else if (/^(D|S|DF|E)-\d/.test(d.id)) expect(d.body, d.id).toMatch(/\*\*(Rules|Source):\*\* \S/);
      else if (/^O-\d/.test(d.id)) expect(d.body, d.id).toMatch(/\*\*Affects:\*\* \S/);
    }
  });

  it('defines each rule group completely: R-1 … R-20, D-1 … D-8, S-0 … S-9, DF-1 … DF-22, E-1 … E-17, O-1 … O-13', () => {
    const range = (p: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${p}-${from + i}`);
    const all = [...range('R', 1, 20), ...range('D', 1, 8), ...range('S', 0, 9), ...range('DF', 1, 22), ...range('E', 1, 17), ...range('O', 1, 13)];
    expect(missingIds(all, DOC)).toEqual([]);
  });

  it('gives the worked examples the figures of their golden fixtures, and lists every fixture', () => {
    const section = DOC.slice(DOC.indexOf('## Worked examples'), DOC.indexOf('## Verdict codes'));
    const fixtures = new Map(readExamples().map((f) => [`${f.name}.json`, f.expected]));
    const listed = new Set<string>();
    for (const [, file, figures = ''] of section.matchAll(/`([\w-]+\.json)`: ([^;|]+)/g)) {
      listed.add(file!);
      const expected = fixtures.get(file!);
      expect(expected, file).toBeDefined();
      for (const [, field, value] of figures.matchAll(/(\w+) (-?\d+\.\d{2})/g)) expect(`${field} ${value}`, file).toBe(`${field} ${expected![field!]}`);
    }
    expect([...listed].sort()).toEqual([...fixtures.keys()].sort());
    for (const [, path] of section.matchAll(/`((?:test|core)\/[\w./-]+)`/g)) expect(existsSync(join(ROOT, path!)), path).toBe(true);
  });

  it('links only to anchors it defines', () => {
    expect(brokenAnchorLinks(DOC)).toEqual([]);
  });

  it('cites the national documents and never the team spec file or a path outside the repository', () => {
    expect(DOC).toContain('医保发〔2022〕22号');
    expect(DOC).not.toMatch(/settlement-rules\.md|\.\.\/shared|platform-api\.md/);
  });
});

describe('missingIds', () => {
  const fake = ['# Fake', '### <a id="r-1"></a>R-1 · A rule', '**Status:** VERIFIED.', '| <a id="not_filed"></a>`NOT_FILED` | no filing |'].join('\n');

  it('reports the ids a reference does not define', () => {
    expect(missingIds(['R-1', 'R-2', 'NOT_FILED', 'DF-5'], fake)).toEqual(['DF-5', 'R-2']);
  });

  it('does not count an id that is only mentioned, or only linked', () => {
    expect(missingIds(['R-9'], `${fake}\nSee R-9 and [R-9](#r-9).`)).toEqual(['R-9']);
  });

  it('refuses an anchor that does not match the id after it', () => {
    expect(() => missingIds(['R-1'], '### <a id="r-2"></a>R-1 · wrong anchor')).toThrow(/does not match/);
  });
});

describe('brokenAnchorLinks', () => {
  it('reports links to anchors nobody defines', () => {
    expect(brokenAnchorLinks('### <a id="r-1"></a>R-1\n[R-1](#r-1) [R-2](#r-2) [Top](#fake)\n# Fake')).toEqual(['r-2']);
  });
});
