/**
 * Response envelope 公共输出 (platform-api §2.2): `infcode` as a JSON number, timestamps
 * `yyyyMMddHHmmssSSS`, `err_msg`/`warn_msg` null unless set, `cainfo`/`signtype` echoed null.
 */
import { formatCompactMs } from '../util/chinaTime.ts';

export interface ResponseEnvelope {
  infcode: number;
  /** `null` in failures shaped as recorded (option `replyShape.failure`). */
  inf_refmsgid: string | null;
  refmsg_time: string;
  respond_time: string;
  err_msg: string | null;
  warn_msg: string | null;
  cainfo: null;
  signtype: null;
  enctype: string;
  /** `null` for failures and for transactions without output nodes, as recorded (option `replyShape`). */
  output: Record<string, unknown> | null;
}

/** Label every extension response's warn_msg starts with (§7.1). */
export const EXTENSION_WARN = '[扩展 / extension]';

export function successEnvelope(
  infRefmsgid: string, received: number, responded: number, output: Record<string, unknown> | null, warnMsg: string | null = null,
): ResponseEnvelope {
  return {
    infcode: 0, inf_refmsgid: infRefmsgid, refmsg_time: formatCompactMs(received), respond_time: formatCompactMs(responded),
    err_msg: null, warn_msg: warnMsg, cainfo: null, signtype: null, enctype: '', output,
  };
}

/** A failure: with `infRefmsgid` null (the recorded shape) `output` is null too, else `{}`. */
export function failureEnvelope(infRefmsgid: string | null, received: number, responded: number, errMsg: string): ResponseEnvelope {
  return {
    infcode: -1, inf_refmsgid: infRefmsgid, refmsg_time: formatCompactMs(received), respond_time: formatCompactMs(responded),
    err_msg: errMsg, warn_msg: null, cainfo: null, signtype: null, enctype: '', output: infRefmsgid === null ? null : {},
  };
}
