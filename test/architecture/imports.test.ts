import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'public') out.push(...sourceFiles(p));
    } else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) out.push((m[1] ?? m[2])!);
  return out;
}

const rel = (p: string): string => relative(ROOT, p);
const coreFiles = sourceFiles(join(ROOT, 'core')).filter((f) => !rel(f).startsWith('core/cli/'));

describe('import rules (DEVELOPERS.md, style.md)', () => {
  it('keeps core pure: only decimal.js, zod/mini and its own files (no DOM, network, node or clock)', () => {
    const offenders: string[] = [];
    for (const f of coreFiles) {
      for (const spec of importsOf(f)) {
        const ok = spec === 'decimal.js' || spec === 'zod/mini' || (spec.startsWith('.') && !rel(resolve(dirname(f), spec)).startsWith('..'));
        if (!ok) offenders.push(`${rel(f)} imports ${spec}`);
      }
      const text = readFileSync(f, 'utf8');
      if (/\b(Date\.now|performance\.now|fetch)\(|new Date\(\)|\bdocument\.|\blocalStorage\b|\bnavigator\./.test(text)) offenders.push(`${rel(f)} reads a clock, the network or the DOM`);
    }
    expect(offenders).toEqual([]);
  });

  it('lets mocks, sdk and pwa reach the core only through its public entry', () => {
    const offenders: string[] = [];
    for (const top of ['mocks', 'sdk', 'pwa']) {
      let files: string[] = [];
      try {
        files = sourceFiles(join(ROOT, top));
      } catch {
        continue; // not built yet
      }
      for (const f of files) {
        for (const spec of importsOf(f)) {
          if (!spec.startsWith('.')) continue;
          const target = rel(resolve(dirname(f), spec));
          if (target.startsWith('core/') && target !== 'core/index.ts') offenders.push(`${rel(f)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no import cycle inside the core', () => {
    const graph = new Map<string, string[]>();
    for (const f of coreFiles) {
      graph.set(
        rel(f),
        importsOf(f).filter((s) => s.startsWith('.')).map((s) => rel(resolve(dirname(f), s))).filter((t) => t.endsWith('.ts')),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 'active' | 'done'>();
    const visit = (n: string, path: string[]): void => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'active') {
        cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
        return;
      }
      state.set(n, 'active');
      for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of graph.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
