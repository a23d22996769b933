import { CoreError } from '../errors/index.ts';
import { ZERO, addDec, maxDec, minDec, subDec, type Money } from '../money/index.ts';
import type { SettlementAmounts } from '../types.ts';
import { addStep, param, type SettleContext } from './SettleContext.ts';

export type PersonalShare = Pick<
  SettlementAmounts,
  'fundPaySumamt' | 'psnPartAmt' | 'acctPay' | 'acctMulaidPay' | 'psnCashPay' | 'hospPartAmt' | 'balc'
>;

/**
 * S-9: fund total, then the personal share by subtraction (so the parts reconcile to the fen),
 * the personal account within its balance and scope (R-14, R-17, DF-15), the family account as a
 * caller-given part (DF-16), and cash as the remainder.
 * @throws CoreError `INVALID_AMOUNT` when a family-account payment exceeds what is left to pay.
 */
export function computePersonalShare(
  ctx: SettleContext,
  t: { medfee: Money; fulamt: Money; overlmt: Money; funds: readonly Money[]; acctAllowed: boolean },
): PersonalShare {
  const { claim, person, policy } = ctx;
  let fund = ZERO;
  for (const f of t.funds) fund = addDec(fund, f);
  const hosp = claim.hospPartAmt ?? ZERO;
  const psnPart = subDec(subDec(t.medfee, fund), hosp);
  const scopeAll = policy.crossProvince.acctScope === 'ALL';
  const scope = scopeAll ? psnPart : maxDec(ZERO, psnPart.minus(t.fulamt).minus(t.overlmt));
  const acct = t.acctAllowed ? maxDec(ZERO, minDec(person.acctBalance, scope)) : ZERO;
  const mulaid = claim.acctMulaidPay ?? ZERO;
  if (mulaid.isNegative() || mulaid.gt(psnPart.minus(acct))) {
    throw new CoreError('INVALID_AMOUNT', 'the family-account payment must be between 0 and what is left after the personal account (DF-16)', 'claim.acctMulaidPay');
  }
  const cash = subDec(subDec(psnPart, acct), mulaid);
  const balc = subDec(person.acctBalance, acct);
  addStep(
    ctx,
    'S-9',
    ['S-9', 'R-14', 'R-17'],
    { zh: '个人负担、个人账户与现金', en: 'Personal share, account and cash' },
    { medfee_sumamt: t.medfee, fund_pay_sumamt: fund, hosp_part_amt: hosp, acct_balance: person.acctBalance, acct_allowed: String(t.acctAllowed) },
    [param(ctx, 'crossProvince.acctScope', policy.crossProvince.acctScope), param(ctx, 'crossProvince.acctUseCrossProvince', policy.crossProvince.acctUseCrossProvince)],
    { psn_part_amt: psnPart, acct_pay: acct, acct_mulaid_pay: mulaid, psn_cash_pay: cash, balc },
  );
  return { fundPaySumamt: fund, psnPartAmt: psnPart, acctPay: acct, acctMulaidPay: mulaid, psnCashPay: cash, hospPartAmt: hosp, balc };
}
