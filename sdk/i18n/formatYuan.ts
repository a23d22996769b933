/** A decimal value as platform JSON or the core gives it: a number, a numeric string or a Dec. */
export type AmountLike = number | string | { toString(): string };

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Formats an amount as `¥1,234.50`: two decimals, half-up, digit by digit on the decimal text
 * (never float arithmetic). Returns `—` for a missing or non-numeric value.
 */
export function formatYuan(value: AmountLike | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const m = PLAIN.exec(String(value).trim());
  if (!m) return '—';
  const [, sign, whole, frac = ''] = m;
  let digits = (whole! + (frac + '000').slice(0, 3)).replace(/^0+(?=\d{4})/, '');
  // Half-up on the third decimal, carried through the digits.
  const up = Number(digits.at(-1)) >= 5;
  digits = digits.slice(0, -1);
  if (up) {
    const chars = digits.split('');
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === '9') chars[i--] = '0';
    if (i < 0) chars.unshift('1');
    else chars[i] = String(Number(chars[i]) + 1);
    digits = chars.join('');
  }
  const int = digits.slice(0, -2).replace(/^0+(?=\d)/, '') || '0';
  const cents = digits.slice(-2);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = sign === '-' && /[1-9]/.test(int + cents);
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}
