import type { NotFiledDetail } from '../types.ts';
import { coversPlace } from '../region/index.ts';
import type { FilingWindow } from './readFiling.ts';
import type { Visit } from './readVisit.ts';

/** How one filing relates to a visit (D-6 step 3). */
export type FilingMatch =
  | { ok: true; window: FilingWindow; rules: readonly string[]; warnings: readonly string[] }
  | { ok: false; window: FilingWindow; detail: NotFiledDetail };

/**
 * D-6 step 3: tests one filing against a visit — covers the place (DF-12), registered by the
 * settlement instant (R-4a, R-7), not cancelled on or before the relevant date (DF-11), and valid
 * for the care type: inpatient by admission date (R-3d) or registered during the stay (R-4a,
 * DF-11); outpatient, chronic and pharmacy by service date only, no retroactive cover (R-3c).
 *
 * @param window - the checked filing
 * @param visit - the checked visit
 * @param mdtrtareaAdmvs - the treatment place
 * @returns a match with the rules behind it, or the reason it does not match
 */
export function matchFiling(window: FilingWindow, visit: Visit, mdtrtareaAdmvs: string): FilingMatch {
  const coverage = coversPlace(window.filing.targetAdmdvs, mdtrtareaAdmvs);
  if (!coverage.covers) return { ok: false, window, detail: 'PLACE_MISMATCH' };
  // R-7 / R-4a: a filing not yet accepted at settlement supports nothing.
  if (window.registeredKey > visit.settlementKey) return { ok: false, window, detail: 'NOT_YET_VALID' };
  // DF-11: a cancelled filing covers only dates before the cancellation date.
  if (window.cancelledDate !== null && window.cancelledDate <= visit.relevantDate) {
    return { ok: false, window, detail: 'CANCELLED' };
  }
  const date = visit.relevantDate;
  const inValidity = window.validFrom <= date && (window.validTo === null || date <= window.validTo);
  const ok = (rules: readonly string[]): FilingMatch => ({ ok: true, window, rules, warnings: coverage.warnings });
  if (visit.medType === 'INPATIENT') {
    const stayEnd = visit.dischargeDate ?? visit.settlementDate;
    // R-3d: admitted within validity; expiry after admission is ignored.
    if (inValidity) return ok(window.validTo !== null && window.validTo < stayEnd ? ['R-3d'] : []);
    // R-4a, DF-11: registered during the stay and in force by the settlement date.
    if (date <= window.registeredDate && window.validFrom <= visit.settlementDate) return ok(['R-4a']);
  } else if (inValidity) {
    return ok([]);
  }
  return { ok: false, window, detail: date < window.validFrom ? 'NOT_YET_VALID' : 'EXPIRED' };
}
