import { CoreError } from '../../errors/index.ts';
import { ZERO, type Money } from '../../money/index.ts';
import type { LocalText } from '../../types.ts';
import { expectFen } from '../expectFen.ts';
import { expectArray, expectBoolean, expectDec, expectObject, expectString } from '../../guards/expect.ts';
import { monthText, parseMonth } from '../schedule/parseMonth.ts';
import type { AuditRuleId } from './auditRules.ts';
import type { AuditFinding } from './auditSettlements.ts';

/** A reviewer's decision on one finding. */
export interface ReviewOutcome {
  setlId: string;
  ruleId: AuditRuleId;
  lineId?: string | null;
  /** true: the violation stands and is deducted; false: cleared. */
  upheld: boolean;
  /** The amount to deduct when it differs from the finding's `amountAtStake` (fen, ≥ 0). */
  amount?: Money;
}

export interface Deduction {
  setlId: string;
  ruleId: AuditRuleId;
  lineId: string | null;
  reason: LocalText;
  amount: Money;
}

/** What is deducted from a month's payment, and why (R-18: violations are deducted monthly). */
export interface MonthlyDeductions {
  month: string;
  deductions: readonly Deduction[];
  total: Money;
  byRule: Partial<Record<AuditRuleId, { count: number; amount: Money }>>;
  /** Findings of the month still without a decision: not deducted yet. */
  pending: readonly AuditFinding[];
  cleared: number;
}

const keyOf = (x: { setlId: string; ruleId: string; lineId?: string | null }): string => `${x.setlId}\u0000${x.ruleId}\u0000${x.lineId ?? ''}`;

/**
 * The month's deductions from reviewed findings (R-18, mechanics UNVERIFIED, O-8): each upheld
 * finding of the month is deducted with its reason, at the reviewer's amount or its `amountAtStake`.
 * @param month the settlement month `YYYY-MM`; findings of other months are left out
 * @throws CoreError `INVALID_INPUT` for an outcome that matches no finding or is given twice;
 *   `INVALID_AMOUNT` for an amount that is not a whole fen ≥ 0
 */
export function monthlyDeductions(month: string, findings: readonly AuditFinding[], outcomes: readonly ReviewOutcome[]): MonthlyDeductions {
  const m = monthText(parseMonth(month));
  expectArray(findings, 'findings').forEach((f, i) => {
    const o = expectObject(f, `findings[${i}]`);
    expectString(o.setlId, `findings[${i}].setlId`);
    expectString(o.month, `findings[${i}].month`);
    expectString(o.ruleId, `findings[${i}].ruleId`);
    expectDec(o.amountAtStake, `findings[${i}].amountAtStake`);
    if (o.lineId !== null) expectString(o.lineId, `findings[${i}].lineId`);
    if (o.itemCode !== null) expectString(o.itemCode, `findings[${i}].itemCode`);
    const reason = expectObject(o.reason, `findings[${i}].reason`);
    expectString(reason.zh, `findings[${i}].reason.zh`);
    expectString(reason.en, `findings[${i}].reason.en`);
    for (const [k, v] of Object.entries(expectObject(o.evidence, `findings[${i}].evidence`))) expectString(v, `findings[${i}].evidence.${k}`);
  });
  expectArray(outcomes, 'outcomes').forEach((x, i) => {
    const o = expectObject(x, `outcomes[${i}]`);
    expectString(o.setlId, `outcomes[${i}].setlId`);
    expectString(o.ruleId, `outcomes[${i}].ruleId`);
    expectBoolean(o.upheld, `outcomes[${i}].upheld`);
  });
  const ofMonth = findings.filter((f) => f.month === m);
  const byKey = new Map(ofMonth.map((f) => [keyOf(f), f]));
  const decided = new Map<string, ReviewOutcome>();
  outcomes.forEach((o, i) => {
    const k = keyOf(o);
    if (!byKey.has(k)) throw new CoreError('INVALID_INPUT', `no finding of ${m} matches this outcome (setlId, ruleId, lineId)`, `outcomes[${i}]`);
    if (decided.has(k)) throw new CoreError('INVALID_INPUT', 'this finding is decided twice: give one outcome per finding', `outcomes[${i}]`);
    if (o.amount !== undefined) expectFen(o.amount, `outcomes[${i}].amount`, false);
    decided.set(k, o);
  });
  const deductions: Deduction[] = [];
  const byRule: MonthlyDeductions['byRule'] = {};
  let total = ZERO;
  let cleared = 0;
  for (const f of ofMonth) {
    const o = decided.get(keyOf(f));
    if (!o) continue;
    if (!o.upheld) {
      cleared += 1;
      continue;
    }
    const amount = o.amount ?? f.amountAtStake;
    deductions.push({ setlId: f.setlId, ruleId: f.ruleId, lineId: f.lineId, reason: f.reason, amount });
    total = total.plus(amount);
    const r = (byRule[f.ruleId] ??= { count: 0, amount: ZERO });
    r.count += 1;
    r.amount = r.amount.plus(amount);
  }
  return { month: m, deductions, total, byRule, pending: ofMonth.filter((f) => !decided.has(keyOf(f))), cleared };
}
