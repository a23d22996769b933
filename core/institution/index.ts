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
export { SETTLEMENT_ROUTES, perTransactionSchedule, bookAgainstAdvance } from './schedule/settlementRoutes.ts';
export type { SettlementRoute, AdvanceBooking } from './schedule/settlementRoutes.ts';
export { parseSettlementRecord, toStoredSettlementRecord } from './declaration/settlementRecord.ts';
export type { SettlementRecord, RecordItem, StoredSettlementRecord } from './declaration/settlementRecord.ts';
export { DECLARED_AMOUNTS, DECLARED_AMOUNT_LABELS } from './declaration/fundKeys.ts';
export type { DeclaredAmount } from './declaration/fundKeys.ts';
export { createDeclarationAccumulator, buildDeclaration } from './declaration/createDeclarationAccumulator.ts';
export type { DeclarationAccumulator, DeclarationGroup, DeclarationPart, DeclaredTotals, MonthlyDeclaration } from './declaration/createDeclarationAccumulator.ts';
