import { describe, expect, it } from 'vitest';
import { formatYuan, maskId, maskName, t, TEXTS } from '../../../sdk/i18n/index.ts';
import { Dec } from '../../../core/index.ts';

describe('formatYuan', () => {
  it.each([
    [156.8, '¥156.80'], ['1885.91', '¥1,885.91'], [0, '¥0.00'], ['-42.71', '-¥42.71'], ['0.005', '¥0.01'],
    ['999.995', '¥1,000.00'], ['1234567.8', '¥1,234,567.80'], ['-0.001', '¥0.00'], ['00012.3', '¥12.30'],
  ])('formats %s as %s, half-up on the decimal text', (value, want) => {
    expect(formatYuan(value)).toBe(want);
  });

  it('formats a core Dec without float arithmetic', () => {
    expect(formatYuan(new Dec('0.1').plus('0.2'))).toBe('¥0.30');
  });

  it.each([[null], [undefined], ['abc'], ['1e5'], [Number.NaN]])('shows a dash for %s', (value) => {
    expect(formatYuan(value as never)).toBe('—');
  });
});

describe('maskId', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskId('420106198608180011')).toBe('4201**********0011');
  });
  it('hides a short number entirely', () => {
    expect(maskId('12345')).toBe('*****');
  });
});

describe('maskName', () => {
  it.each([['张三', '张*'], ['测试门诊子', '测****'], ['欧阳娜娜', '欧***']])('masks %s as %s', (name, want) => {
    expect(maskName(name)).toBe(want);
  });
});

describe('t', () => {
  it('has a zh-CN and an en text for every key', () => {
    for (const [key, pair] of Object.entries(TEXTS)) {
      expect(pair['zh-CN'], key).not.toBe('');
      expect(pair.en, key).not.toBe('');
      expect(pair.en, key).not.toMatch(/[\u4e00-\u9fff]{3,}/);
    }
  });
  it('fills placeholders', () => {
    expect(t('en', 'settled', { id: '400000000010' })).toBe('Settled: settlement 400000000010');
  });
});
