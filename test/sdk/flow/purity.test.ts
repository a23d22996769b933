import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../../sdk/flow');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('sdk/flow', () => {
  it.each(files)('keeps %s pure: no DOM, storage, network or clock; imports only the core entry, zod/mini and pure SDK helpers', (f) => {
    const src = readFileSync(join(DIR, f), 'utf8');
    const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const imports = [...code.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].filter((m) => !m[1]).map((m) => m[2]);
    for (const i of imports) expect(['../../core/index.ts', 'zod/mini', '../transport/sdkError.ts']).toContain(i);
    expect(code).not.toMatch(/\b(document|window|indexedDB|fetch|localStorage|setTimeout|Date\.now|new Date|Math\.random)\b/);
  });
});
