import { toWireSettlement } from '../index.ts';
import type { Settlement } from '../types.ts';

/** A settlement as printed: the platform's wire shape (setlinfo, setldetail, result lines) plus ytdAfter. */
export function settlementJson(s: Settlement): Record<string, unknown> {
  return { ...toWireSettlement(s), ytdAfter: s.ytdAfter, warnings: s.warnings };
}
