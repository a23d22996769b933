import type { Envelope, SessionConfig } from '../session/types.ts';
import { formatDateTime } from './chinaTime.ts';

export interface EnvelopeParts {
  infno: string;
  msgid: string;
  now: Date;
  signNo: string;
  /** 参保地 of the chosen 1101 row; '' for calls about no person (9001, 1101, 3201). */
  insuplc: string;
  input: Record<string, unknown>;
}

/** The national request envelope (platform-api §2.1) from the session config. */
export function buildEnvelope(cfg: SessionConfig, p: EnvelopeParts): Envelope {
  return {
    infno: p.infno,
    msgid: p.msgid,
    mdtrtarea_admvs: cfg.mdtrtarea_admvs,
    insuplc_admdvs: p.insuplc,
    recer_sys_code: cfg.recer_sys_code ?? 'YBXT',
    infver: cfg.infver ?? 'V1.0',
    opter_type: '1',
    opter: cfg.opter,
    opter_name: cfg.opter_name ?? cfg.opter,
    inf_time: formatDateTime(p.now),
    fixmedins_code: cfg.fixmedins_code,
    fixmedins_name: cfg.fixmedins_name ?? cfg.fixmedins_code,
    sign_no: p.signNo,
    input: p.input,
  };
}
