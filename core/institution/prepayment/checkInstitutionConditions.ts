import { CoreError } from '../../errors/index.ts';
import { expectBoolean, expectInt } from '../../guards/expect.ts';
import type { ConditionFailure } from './checkFundConditions.ts';
import { PREPAYMENT_PARAMS } from './prepaymentParams.ts';

/**
 * Whether an institution may receive a prepayment (R-19; institution conditions from the 云南 and
 * 西藏 rules, PARTIAL; the repayment condition from 甘肃, PARTIAL): a full settlement year under the
 * agreement, no suspension or termination in the last agreement year, sound finances, and the last
 * prepayment repaid in full (null: it had none).
 * @throws CoreError `INVALID_INPUT` for a missing or mistyped field
 */
export function checkInstitutionConditions(input: {
  settlementYearsUnderAgreement: number;
  suspendedOrTerminatedLastYear: boolean;
  financesSound: boolean;
  repaidLastPrepayment: boolean | null;
}): { eligible: boolean; failures: readonly ConditionFailure[] } {
  if (input === null || typeof input !== 'object') throw new CoreError('INVALID_INPUT', 'give { settlementYearsUnderAgreement, suspendedOrTerminatedLastYear, financesSound, repaidLastPrepayment }', 'input');
  expectInt(input.settlementYearsUnderAgreement, 'settlementYearsUnderAgreement', 0, 200);
  expectBoolean(input.suspendedOrTerminatedLastYear, 'suspendedOrTerminatedLastYear');
  expectBoolean(input.financesSound, 'financesSound');
  if (input.repaidLastPrepayment !== null) expectBoolean(input.repaidLastPrepayment, 'repaidLastPrepayment');
  const failures: ConditionFailure[] = [];
  const min = PREPAYMENT_PARAMS.institutionMinAgreementYears.value;
  if (input.settlementYearsUnderAgreement < min) {
    failures.push({ code: 'AGREEMENT_TOO_SHORT', reason: { zh: `协议管理下的完整结算年度不足 ${min} 年`, en: `Fewer than ${min} full settlement year(s) under the agreement` } });
  }
  if (input.suspendedOrTerminatedLastYear) {
    failures.push({ code: 'SUSPENDED_LAST_YEAR', reason: { zh: '上一协议年度内曾被暂停或解除协议', en: 'The agreement was suspended or ended in the last agreement year' } });
  }
  if (!input.financesSound) failures.push({ code: 'FINANCES_UNSOUND', reason: { zh: '财务状况或偿还能力不符合要求', en: 'Finances or the ability to repay are not sound' } });
  if (input.repaidLastPrepayment === false) {
    failures.push({ code: 'NOT_REPAID', reason: { zh: '上年度预付金未按期足额归还', en: 'Last year\'s prepayment was not repaid in full' } });
  }
  return { eligible: failures.length === 0, failures };
}
