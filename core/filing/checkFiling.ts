import type { Claim, FilingCategory, NotFiledDetail, PolicySet } from '../types.ts';
import { daysBetween } from './dates/index.ts';
import { matchFiling } from './matchFiling.ts';
import type { FilingMatch } from './matchFiling.ts';
import type { FilingWindow } from './readFiling.ts';
import type { Visit } from './readVisit.ts';

/** D-6 outcome. */
export type FilingOutcome =
  | {
      passed: true;
      category: FilingCategory;
      window?: FilingWindow;
      /** emergency without a matching filing. */
      treatedAsFiled: boolean;
      rules: readonly string[];
      warnings: readonly string[];
    }
  | {
      passed: false;
      code: 'MANUAL_CLAIM' | 'FILE_BEFORE_DISCHARGE' | 'NOT_FILED';
      detail?: NotFiledDetail;
      daysSinceExpiry?: number;
      rules: readonly string[];
      warnings: readonly string[];
    };

/**
 * D-6: the filing check, steps 1–5 of §4.3, in order.
 *
 * @param claim - the claim (treatment place, emergency flag)
 * @param visit - its checked dates
 * @param windows - the person's checked filings
 * @param policy - the 参保地 policy (for `filingWaived.TMP_OTHER`); absent = no waiver
 * @returns passed with category (and filing), or the failure code with a NOT_FILED detail
 */
export function checkFiling(
  claim: Claim,
  visit: Visit,
  windows: readonly FilingWindow[],
  policy: PolicySet | undefined,
): FilingOutcome {
  // Step 1, R-4b: a self-paid discharge stays a manual claim, whatever is filed afterwards.
  if (visit.selfPaid) return { passed: false, code: 'MANUAL_CLAIM', rules: ['R-4b'], warnings: [] };
  const matches = windows.map((w) => matchFiling(w, visit, claim.mdtrtareaAdmvs));
  const found = latest(matches.filter((m) => m.ok));
  // Step 3 (before step 2): a matching filing keeps its own category, also for an emergency.
  if (found) {
    const multiple = matches.filter((m) => m.ok).length > 1 ? ['MULTIPLE_FILINGS_MATCH'] : [];
    const category = found.window.filing.category;
    return {
      passed: true,
      category,
      window: found.window,
      treatedAsFiled: false,
      rules: ['R-2', ...found.rules],
      warnings: [...found.warnings, ...multiple],
    };
  }
  // Step 2, R-5: an emergency is treated as filed.
  if (claim.emergencyFlag) {
    return { passed: true, category: 'TMP_EMERGENCY', treatedAsFiled: true, rules: ['R-5'], warnings: [] };
  }
  // Step 4, R-9: the 参保地 waives filing for TMP_OTHER (e.g. 珠海 免备案).
  if (policy?.crossProvince.filingWaived.TMP_OTHER === true) {
    return { passed: true, category: 'TMP_OTHER', treatedAsFiled: false, rules: ['R-9'], warnings: ['FILING_WAIVED'] };
  }
  // Step 5, R-4a: a stay can still be filed before discharge settlement.
  if (visit.medType === 'INPATIENT') return { passed: false, code: 'FILE_BEFORE_DISCHARGE', rules: ['R-4a'], warnings: [] };
  return notFiled(matches, visit);
}

/** The most recently registered match (later in the list on a tie). */
function latest<T extends FilingMatch>(matches: readonly T[]): T | undefined {
  return matches.reduce<T | undefined>((best, m) => (best && best.window.registeredKey > m.window.registeredKey ? best : m), undefined);
}

/** Step 5: NOT_FILED with the detail of the most recent filing that came closest. */
function notFiled(matches: readonly FilingMatch[], visit: Visit): FilingOutcome {
  const failures = matches.filter((m): m is Extract<FilingMatch, { ok: false }> => !m.ok);
  const nearer = latest(failures.filter((m) => m.detail !== 'PLACE_MISMATCH'));
  // A filing for another place that was cancelled anyway counts as no filing.
  const elsewhere = failures.some((m) => m.window.cancelledDate === null || m.window.cancelledDate > visit.relevantDate);
  const detail: NotFiledDetail = nearer?.detail ?? (elsewhere ? 'PLACE_MISMATCH' : 'NO_FILING');
  const validTo = nearer?.window.validTo;
  const expired = detail === 'EXPIRED' && validTo ? { daysSinceExpiry: daysBetween(validTo, visit.relevantDate) } : {};
  return {
    passed: false,
    code: 'NOT_FILED',
    detail,
    ...expired,
    rules: detail === 'EXPIRED' ? ['R-3', 'R-3c'] : ['R-3'],
    warnings: [],
  };
}
