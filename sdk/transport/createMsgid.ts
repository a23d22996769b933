import { formatCompact } from './chinaTime.ts';

// One counter per page, shared by every session: two sessions in the same second never collide.
let serial = Math.floor(Math.random() * 10_000);

/**
 * A msgid of the spec's shape: institution code (12) + `yyyyMMddHHmmss` + a 4-digit serial
 * (platform-api §2.1, ≤ 30 chars). Unique per page up to 10,000 messages a second.
 */
export function createMsgid(fixmedinsCode: string, now: Date): string {
  serial = (serial + 1) % 10_000;
  return `${fixmedinsCode.slice(0, 12)}${formatCompact(now)}${String(serial).padStart(4, '0')}`;
}
