// The hosts' own carts, handed to <yb-checkout> as a property (codes of the mock's 就医地 catalogue).

/** The pharmacy POS's cart. */
export const PHARMACY_CART = [
  { id: 'L1', name: '二甲双胍片', listCode: 'XA10BAA001A001010100001', qty: 2, unitPrice: '12.50' },
  { id: 'L2', name: '氨氯地平片', listCode: 'XC08CAA002A001010100002', qty: 1, unitPrice: '33.80' },
  { id: 'L3', name: '营养补充剂（自费）', listCode: 'XV99ZZZ010A001010100010', qty: 1, unitPrice: '58.00' },
];

/** The visit's fees from the HIS (the mock README's walk-through lines). */
export const OUTPATIENT_CART = [
  { id: 'F1', name: '二甲双胍片', listCode: 'XA10BAA001A001010100001', qty: 2, unitPrice: '12.50' },
  { id: 'F2', name: '氨氯地平片', listCode: 'XC08CAA002A001010100002', qty: 1, unitPrice: '33.80' },
  { id: 'F3', name: '门诊诊查费', listCode: '001102000010000', qty: 1, unitPrice: '40.00' },
  { id: 'F4', name: '营养补充剂（自费）', listCode: 'XV99ZZZ010A001010100010', qty: 1, unitPrice: '58.00' },
];

/**
 * A 门诊慢特病 visit: spec Example 1's lines (甲类 32.52; 乙类 31.77 at 先行自付 10 %), played with the
 * mock catalogue's 甲类 二甲双胍片 and 乙类 氨氯地平片 (selfpay 0.1, no price cap): 基金 48.89 under the 廊坊 pack.
 */
export const CHRONIC_CART = [
  { id: 'C1', name: '二甲双胍片', listCode: 'XA10BAA001A001010100001', qty: 1, unitPrice: '32.52' },
  { id: 'C2', name: '氨氯地平片', listCode: 'XC08CAA002A001010100002', qty: 1, unitPrice: '31.77' },
];
