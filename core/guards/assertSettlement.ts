import { CoreError } from '../errors/index.ts';
import { Dec } from '../money/index.ts';
import { FILING_CATEGORIES, MED_TYPES } from '../types.ts';
import type { Settlement } from '../types.ts';
import { assertYearToDate, assertYtdDelta } from './assertDomain.ts';
import { expectArray, expectBoolean, expectDec, expectObject, expectOneOf, expectString } from './expect.ts';

export const AMOUNT_KEYS = [
  'medfeeSumamt', 'fulamtOwnpayAmt', 'overlmtSelfpay', 'preselfpayAmt', 'inscpScpAmt', 'actPayDedc', 'hifpPay', 'poolPropSelfpay',
  'cvlservPay', 'hifesPay', 'hifmiPay', 'hifobPay', 'mafPay', 'othPay', 'fundPaySumamt', 'psnPartAmt', 'acctPay', 'acctMulaidPay',
  'psnCashPay', 'hospPartAmt', 'balc',
] as const;
export const LINE_AMOUNT_KEYS = ['amount', 'fulamtOwnpayAmt', 'overlmtAmt', 'preselfpayAmt', 'inscpScpAmt', 'selfpayProp'] as const;

/**
 * Checks a Settlement as `settle` made it. One that went through JSON (amounts as text or numbers)
 * is refused with what to do: store it with `toStoredSettlement`, read it with `parseStoredSettlement`.
 */
export function assertSettlement(v: unknown, path = 'settlement'): Settlement {
  const s = expectObject(v, path);
  expectOneOf(s.kind, ['SETTLEMENT', 'REVERSAL'], `${path}.kind`);
  expectOneOf(s.medType, MED_TYPES, `${path}.medType`);
  expectString(s.policyId, `${path}.policyId`);
  expectString(s.insuranceYearStart, `${path}.insuranceYearStart`);
  expectString(s.policyVersion, `${path}.policyVersion`);
  if (s.category !== null) expectOneOf(s.category, FILING_CATEGORIES, `${path}.category`);
  expectBoolean(s.fundPaySumamtIncludesAcct, `${path}.fundPaySumamtIncludesAcct`);
  const a = expectObject(s.amounts, `${path}.amounts`);
  if (typeof a.medfeeSumamt === 'string' || typeof a.medfeeSumamt === 'number') {
    throw new CoreError(
      'INVALID_INPUT',
      'this settlement went through JSON (amounts are not Dec): store settlements with toStoredSettlement and read them back with parseStoredSettlement',
      `${path}.amounts`,
    );
  }
  for (const k of AMOUNT_KEYS) expectDec(a[k], `${path}.amounts.${k}`);
  expectArray(s.lines, `${path}.lines`).forEach((x, i) => {
    const l = expectObject(x, `${path}.lines[${i}]`);
    expectString(l.lineId, `${path}.lines[${i}].lineId`);
    expectOneOf(l.chrgitmLv, ['01', '02', '03'], `${path}.lines[${i}].chrgitmLv`);
    for (const k of LINE_AMOUNT_KEYS) expectDec(l[k], `${path}.lines[${i}].${k}`);
  });
  expectArray(s.funds, `${path}.funds`).forEach((x, i) => {
    const f = expectObject(x, `${path}.funds[${i}]`);
    expectString(f.fundPayType, `${path}.funds[${i}].fundPayType`);
    expectString(f.fundPayTypeName, `${path}.funds[${i}].fundPayTypeName`);
    if (f.setlProcInfo !== null) expectString(f.setlProcInfo, `${path}.funds[${i}].setlProcInfo`);
    expectDec(f.inscpScpAmt, `${path}.funds[${i}].inscpScpAmt`);
    expectDec(f.fundPayamt, `${path}.funds[${i}].fundPayamt`);
    if (f.crtPaybLmtAmt !== null) expectDec(f.crtPaybLmtAmt, `${path}.funds[${i}].crtPaybLmtAmt`);
  });
  assertYtdDelta(s.ytdDelta, `${path}.ytdDelta`);
  assertYearToDate(s.ytdAfter, `${path}.ytdAfter`);
  expectArray(s.warnings, `${path}.warnings`);
  return v as Settlement;
}

export const isDec = (v: unknown): v is Dec => Dec.isDecimal(v);
