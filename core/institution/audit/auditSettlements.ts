import { CoreError } from '../../errors/index.ts';
import { Dec, roundToFen, ZERO, type Money, type Ratio } from '../../money/index.ts';
import { isCrossProvince } from '../../region/isCrossProvince.ts';
import type { LocalText } from '../../types.ts';
import type { SettlementRecord } from '../declaration/settlementRecord.ts';
import { AUDIT_RULES, type AuditRuleId } from './auditRules.ts';
import { sampleForReview } from './sampleForReview.ts';
import { assertRecord, expectIterable } from '../guards.ts';
import { expectDec, expectObject } from '../../guards/expect.ts';

/** The institution's or pooling area's limits for one item (医保目录编码). */
export interface ItemLimit {
  maxQty?: Dec;
  maxAmount?: Money;
}

export interface AuditConfig {
  /** Limits by item code; an item without limits is not checked for AUD-QTY-LIMIT / AUD-AMOUNT-LIMIT. */
  limits?: Readonly<Record<string, ItemLimit>>;
  /** The rules to run (default: all of `AUDIT_RULES`). */
  rules?: readonly AuditRuleId[];
  /** Share of the records not flagged that is sampled for manual review, 0 … 1. */
  sampleShare: Ratio;
  /** Seed of the sample (kept with the result so it can be redrawn). */
  seed: number;
}

/** One rule hit: a settlement (and line) the rule flags, with its reason and what is at stake. */
export interface AuditFinding {
  setlId: string;
  /** The settlement month `YYYY-MM`: deductions apply to it. */
  month: string;
  ruleId: AuditRuleId;
  lineId: string | null;
  itemCode: string | null;
  reason: LocalText;
  /**
   * The fund payment at stake: the whole `fundPaySumamt` for a SETTLEMENT rule; for a LINE rule
   * the line's share of it by in-scope amount, rounded HALF_UP to the fen (project default).
   */
  amountAtStake: Money;
  /** What the rule saw (amounts and dates as text; no personal data). */
  evidence: Readonly<Record<string, string>>;
}

/** One entry of the manual-review queue. */
export interface ReviewItem {
  setlId: string;
  why: 'FLAGGED' | 'SAMPLED';
  ruleIds: readonly AuditRuleId[];
}

export interface AuditResult {
  checked: number;
  findings: readonly AuditFinding[];
  /** Settlement ids with at least one finding: all go to manual review. */
  flagged: readonly string[];
  /** The random sample of the others, reproducible from `seed` and `sampleShare`. */
  sampled: readonly string[];
  reviewQueue: readonly ReviewItem[];
  seed: number;
  sampleShare: string;
}

const RULES = new Map(AUDIT_RULES.map((r) => [r.id, r]));
const OUTPATIENT = new Set(['GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT']);

function lineShare(r: SettlementRecord, lineInscp: Money): Money {
  const total = r.settlement.amounts.inscpScpAmt;
  if (total.isZero()) return ZERO;
  return roundToFen(r.settlement.amounts.fundPaySumamt.times(lineInscp).div(total), 'HALF_UP');
}

/**
 * Smart audit of settlement records: runs every rule of `AUDIT_RULES` (as data) over each
 * record, sends every flagged settlement to manual review and samples a share of the rest with a
 * seed. A later settlement is a duplicate when the same `psnRef`, day and item code was already
 * settled and not reversed (a reversal of that item cancels one earlier settlement); records are
 * read in the order given.
 * @throws CoreError `INVALID_INPUT` for an unknown rule id, a bad share or seed, a record that is
 *   not a SettlementRecord, or a settlement id given twice
 */
