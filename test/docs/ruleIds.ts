import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Rule, decision, step, default, edge-case and open-item ids: R-3b, D-6, S-9, DF-5, E-10, O-4. */
export const RULE_ID = /(?<![\w-])(?:R-\d{1,2}[a-f]?|D-\d|S-\d|DF-\d{1,2}|E-\d{1,2}|O-\d{1,2})(?![\w-])/g;
/** An outcome code as the core writes it: NOT_FILED, POLICY_MISMATCH, EXPIRED. */
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** The anchor of an id in docs/rules.md: the id in lower case (`#r-3b`, `#not_filed`). */
export const anchorOf = (id: string): string => id.toLowerCase();

/** Rule ids mentioned in a text (deduplicated, in order of appearance). */
export function ruleIdsIn(text: string): string[] {
  return [...new Set(text.match(RULE_ID) ?? [])];
}

/** One definition in the reference: `<a id="r-3b"></a>R-3b …` (the id follows its anchor, in backticks or not). */
export interface Definition {
  id: string;
  anchor: string;
  line: number;
  /** The definition's text: its heading section, or its table row. */
  body: string;
}

const ANCHOR = /<a id="([^"]+)"><\/a>\s*`?([A-Za-z][\w-]*)`?/g;

/**
 * Reads the definitions of a rules reference. A definition is an anchor immediately followed by the
 * id it defines, on a heading (its body runs to the next heading) or in a table row (its body is the row).
 * @throws Error when an anchor is not the lower-case form of the id after it
 */
export function readDefinitions(markdown: string): Map<string, Definition> {
  const lines = markdown.split('\n');
  const defs = new Map<string, Definition>();
  lines.forEach((text, i) => {
    for (const m of text.matchAll(ANCHOR)) {
      const [, anchor = '', id = ''] = m;
      if (anchorOf(id) !== anchor) throw new Error(`line ${i + 1}: anchor "${anchor}" does not match the id "${id}" after it`);
      let body = text;
      if (/^#{1,6}\s/.test(text)) {
        const end = lines.findIndex((l, j) => j > i && /^#{1,6}\s/.test(l));
        body = lines.slice(i, end === -1 ? undefined : end).join('\n');
      }
      defs.set(id, { id, anchor, line: i + 1, body });
    }
  });
  return defs;
}

/** The ids a reference does not define, sorted. */
export function missingIds(ids: Iterable<string>, markdown: string): string[] {
  const defs = readDefinitions(markdown);
  return [...new Set(ids)].filter((id) => !defs.has(id)).sort();
}

/** Every `](#anchor)` link of a Markdown text that no `<a id>` or heading of that text defines. */
export function brokenAnchorLinks(markdown: string): string[] {
  const anchors = new Set([...markdown.matchAll(/<a (?:id|name)="([^"]+)"><\/a>/g)].map((m) => m[1]));
  for (const m of markdown.matchAll(/^#{1,6}\s+(.*)$/gm)) anchors.add(headingSlug(m[1] ?? ''));
  return [...new Set([...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] ?? ''))].filter((a) => !anchors.has(a));
}

/** GitHub's slug of a heading without inline HTML: lower case, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

// ---------------------------------------------------------------------------------------------
// Static scan of the sources
// ---------------------------------------------------------------------------------------------

/** `.ts` files below `dir` (node_modules and build output left out), relative to `root`. */
export function sourceFiles(root: string, dir: string, ext = '.ts'): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules' || name === 'dist' || name === 'public') continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(ext) && !p.endsWith('.d.ts')) out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** A string literal of a source file, with where it is. */
export interface Literal {
  file: string;
  line: number;
  text: string;
  node: ts.Node;
}

/** Every string literal and template text of a TypeScript file (comments are not literals). */
export function stringLiterals(root: string, file: string): Literal[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ file, line, text: node.text, node });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** Every string value of a JSON file (keys left out). */
export function jsonStrings(root: string, file: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(root, file), 'utf8')));
  return out;
}

