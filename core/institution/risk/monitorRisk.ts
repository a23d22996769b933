import { CoreError } from '../../errors/index.ts';
import { expectInt } from '../../guards/expect.ts';
import { Dec, type Money, type Ratio } from '../../money/index.ts';
import type { LocalText } from '../../types.ts';
import { expectFen } from '../expectFen.ts';
import { optionsOf } from '../guards.ts';
import { expectArray, expectObject } from '../../guards/expect.ts';
import type { InstitutionParam } from '../institutionSources.ts';
import { monthText, nextMonth, parseMonth } from '../schedule/parseMonth.ts';

/** The institution's agreement (协议) status. */
export type AgreementStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

export type RiskMonitorId = 'RISK-FUND-GROWTH' | 'RISK-PER-SETTLEMENT-GROWTH' | 'RISK-AGREEMENT';

/** What a warning recommends: pause disbursement (暂停拨付), or stop instant settlement altogether. */
export type RiskRecommendation = 'PAUSE_DISBURSEMENT' | 'STOP_INSTANT_SETTLEMENT';

/** The risk monitors as data (R-18: risk warning may pause disbursement; a suspended or ended agreement stops instant settlement). */
export const RISK_MONITORS: Readonly<Record<RiskMonitorId, { reason: LocalText; recommendation: RiskRecommendation; source: 'nhsa-2025-10-review'; status: 'UNVERIFIED' }>> = {
  'RISK-FUND-GROWTH': {
    reason: { zh: '基金支付额环比增幅超过预警阈值', en: 'Fund payments grew month on month above the warning threshold' },
    recommendation: 'PAUSE_DISBURSEMENT', source: 'nhsa-2025-10-review', status: 'UNVERIFIED',
  },
  'RISK-PER-SETTLEMENT-GROWTH': {
    reason: { zh: '次均基金支付额环比增幅超过预警阈值', en: 'Fund payment per settlement grew month on month above the warning threshold' },
    recommendation: 'PAUSE_DISBURSEMENT', source: 'nhsa-2025-10-review', status: 'UNVERIFIED',
  },
  'RISK-AGREEMENT': {
    reason: { zh: '定点协议已暂停或解除，不再即时结算', en: 'The agreement is suspended or ended: no more instant settlement' },
    recommendation: 'STOP_INSTANT_SETTLEMENT', source: 'nhsa-2025-10-review', status: 'UNVERIFIED',
  },
};

/** Warning thresholds: project defaults (no national figure is known); a pooling area sets its own. */
export const RISK_DEFAULTS = {
  /** Month-on-month growth of fund payments above which a pause is recommended. */
  fundGrowth: { value: '0.30', source: 'project-default', status: 'UNVERIFIED', rules: ['R-18'] },
  /** Month-on-month growth of the fund payment per settlement. */
  perSettlementGrowth: { value: '0.30', source: 'project-default', status: 'UNVERIFIED', rules: ['R-18'] },
  /** Growth is not judged on a previous month below this amount (small bases swing). */
  minPreviousFund: { value: '10000.00', source: 'project-default', status: 'UNVERIFIED', rules: ['R-18'] },
} as const satisfies Record<string, InstitutionParam<string>>;

export interface MonthFigures {
  month: string;
  fundPaySumamt: Money;
  /** Settlements in the month (reversals excluded). */
  settlements: number;
}

export interface RiskWarning {
  monitorId: RiskMonitorId;
  month: string;
  recommendation: RiskRecommendation;
  reason: LocalText;
  /** The figures behind the warning, as text. */
  evidence: Readonly<Record<string, string>>;
}

export interface RiskReport {
  warnings: readonly RiskWarning[];
  /** A pause of disbursement is recommended for the latest month. */
  pauseRecommended: boolean;
  instantSettlementAllowed: boolean;
  thresholds: { fundGrowth: string; perSettlementGrowth: string; minPreviousFund: string };
}

const growth = (prev: Dec, cur: Dec): Dec => cur.minus(prev).div(prev);

/**
 * Risk warning: month-on-month monitors over consecutive months, each warning with its
 * evidence and what it recommends, and the agreement status (suspended or ended: no instant settlement).
 * @param months consecutive settlement months, oldest first
 * @throws CoreError `INVALID_INPUT` for months out of order or with gaps; `INVALID_AMOUNT` for a bad amount
 */
