/** Wall-clock parts in China Standard Time (UTC+8), whatever the host time zone. */
export interface ChinaTimeParts {
  y: string; mo: string; d: string; h: string; mi: string; s: string; ms: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Splits an epoch-millisecond instant into CST parts. */
export function chinaTimeParts(epochMs: number): ChinaTimeParts {
  const t = new Date(epochMs + 8 * 3600_000);
  return {
    y: String(t.getUTCFullYear()), mo: pad(t.getUTCMonth() + 1), d: pad(t.getUTCDate()),
    h: pad(t.getUTCHours()), mi: pad(t.getUTCMinutes()), s: pad(t.getUTCSeconds()), ms: pad(t.getUTCMilliseconds(), 3),
  };
}

/** `yyyy-MM-dd HH:mm:ss` (the interface's date-time). */
export function formatDateTime(epochMs: number): string {
  const p = chinaTimeParts(epochMs);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`;
}

/** `yyyy-MM-dd`. */
export function formatDate(epochMs: number): string {
  const p = chinaTimeParts(epochMs);
  return `${p.y}-${p.mo}-${p.d}`;
}

/** `yyyyMMddHHmmss` (msgid / inf_refmsgid / sign_no time part). */
export function formatCompact(epochMs: number): string {
  const p = chinaTimeParts(epochMs);
  return `${p.y}${p.mo}${p.d}${p.h}${p.mi}${p.s}`;
}

/** `yyyyMMddHHmmssSSS` (refmsg_time / respond_time). */
export function formatCompactMs(epochMs: number): string {
  return formatCompact(epochMs) + chinaTimeParts(epochMs).ms;
}

/** ISO 8601 with the +08:00 offset, for the core's `settlementTime`. */
export function formatIsoCst(epochMs: number): string {
  const p = chinaTimeParts(epochMs);
  return `${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.s}+08:00`;
}

/** Parses `yyyy-MM-dd HH:mm:ss` or `yyyy-MM-dd` as CST; NaN when malformed. */
export function parseChinaDateTime(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(s);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) - 8 * 3600_000;
}

/** Adds whole days to a `yyyy-MM-dd` date. */
export function addDays(date: string, days: number): string {
  return formatDate(parseChinaDateTime(date) + days * 86_400_000);
}
