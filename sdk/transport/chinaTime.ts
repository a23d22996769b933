/** China Standard Time (UTC+8, no DST) renderings the platform uses (platform-api §2). */
const CST_MS = 8 * 3600_000;

const parts = (d: Date): string => new Date(d.getTime() + CST_MS).toISOString();

/** `yyyy-MM-dd HH:mm:ss` (inf_time, begntime, fee_ocur_time). */
export function formatDateTime(d: Date): string {
  const s = parts(d);
  return `${s.slice(0, 10)} ${s.slice(11, 19)}`;
}

/** `yyyy-MM-dd`: the CST calendar day (sign-in validity, service dates). */
export function formatDate(d: Date): string {
  return parts(d).slice(0, 10);
}

/** `yyyyMMddHHmmss` (the msgid's time part). */
export function formatCompact(d: Date): string {
  return formatDateTime(d).replace(/\D/g, '');
}

/** ISO 8601 with the +08:00 offset (the core's instants, DF-11). */
export function formatIsoCst(d: Date): string {
  return `${formatDateTime(d).replace(' ', 'T')}+08:00`;
}
