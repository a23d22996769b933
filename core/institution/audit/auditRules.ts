import type { LocalText, SourceStatus } from '../../types.ts';
import type { InstitutionSourceId } from '../institutionSources.ts';

/** Ids of the smart-audit rules. */
export type AuditRuleId = 'AUD-DUP-SAME-DAY' | 'AUD-QTY-LIMIT' | 'AUD-AMOUNT-LIMIT' | 'AUD-RESTRICTED-NO-INDICATION' | 'AUD-FILING-EXPIRED';

/** One smart-audit rule as data: what it flags, why (zh/en), and the source behind it. */
export interface AuditRule {
  id: AuditRuleId;
  /** LINE: one fee line is at stake; SETTLEMENT: the whole settlement's fund payment is. */
  scope: 'LINE' | 'SETTLEMENT';
  reason: LocalText;
  source: InstitutionSourceId;
  status: SourceStatus;
  rules: readonly string[];
}

/**
 * The smart-audit rules (R-18: every upload is checked; suspicious data go to manual review). The
 * review mechanics are UNVERIFIED (O-8) and the rule set is the project's example set in the spirit
 * of the 2022 两库 rules; each pooling area's own knowledge base replaces or extends it.
 */
export const AUDIT_RULES: readonly AuditRule[] = [
  {
    id: 'AUD-DUP-SAME-DAY',
    scope: 'SETTLEMENT',
    reason: { zh: '同一参保人同日同一项目重复结算', en: 'The same person was settled twice on the same day for the same item' },
    source: 'nhsa-2022-two-bases',
    status: 'UNVERIFIED',
    rules: ['R-18'],
  },
  {
    id: 'AUD-QTY-LIMIT',
    scope: 'LINE',
    reason: { zh: '项目数量超过限定数量', en: 'The quantity of an item is over its limit' },
    source: 'nhsa-2022-two-bases',
    status: 'UNVERIFIED',
    rules: ['R-18'],
  },
  {
    id: 'AUD-AMOUNT-LIMIT',
    scope: 'LINE',
    reason: { zh: '项目金额超过限定金额', en: 'The amount of an item is over its limit' },
    source: 'nhsa-2022-two-bases',
    status: 'UNVERIFIED',
    rules: ['R-18'],
  },
  {
    id: 'AUD-RESTRICTED-NO-INDICATION',
    scope: 'LINE',
    reason: { zh: '限制使用药品未标明符合限定支付范围', en: 'A restricted-use drug was settled without its indication flag' },
    source: 'nhsa-2022-two-bases',
    status: 'UNVERIFIED',
    rules: ['R-18', 'R-8'],
  },
  {
    id: 'AUD-FILING-EXPIRED',
    scope: 'SETTLEMENT',
    reason: { zh: '异地就医备案已过期后仍按门诊直接结算', en: 'An outpatient settlement after the cross-province filing had expired' },
    source: 'nhsa-2025-10-review',
    status: 'UNVERIFIED',
    rules: ['R-18', 'R-3', 'D-6'],
  },
];

/** The review stages of a flagged item in the 2022 两库 rules (R-18, PARTIAL). */
export const REVIEW_STAGES: readonly { id: string; name: LocalText }[] = [
  { id: 'FIRST_REVIEW', name: { zh: '初审', en: 'First review' } },
  { id: 'SECOND_REVIEW', name: { zh: '复审', en: 'Second review' } },
  { id: 'APPEAL', name: { zh: '申诉', en: 'Appeal' } },
  { id: 'INVESTIGATION', name: { zh: '调查核实', en: 'Investigation' } },
  { id: 'VIOLATION_HANDLING', name: { zh: '违规处理', en: 'Violation handling' } },
];
