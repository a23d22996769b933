import type { IdentifyInput } from '../../session/types.ts';

export type CertType = '01' | '02' | '03';

const ID_CARD = /^\d{17}[\dXx]$/;

/**
 * What the cashier typed or scanned, as the session's identify input. An 18-character ID number
 * under "e-certificate" is taken as an ID card (02): scanners and hands both end up in one field.
 */
export function identifyInputOf(type: CertType, value: string, cardSn: string): IdentifyInput | null {
  const v = value.trim();
  if (!v) return null;
  if (type === '03') return cardSn.trim() ? { certType: '03', cardNo: v, cardSn: cardSn.trim() } : null;
  if (type === '02' || ID_CARD.test(v)) return { certType: '02', certNo: v.toUpperCase() };
  return { certType: '01', qrCode: v };
}
