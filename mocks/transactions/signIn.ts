import * as z from 'zod/mini';
import { optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxDef } from '../platform/types.ts';
import { formatDate, formatDateTime, parseChinaDateTime } from '../util/chinaTime.ts';

/** 【9001】签到 (platform-api §4.1): one sign_no per (institution, opter), valid until CST midnight by default. */
export const signIn9001: TxDef = {
  infno: '9001', name: '签到', signIn: false,
  schema: z.looseObject({ signIn: z.looseObject({ opter_no: str(20), mac: optStr(20), ip: str(20) }) }),
  run(ctx) {
    const { now, env, options } = ctx;
    const until = options.signInValidity === 'midnight'
      ? parseChinaDateTime(formatDate(now)) + 86_400_000
      : now + options.signInValidity;
    const signNo = ctx.ids.signNo(env.mdtrtarea_admvs, now);
    ctx.state.signIns.set(signNo, { fixmedins_code: env.fixmedins_code, opter: env.opter, until, signedOut: false });
    return { output: { signinoutb: { sign_time: formatDateTime(now), sign_no: signNo } } };
  },
};

/** 【9002】签退: invalidates the sign_no (output node `signoutoutb`, single source). */
export const signOut9002: TxDef = {
  infno: '9002', name: '签退', signIn: false,
  schema: z.looseObject({ signOut: z.looseObject({ sign_no: str(30), opter_no: str(20) }) }),
  run(ctx, input: { signOut: { sign_no: string } }) {
    const s = ctx.state.signIns.get(input.signOut.sign_no);
    if (!s || s.signedOut || s.fixmedins_code !== ctx.env.fixmedins_code) fail('MOCK-E010', 'sign_no');
    s.signedOut = true;
    return { output: { signoutoutb: { sign_time: formatDateTime(ctx.now) } } };
  },
};
