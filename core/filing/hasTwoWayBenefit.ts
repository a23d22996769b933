import { isLongTerm } from '../types.ts';
import type { FilingWindow } from './readFiling.ts';

/**
 * a long-term filing gives the two-way benefit unless it was made by commitment and
 * the documents are still missing.
 *
 * @param window - a checked filing
 * @returns true for a long-term filing with documents complete (or not by commitment)
 */
export function hasTwoWayBenefit(window: FilingWindow): boolean {
  const f = window.filing;
  return isLongTerm(f.category) && (!f.viaCommitment || f.commitmentDocsCompleted);
}
