import { describe, expect, it } from 'vitest';
import { parseCart } from '../../../sdk/flow/parseCart.ts';
import { maskCertNo, maskName } from '../../../sdk/flow/mask.ts';

const line = { id: 'L1', listCode: 'XA10BAA001A001010100001', qty: 2, unitPrice: '12.5' };

describe('parseCart', () => {
  it('totals the lines in decimals, amount = qty × unitPrice to the fen', () => {
    const r = parseCart([line, { id: 'L2', listCode: 'XC08CAA002A001010100002', qty: '3', unitPrice: '0.1' }, { id: 'L3', listCode: 'X', qty: '1', unitPrice: '0.2' }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 0.1 × 3 + 0.2 is 0.5 exactly (floats would give 0.5000000000000001 for 0.1 * 3 + 0.2).
    expect(r.total.toFixed(2)).toBe('25.50');
    expect(r.items.map((i) => i.amount.toFixed(2))).toEqual(['25.00', '0.30', '0.20']);
    expect(r.items[0]!.hospCode).toBe(line.listCode);
  });

  it('rounds a 6-decimal unit price line half up to the fen (DF-8)', () => {
    const r = parseCart([{ ...line, qty: '3', unitPrice: '1.234567' }]);
    expect(r.ok && r.total.toFixed(2)).toBe('3.70');
  });

  it('accepts the JSON text of an attribute', () => {
    expect(parseCart(JSON.stringify([line])).ok).toBe(true);
  });

  it.each([
    [[{ ...line, qty: 0 }], 'qty'],
    [[{ ...line, qty: '1.23456' }], 'qty'],
    [[{ ...line, unitPrice: '-1' }], 'unitPrice'],
    [[{ ...line, unitPrice: 'abc' }], 'unitPrice'],
    [[{ ...line, amount: '25.001' }], 'amount'],
    [[{ ...line, amount: '26' }], 'amount'],
    [[{ ...line, id: '' }], 'id'],
    [[{ ...line, listCode: undefined }], 'listCode'],
  ])('names the bad field of a bad line: %j → %s', (cart, path) => {
    const r = parseCart([{ ...line, id: 'OK1' }, ...cart]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'CART_INVALID', retryable: false, line: { index: 1, path } });
    expect(r.error.text.zh).toContain('第 2 行');
    expect(r.error.text.en).toContain('Line 2');
  });

  it('refuses a line id used twice', () => {
    const r = parseCart([line, line]);
    expect(!r.ok && r.error.line).toEqual({ index: 1, id: 'L1', path: 'id' });
  });

  it.each([[[]], ['not json'], [{}], [null]])('refuses a cart that is not a non-empty array: %j', (cart) => {
    const r = parseCart(cart);
    expect(!r.ok && r.error.code).toBe('CART_INVALID');
  });
});

describe('maskCertNo', () => {
  it('keeps the first and last four characters', () => {
    expect(maskCertNo('420106198608180011')).toBe('4201**********0011');
    expect(maskCertNo('12345678')).toBe('********');
  });
});

describe('maskName', () => {
  it('keeps the first character only', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳修文')).toBe('欧***');
    expect(maskName('')).toBe('');
  });
});
