import { formatCompact } from '../util/chinaTime.ts';
import type { MockState } from './MockState.ts';

/** Province root `xx0000` of a division code (the `inf_refmsgid` prefix). */
export const provinceRoot = (admdvs: string): string => `${admdvs.slice(0, 2)}0000`;

/**
 * Ids in the recorded shapes (platform-api §3.3, §7.4): numeric `mdtrt_id`/`setl_id` (12 digits),
 * `inf_refmsgid` and `sign_no` = province root + yyyyMMddHHmmss + 10-digit serial (30 chars).
 * Deterministic: one serial per instance, started from the seed.
 */
export class IdFactory {
  constructor(private readonly state: MockState) {}
  private next(): number {
    this.state.serial += 1;
    return this.state.serial;
  }
  infRefmsgid(admdvs: string, now: number): string {
    return `${provinceRoot(admdvs)}${formatCompact(now)}${String(this.next()).padStart(10, '0')}`;
  }
  signNo(admdvs: string, now: number): string {
    return this.infRefmsgid(admdvs, now);
  }
  mdtrtId(): string {
    return `3${String(this.next()).padStart(11, '0')}`;
  }
  setlId(): string {
    return `4${String(this.next()).padStart(11, '0')}`;
  }
  fileQuryNo(now: number): string {
    return `MXF${formatCompact(now)}${String(this.next()).padStart(8, '0')}`;
  }
  filingId(psnNo: string): string {
    return `MXBA${psnNo.slice(-6)}${String(this.next()).padStart(6, '0')}`;
  }
}
