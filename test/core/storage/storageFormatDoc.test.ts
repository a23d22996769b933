import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORAGE_VERSION, settle, toStoredSettlement } from '../../../core/index.ts';
import { caseOf, readExamples } from '../settle/fixtures.ts';

const doc = readFileSync(new URL('../../../core/STORAGE-FORMAT.md', import.meta.url), 'utf8');

/** Every leaf the excerpt shows, compared with the real value; "…" stands for what is left out. */
function shownDiffs(shown: unknown, real: unknown, path = '$', out: string[] = []): string[] {
  if (shown === '…') return out;
  if (Array.isArray(shown)) {
    shown.forEach((x, i) => shownDiffs(x, Array.isArray(real) ? real[i] : undefined, `${path}[${i}]`, out));
  } else if (shown !== null && typeof shown === 'object') {
    for (const [k, x] of Object.entries(shown)) if (k !== '…') shownDiffs(x, (real as Record<string, unknown> | undefined)?.[k], `${path}.${k}`, out);
  } else if (shown !== real) {
    out.push(`${path}: doc ${JSON.stringify(shown)}, real ${JSON.stringify(real)}`);
  }
  return out;
}

describe('toStoredSettlement (core/STORAGE-FORMAT.md)', () => {
  it('writes spec Example 4 exactly as the document shows it', () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const c = caseOf(readExamples().find((f) => f.name === 'example-4')!);
    const stored = toStoredSettlement(settle({ person: c.person, claim: c.claim, ytd: c.ytd!, policy: c.policySet }).settlement!);
    expect(shownDiffs(JSON.parse(block), JSON.parse(JSON.stringify(stored)))).toEqual([]);
  });
  it('documents the version this release writes', () => {
    expect(doc).toContain(`(version ${STORAGE_VERSION})`);
  });
});
