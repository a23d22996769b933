import { describe, expect, it } from 'vitest';
import { CoreError, describeError, ERROR_TEXTS, type CoreErrorCode } from '../../../core/index.ts';

const CODES = Object.keys(ERROR_TEXTS) as CoreErrorCode[];
// A digit run as long as an ID number, or a Han name pattern next to 姓名, would be personal data.
const PERSONAL = /\d{15,}|姓名[:：]/;

describe('describeError', () => {
  it.each(CODES)('gives %s a zh-CN and an en title and action', (code) => {
    const zh = describeError(new CoreError(code, 'x'), 'zh');
    const en = describeError(new CoreError(code, 'x'), 'en');
    for (const t of [zh, en]) {
      expect(t.title.length).toBeGreaterThan(3);
      expect(t.action.length).toBeGreaterThan(10);
      expect(t.title + t.action).not.toMatch(PERSONAL);
    }
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
    expect(en.title).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en.action).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('defaults to zh-CN', () => {
    expect(describeError(new CoreError('POLICY_MISMATCH', 'x'))).toEqual(ERROR_TEXTS.POLICY_MISMATCH.zh);
  });

  it('keeps the message out of the text (no personal data passes through)', () => {
    const err = new CoreError('INVALID_INPUT', 'psnNo 110101199001011234');
    const t = describeError(err, 'en');
    expect(t.title + t.action).not.toContain('110101199001011234');
  });

  it('lists distinct titles for distinct codes', () => {
    expect(new Set(CODES.map((c) => ERROR_TEXTS[c].en.title)).size).toBe(CODES.length);
    expect(new Set(CODES.map((c) => ERROR_TEXTS[c].zh.title)).size).toBe(CODES.length);
  });
});
