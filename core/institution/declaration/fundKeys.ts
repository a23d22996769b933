import type { LocalText, SettlementAmounts } from '../../types.ts';

/** The amounts a declaration totals, in the order it shows them. */
export const DECLARED_AMOUNTS = [
  'medfeeSumamt', 'fundPaySumamt', 'hifpPay', 'hifobPay', 'hifmiPay', 'mafPay', 'acctPay', 'acctMulaidPay', 'cvlservPay', 'hifesPay', 'othPay', 'psnCashPay',
] as const satisfies readonly (keyof SettlementAmounts)[];

export type DeclaredAmount = (typeof DECLARED_AMOUNTS)[number];

/** Labels of the declared amounts (fund names per platform-api §2.4 / §6.8). */
export const DECLARED_AMOUNT_LABELS: Readonly<Record<DeclaredAmount, LocalText>> = {
  medfeeSumamt: { zh: '医疗费用总额', en: 'Total medical expenses' },
  fundPaySumamt: { zh: '基金支付总额', en: 'Total fund payment' },
  hifpPay: { zh: '统筹基金', en: 'Basic pooling fund' },
  hifobPay: { zh: '大额医疗补助', en: 'Large-expense subsidy (大额)' },
  hifmiPay: { zh: '大病保险', en: 'Major-illness insurance (大病)' },
  mafPay: { zh: '医疗救助', en: 'Medical assistance (救助)' },
  acctPay: { zh: '个人账户', en: 'Personal account' },
  acctMulaidPay: { zh: '个人账户共济', en: 'Family mutual-aid account' },
  cvlservPay: { zh: '公务员医疗补助', en: 'Civil-servant subsidy' },
  hifesPay: { zh: '企业补充医疗保险', en: 'Employer supplementary insurance' },
  othPay: { zh: '其他支付', en: 'Other payments' },
  psnCashPay: { zh: '个人现金', en: 'Personal cash' },
};
