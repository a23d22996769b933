/**
 * Masks an ID or card number for screens and events: the first four and last four characters
 * stay, the rest become `*` (`420106198608180011` → `4201**********0011`). Short values keep
 * only their last character.
 */
export function maskId(id: string): string {
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(Math.max(0, s.length - 1)) + s.slice(-1);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}

/** Masks a personal name: the first character stays, `张三` → `张*`, `测试门诊子` → `测****`. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