export function monitorRisk(
  months: readonly MonthFigures[],
  agreement: AgreementStatus,
  thresholdOptions?: { fundGrowth?: Ratio; perSettlementGrowth?: Ratio; minPreviousFund?: Money },
): RiskReport {
  const thresholds = optionsOf<{ fundGrowth: Ratio; perSettlementGrowth: Ratio; minPreviousFund: Money }>(thresholdOptions, 'thresholds');
  expectArray(months, 'months').forEach((m, i) => expectObject(m, `months[${i}]`));
  if (!['ACTIVE', 'SUSPENDED', 'TERMINATED'].includes(agreement)) throw new CoreError('UNKNOWN_CODE', 'use ACTIVE, SUSPENDED or TERMINATED', 'agreement');
  const t = {
    fundGrowth: thresholds.fundGrowth ?? new Dec(RISK_DEFAULTS.fundGrowth.value),
    perSettlementGrowth: thresholds.perSettlementGrowth ?? new Dec(RISK_DEFAULTS.perSettlementGrowth.value),
    minPreviousFund: thresholds.minPreviousFund ?? new Dec(RISK_DEFAULTS.minPreviousFund.value),
  };
  for (const [k, v] of Object.entries(t)) if (!Dec.isDecimal(v) || !v.isFinite() || v.isNegative()) throw new CoreError('INVALID_INPUT', 'give a threshold as a Dec ≥ 0', `thresholds.${k}`);
  const warnings: RiskWarning[] = [];
  const warn = (monitorId: RiskMonitorId, month: string, evidence: Record<string, string>): void => {
    const m = RISK_MONITORS[monitorId];
    warnings.push({ monitorId, month, recommendation: m.recommendation, reason: m.reason, evidence });
  };
  months.forEach((m, i) => {
    parseMonth(m.month, `months[${i}].month`);
    expectFen(m.fundPaySumamt, `months[${i}].fundPaySumamt`, true);
    expectInt(m.settlements, `months[${i}].settlements`, 0, 1e12);
    if (i === 0) return;
    const p = months[i - 1]!;
    if (monthText(nextMonth(parseMonth(p.month))) !== m.month) throw new CoreError('INVALID_INPUT', 'give consecutive months, oldest first', `months[${i}].month`);
    if (p.fundPaySumamt.lt(t.minPreviousFund) || p.fundPaySumamt.lte(0)) return;
    const g = growth(p.fundPaySumamt, m.fundPaySumamt);
    if (g.gt(t.fundGrowth)) {
      warn('RISK-FUND-GROWTH', m.month, { previous: p.fundPaySumamt.toFixed(2), current: m.fundPaySumamt.toFixed(2), growth: g.toDecimalPlaces(4).toFixed(4), threshold: t.fundGrowth.toFixed() });
    }
    if (p.settlements > 0 && m.settlements > 0) {
      const pp = p.fundPaySumamt.div(p.settlements);
      const pc = m.fundPaySumamt.div(m.settlements);
      const gp = growth(pp, pc);
      if (gp.gt(t.perSettlementGrowth)) {
        warn('RISK-PER-SETTLEMENT-GROWTH', m.month, {
          previousPerSettlement: pp.toDecimalPlaces(2).toFixed(2), currentPerSettlement: pc.toDecimalPlaces(2).toFixed(2), growth: gp.toDecimalPlaces(4).toFixed(4), threshold: t.perSettlementGrowth.toFixed(),
        });
      }
    }
  });
  const latest = months.at(-1)?.month ?? null;
  if (agreement !== 'ACTIVE') warn('RISK-AGREEMENT', latest ?? '', { agreement });
  return {
    warnings,
    pauseRecommended: warnings.some((w) => w.month === latest && w.recommendation === 'PAUSE_DISBURSEMENT') || agreement !== 'ACTIVE',
    instantSettlementAllowed: agreement === 'ACTIVE',
    thresholds: { fundGrowth: t.fundGrowth.toFixed(), perSettlementGrowth: t.perSettlementGrowth.toFixed(), minPreviousFund: t.minPreviousFund.toFixed(2) },
  };
}
