import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from '../../../core/cli/textTable.ts';

describe('displayWidth', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('起付线')).toBe(6);
    expect(displayWidth('S-2 起付')).toBe(8);
    expect(displayWidth('（')).toBe(2);
  });
});

describe('textTable', () => {
  it('aligns mixed Chinese and Latin cells, right-aligning amounts', () => {
    const out = textTable([['项目', '金额'], ['起付线', '1300.00'], ['Cash', '5.00']], ['left', 'right']).split('\n');
    expect(out).toEqual(['项目       金额', '起付线  1300.00', 'Cash       5.00']);
    expect(new Set(out.map(displayWidth)).size).toBe(1);
  });
});
