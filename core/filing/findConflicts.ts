import { coversPlace } from '../region/index.ts';
import type { FilingWindow } from './readFiling.ts';

/**
 * R-3e: the existing filings that hold another place during a new filing's validity: not
 * cancelled by today, not expired by today, overlapping `[validFrom, validTo]`, and a target that
 * neither covers nor is covered by the new one (a province and one of its cities are one place).
 *
 * @param existing - the person's checked filings
 * @param target - the new filing's target
 * @param validFrom - its first day
 * @param validTo - its last day, null = no end
 * @param today - CST date of the request
 * @returns the conflicting filings
 */
export function findConflicts(
  existing: readonly FilingWindow[],
  target: string,
  validFrom: string,
  validTo: string | null,
  today: string,
): readonly FilingWindow[] {
  const from = validFrom > today ? validFrom : today;
  return existing.filter(
    (w) =>
      (w.cancelledDate === null || w.cancelledDate > today) &&
      (w.validTo === null || w.validTo >= from) &&
      (validTo === null || w.validFrom <= validTo) &&
      !coversPlace(w.filing.targetAdmdvs, target).covers &&
      !coversPlace(target, w.filing.targetAdmdvs).covers,
  );
}
