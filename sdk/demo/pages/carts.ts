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
