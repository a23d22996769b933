import { describe, expect, it } from 'vitest';
import { CLI_TEXTS } from '../../../core/cli/cliTexts.ts';
import { HAN } from './support/yibao.ts';

/** Every text of one language, functions called with sample arguments. */
function allTexts(lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (prefix: string, v: unknown): void => {
    if (typeof v === 'string') out[prefix] = v;
    else if (typeof v === 'function') out[prefix] = String((v as (...a: unknown[]) => string)('ARG', 7, 'ARG', 'ARG'));
    else if (Array.isArray(v)) v.forEach((x, i) => visit(`${prefix}[${i}]`, x));
    else for (const [k, x] of Object.entries(v as object)) visit(prefix ? `${prefix}.${k}` : k, x);
  };
  visit('', CLI_TEXTS[lang]);
  return out;
}

describe('CLI_TEXTS', () => {
  const zh = allTexts('zh');
  const en = allTexts('en');

  it('has the same messages in zh and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('writes English without Chinese characters', () => {
    expect(Object.entries(en).filter(([, t]) => HAN.test(t))).toEqual([]);
  });

  it('writes every Chinese message in Chinese (only the program name is shared)', () => {
    const shared = new Set(['prefix']);
    expect(Object.entries(zh).filter(([k, t]) => !shared.has(k) && !HAN.test(t))).toEqual([]);
  });
});