/** The name of the type alias or interface a node is declared in, if any. */
function enclosingTypeName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) return n.name.text;
  }
  return undefined;
}

/** The property signature a literal type sits in, if any (`code: 'INVALID_FILING'` → `code`). */
function enclosingPropertyName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n && !ts.isTypeAliasDeclaration(n); n = n.parent) {
    if (ts.isPropertySignature(n) && ts.isIdentifier(n.name)) return n.name.text;
  }
  return undefined;
}

/**
 * Types whose string literals are outcome ids: every member can reach a caller as a verdict code,
 * a not-filed detail, a filing decision or reason, or an error code. (The decision checks D-1 … D-8
 * are rule ids, found by `RULE_ID` in every literal.)
 */
export const OUTCOME_TYPES = ['VerdictCode', 'NotFiledDetail', 'CoreErrorCode', 'InvalidFilingReason'] as const;
/** In these types only the `code` property is an outcome id. */
export const OUTCOME_CODE_PROPERTY_TYPES = ['FilingRejection'] as const;
/**
 * Types whose string literals are input vocabulary, not outcomes: care types, levels, person
 * statuses, assistance classes and the policy pack's option values (documented with the case and
 * pack formats, core/cli/CASE-FORMAT.md and the pack files).
 */
export const VOCABULARY_TYPES = [
  'Level', 'MedType', 'PersonStatus', 'AssistanceClass', 'Insutype', 'RoundingMode', 'DeductibleRule', 'DeductibleMultipliers', 'PolicySet',
] as const;

/** What the static scan found: outcome codes declared by type, code-shaped literals elsewhere, rule ids. */
export interface StaticScan {
  /** Rule ids in string literals, with one place each. */
  ruleIds: Map<string, string>;
  /** Members of the outcome types. */
  outcomeCodes: Map<string, string>;
  /** Code-shaped literals with an underscore outside every declared type (warnings and the like). */
  otherCodes: Map<string, string>;
  /** Literals of the vocabulary types. */
  vocabulary: Set<string>;
}

/**
 * Scans TypeScript and JSON sources for the ids they can emit.
 * @param root - the repository root
 * @param files - paths relative to root (`.ts` and `.json`)
 */
export function scanSources(root: string, files: readonly string[]): StaticScan {
  const scan: StaticScan = { ruleIds: new Map(), outcomeCodes: new Map(), otherCodes: new Map(), vocabulary: new Set() };
  const note = (map: Map<string, string>, id: string, where: string): void => void (map.has(id) || map.set(id, where));
  const candidates: [string, string][] = [];
  for (const file of files) {
    if (file.endsWith('.json')) {
      for (const s of jsonStrings(root, file)) for (const id of ruleIdsIn(s)) note(scan.ruleIds, id, file);
      continue;
    }
    for (const lit of stringLiterals(root, file)) {
      const where = `${lit.file}:${lit.line}`;
      for (const id of ruleIdsIn(lit.text)) note(scan.ruleIds, id, where);
      if (!CODE.test(lit.text)) continue;
      const typeName = enclosingTypeName(lit.node);
      if (typeName && (OUTCOME_TYPES as readonly string[]).includes(typeName)) note(scan.outcomeCodes, lit.text, where);
      else if (typeName && (OUTCOME_CODE_PROPERTY_TYPES as readonly string[]).includes(typeName) && enclosingPropertyName(lit.node) === 'code') {
        note(scan.outcomeCodes, lit.text, where);
      } else if (typeName && (VOCABULARY_TYPES as readonly string[]).includes(typeName)) scan.vocabulary.add(lit.text);
      else if (!typeName && lit.text.includes('_')) candidates.push([lit.text, where]);
    }
  }
  for (const [text, where] of candidates) {
    if (!scan.vocabulary.has(text) && !scan.outcomeCodes.has(text)) note(scan.otherCodes, text, where);
  }
  return scan;
}
