import type { LocalText } from '../../types.ts';
import type { InstitutionSourceId } from '../institutionSources.ts';

/** The three routes of instant settlement (R-18, 医保办发〔2025〕1号). */
export type SettlementRoute = 'MONTHLY' | 'PER_TRANSACTION' | 'MONTHLY_ADVANCE';

/** What each route means, with its source. */
export const SETTLEMENT_ROUTES: Readonly<Record<SettlementRoute, { name: LocalText; what: LocalText; source: InstitutionSourceId; rules: readonly string[] }>> = {
  MONTHLY: {
    name: { zh: '缩短按月结算时间', en: 'Shortened monthly settlement' },
    what: { zh: '次月10日前申报，申报截止次日起20个工作日内拨付', en: 'declare by the 10th of the next month; paid within 20 working days from the day after the deadline' },
    source: 'nhsa-2025-1',
    rules: ['R-18'],
  },
  PER_TRANSACTION: {
    name: { zh: '逐笔申报拨付', en: 'Per-transaction declaration and payment' },
    what: { zh: '每笔结算单独申报、单独拨付；时限由统筹地区规定', en: 'each settlement declared and paid on its own; the time limits are regional' },
    source: 'nhsa-2025-1',
    rules: ['R-18'],
  },
  MONTHLY_ADVANCE: {
    name: { zh: '按月预拨、逐笔入组记账', en: 'Monthly pre-payment with per-transaction booking' },
    what: { zh: '按月预拨资金，每笔结算入组记账冲减，月末按申报清算多退少补', en: 'an advance each month; every settlement is booked against it; the month is trued up at declaration' },
    source: 'nhsa-2025-1',
    rules: ['R-18'],
  },
};
