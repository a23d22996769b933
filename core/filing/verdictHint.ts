import { expectInt, expectObject, expectOneOf } from '../guards/expect.ts';
import type { ChronicDetail, ChronicFinding, LocalText, NotFiledDetail, VerdictCode } from '../types.ts';
import type { PharmacyMode } from './pharmacyMode.ts';
import { CHRONIC_HINTS, HINT_ADDENDA, NOT_FILED_HINTS, VERDICT_HINTS, chronicValidText } from './verdictHints.ts';

/** What a hint may mention besides the code. */
export interface HintContext {
  detail?: NotFiledDetail;
  daysSinceExpiry?: number;
  treatedAsFiled?: boolean;
  filingWaived?: boolean;
  pharmacy?: PharmacyMode;
  /** D-7 finding: picks the CHRONIC_NOT_QUALIFIED text; a settling verdict names the end date. */
  chronic?: Pick<ChronicFinding, 'detail' | 'daysSinceLapse' | 'qualification'>;
}

/**
 * The fix-it hint of a verdict (§4.3 reason-code table), e.g. "备案已于 3 天前过期…" /
 * "Your filing expired 3 days ago…".
 *
 * @param code - the verdict code
 * @param context - detail, days since expiry, emergency, waiver and pharmacy mode
 * @returns the zh-CN and en texts
 */
export function verdictHint(code: VerdictCode, context: HintContext = {}): LocalText {
  expectOneOf(code, [...(Object.keys(VERDICT_HINTS) as VerdictCode[]), 'NOT_FILED'], 'code');
  expectObject(context, 'context');
  if (context.detail !== undefined) expectOneOf(context.detail, Object.keys(NOT_FILED_HINTS) as NotFiledDetail[], 'context.detail');
  if (context.daysSinceExpiry !== undefined) expectInt(context.daysSinceExpiry, 'context.daysSinceExpiry', 0, 1_000_000);
  if (context.pharmacy !== undefined) expectObject(context.pharmacy, 'context.pharmacy');
  const chronic = context.chronic === undefined ? undefined : expectObject(context.chronic, 'context.chronic');
  const chronicDetail = chronic?.detail === undefined
    ? undefined
    : expectOneOf(chronic.detail, Object.keys(CHRONIC_HINTS) as ChronicDetail[], 'context.chronic.detail');
  const lapseDays = chronic?.daysSinceLapse === undefined ? 0 : expectInt(chronic.daysSinceLapse, 'context.chronic.daysSinceLapse', 0, 1_000_000);
  const qualification = chronic?.qualification === undefined ? undefined : expectObject(chronic.qualification, 'context.chronic.qualification');
  const parts: LocalText[] = [
    code === 'NOT_FILED'
      ? NOT_FILED_HINTS[context.detail ?? 'NO_FILING'](context.daysSinceExpiry ?? 0)
      : code === 'CHRONIC_NOT_QUALIFIED' && chronicDetail !== undefined
        ? CHRONIC_HINTS[chronicDetail](lapseDays, String(qualification?.begin ?? ''))
        : VERDICT_HINTS[code],
  ];
  if (code === 'DIRECT' && qualification) parts.push(chronicValidText(qualification.end as string | null | undefined));
  // The filing notes explain a settling verdict only.
  if (code === 'DIRECT' && context.treatedAsFiled) parts.push(HINT_ADDENDA.emergency);
  if (code === 'DIRECT' && context.filingWaived) parts.push(HINT_ADDENDA.waived);
  if (context.pharmacy) {
    parts.push(context.pharmacy.fundPays ? HINT_ADDENDA.pharmacyFundPays : HINT_ADDENDA.pharmacyNoFund);
    parts.push(context.pharmacy.acctAllowed ? HINT_ADDENDA.pharmacyAcct : HINT_ADDENDA.pharmacyCash);
  }
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}
