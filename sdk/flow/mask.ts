/** Masks an ID / card number for screens and events: first 4 and last 4 kept, e.g. `4201**********0011`. */
export function maskCertNo(s: string): string {
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** Masks a name: the first character kept, e.g. `张*`, `欧阳**`→`欧**`. */
export function maskName(s: string): string {
  const chars = [...s.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
