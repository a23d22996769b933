/**
 * The institution side of instant settlement (即时结算, spec ): working-day calendar,
 * declaration and payment schedule, monthly declaration, smart audit, risk warning, prepayment and
 * metrics. Pure like the rest of the core: dates are inputs, no clock.
 */
export { CHINA_HOLIDAYS } from './calendar/chinaHolidays.ts';
export type { HolidayYear, HolidayPeriod } from './calendar/chinaHolidays.ts';
export { dayKind, isWorkingDay } from './calendar/dayKind.ts';
export type { DayKind, DayInfo, WorkingCalendar } from './calendar/dayKind.ts';
export { addWorkingDays } from './calendar/addWorkingDays.ts';
export { countWorkingDays } from './calendar/countWorkingDays.ts';
export { INSTITUTION_SOURCES } from './institutionSources.ts';
export type { InstitutionSourceId, InstitutionParam } from './institutionSources.ts';
export { SCHEDULE_PARAMS } from './schedule/scheduleParams.ts';
export type { ScheduleOptions, NonWorkingDeadline } from './schedule/scheduleParams.ts';
export { declarationDeadline } from './schedule/declarationDeadline.ts';
export { paymentDueDate } from './schedule/paymentDueDate.ts';
export { checkPayment } from './schedule/checkPayment.ts';
export type { PaymentCheck } from './schedule/checkPayment.ts';
export { settlementSchedule } from './schedule/settlementSchedule.ts';
export type { SettlementSchedule, ScheduleParamUse } from './schedule/settlementSchedule.ts';
export { SETTLEMENT_ROUTES } from './schedule/settlementRoutes.ts';
export type { SettlementRoute } from './schedule/settlementRoutes.ts';
export { perTransactionSchedule } from './schedule/perTransactionSchedule.ts';
export { bookAgainstAdvance } from './schedule/bookAgainstAdvance.ts';
export type { AdvanceBooking } from './schedule/bookAgainstAdvance.ts';
export { parseSettlementRecord, toStoredSettlementRecord } from './declaration/settlementRecord.ts';
export type { SettlementRecord, RecordItem, StoredSettlementRecord } from './declaration/settlementRecord.ts';
export { DECLARED_AMOUNTS, DECLARED_AMOUNT_LABELS } from './declaration/fundKeys.ts';
export type { DeclaredAmount } from './declaration/fundKeys.ts';
export { createDeclarationAccumulator } from './declaration/createDeclarationAccumulator.ts';
export { buildDeclaration } from './declaration/buildDeclaration.ts';
export type { DeclarationAccumulator, DeclarationGroup, DeclarationPart, DeclaredTotals, MonthlyDeclaration } from './declaration/createDeclarationAccumulator.ts';
export { AUDIT_RULES, REVIEW_STAGES } from './audit/auditRules.ts';
export type { AuditRule, AuditRuleId } from './audit/auditRules.ts';
export { auditSettlements } from './audit/auditSettlements.ts';
export type { AuditConfig, AuditFinding, AuditResult, ItemLimit, ReviewItem } from './audit/auditSettlements.ts';
export { sampleForReview } from './audit/sampleForReview.ts';
export { seededRank } from './audit/seededRank.ts';
export { monthlyDeductions } from './audit/monthlyDeductions.ts';
export type { Deduction, MonthlyDeductions, ReviewOutcome } from './audit/monthlyDeductions.ts';
export { monitorRisk, RISK_MONITORS, RISK_DEFAULTS } from './risk/monitorRisk.ts';
export type { AgreementStatus, MonthFigures, RiskMonitorId, RiskRecommendation, RiskReport, RiskWarning } from './risk/monitorRisk.ts';
export { PREPAYMENT_PARAMS } from './prepayment/prepaymentParams.ts';
export { checkFundConditions } from './prepayment/checkFundConditions.ts';
export type { ConditionFailure, FundConditions, PoolFund } from './prepayment/checkFundConditions.ts';
export { checkInstitutionConditions } from './prepayment/checkInstitutionConditions.ts';
export { sizePrepayment } from './prepayment/sizePrepayment.ts';
export type { PrepaymentSize, YearSpending } from './prepayment/sizePrepayment.ts';
export { settlePrepaymentAtYearEnd } from './prepayment/settlePrepaymentAtYearEnd.ts';
export type { PrepaymentYearEnd } from './prepayment/settlePrepaymentAtYearEnd.ts';
export { instantSettlementMetrics, INSTANT_SETTLEMENT_TARGETS } from './metrics/instantSettlementMetrics.ts';
export type { InstantSettlementMetrics } from './metrics/instantSettlementMetrics.ts';