export function auditSettlements(records: Iterable<SettlementRecord>, config: AuditConfig): AuditResult {
  if (config === null || typeof config !== 'object') throw new CoreError('INVALID_INPUT', 'give the audit config { sampleShare, seed, limits?, rules? }', 'config');
  if (config.rules !== undefined && !Array.isArray(config.rules)) throw new CoreError('INVALID_INPUT', 'give the rules to run as a list of rule ids', 'config.rules');
  const enabled = new Set<AuditRuleId>(config.rules ?? AUDIT_RULES.map((r) => r.id));
  for (const id of enabled) if (!RULES.has(id)) throw new CoreError('INVALID_INPUT', `unknown audit rule: use one of ${[...RULES.keys()].join(', ')}`, 'config.rules');
  const limits = expectObject(config.limits ?? {}, 'config.limits') as Record<string, ItemLimit>;
  for (const [code, l] of Object.entries(limits)) {
    const o = expectObject(l, `config.limits.${code}`);
    if (o.maxQty !== undefined) expectDec(o.maxQty, `config.limits.${code}.maxQty`);
    if (o.maxAmount !== undefined) expectDec(o.maxAmount, `config.limits.${code}.maxAmount`);
  }
  // The sample's parameters are checked before the records are read.
  sampleForReview([], config.sampleShare, config.seed);
  const seen = new Map<string, number>();
  const findings: AuditFinding[] = [];
  const ids: string[] = [];
  const idSet = new Set<string>();
  let i = 0;
  for (const record of expectIterable<SettlementRecord>(records, 'records')) {
    const r = assertRecord(record, `records[${i}]`);
    if (idSet.has(r.setlId)) throw new CoreError('INVALID_INPUT', 'a settlement id occurs twice: give each settlement once', `records[${i}].setlId`);
    idSet.add(r.setlId);
    ids.push(r.setlId);
    i += 1;
    const month = r.settledOn.slice(0, 7);
    const hit = (ruleId: AuditRuleId, lineId: string | null, itemCode: string | null, amountAtStake: Money, evidence: Record<string, string>): void => {
      if (enabled.has(ruleId)) findings.push({ setlId: r.setlId, month, ruleId, lineId, itemCode, reason: RULES.get(ruleId)!.reason, amountAtStake, evidence });
    };
    const reversal = r.settlement.kind === 'REVERSAL';
    const lines = new Map(r.settlement.lines.map((l) => [l.lineId, l]));
    let duplicate: string | null = null;
    for (const item of r.items) {
      const key = `${r.psnRef}\u0000${r.settledOn}\u0000${item.itemCode}`;
      const before = seen.get(key) ?? 0;
      seen.set(key, before + (reversal ? -1 : 1));
      if (reversal) continue;
      if (before > 0 && duplicate === null) duplicate = item.itemCode;
      const line = lines.get(item.lineId)!;
      const limit = Object.hasOwn(limits, item.itemCode) ? limits[item.itemCode]! : {};
      if (limit.maxQty && item.qty.gt(limit.maxQty)) {
        hit('AUD-QTY-LIMIT', item.lineId, item.itemCode, lineShare(r, line.inscpScpAmt), { qty: item.qty.toFixed(), maxQty: limit.maxQty.toFixed() });
      }
      if (limit.maxAmount && line.amount.gt(limit.maxAmount)) {
        hit('AUD-AMOUNT-LIMIT', item.lineId, item.itemCode, lineShare(r, line.inscpScpAmt), { amount: line.amount.toFixed(2), maxAmount: limit.maxAmount.toFixed(2) });
      }
      if (item.restricted && !item.indicationMet) {
        hit('AUD-RESTRICTED-NO-INDICATION', item.lineId, item.itemCode, lineShare(r, line.inscpScpAmt), { inscpScpAmt: line.inscpScpAmt.toFixed(2) });
      }
    }
    if (reversal) continue;
    if (duplicate !== null) hit('AUD-DUP-SAME-DAY', null, duplicate, r.settlement.amounts.fundPaySumamt, { settledOn: r.settledOn, itemCode: duplicate });
    const expired = r.filingValidTo !== null && r.settledOn > r.filingValidTo;
    if (expired && OUTPATIENT.has(r.settlement.medType) && isCrossProvince(r.insuplcAdmdvs, r.mdtrtareaAdmvs)) {
      hit('AUD-FILING-EXPIRED', null, null, r.settlement.amounts.fundPaySumamt, { settledOn: r.settledOn, filingValidTo: r.filingValidTo! });
    }
  }
  const flaggedSet = new Set(findings.map((f) => f.setlId));
  const flagged = [...flaggedSet].sort();
  const sampled = sampleForReview(ids.filter((id) => !flaggedSet.has(id)), config.sampleShare, config.seed);
  const rulesOf = (id: string): AuditRuleId[] => [...new Set(findings.filter((f) => f.setlId === id).map((f) => f.ruleId))];
  return {
    checked: ids.length,
    findings,
    flagged,
    sampled,
    reviewQueue: [...flagged.map((setlId) => ({ setlId, why: 'FLAGGED' as const, ruleIds: rulesOf(setlId) })), ...sampled.map((setlId) => ({ setlId, why: 'SAMPLED' as const, ruleIds: [] }))],
    seed: config.seed,
    sampleShare: config.sampleShare.toFixed(),
  };
}
