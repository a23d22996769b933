import type { Dec } from '../../money/index.ts';
import type { Insutype, Settlement } from '../../types.ts';

/** The audit facts of one fee line, joined to the settlement's line by `lineId`. */
export interface RecordItem {
  lineId: string;
  /** The catalogue code of the item (医保目录编码). */
  itemCode: string;
  qty: Dec;
  /** A restricted-use (限制使用) drug or item. */
  restricted: boolean;
  /** The indication flag the institution uploaded for a restricted item (限定支付范围 met). */
  indicationMet: boolean;
}

/**
 * One settlement as the institution keeps it for declaration and audit: the core's stored
 * settlement plus what the settlement itself does not carry (its id, day, institution, places,
 * clearing type and a pseudonymous person key). Stored as `yibao.settlement-record` version 1.
 */
export interface SettlementRecord {
  setlId: string;
  /** The settlement day in China time; it decides the settlement month. */
  settledOn: string;
  fixmedinsCode: string;
  insutype: Insutype;
  /** clr_type 清算类别 (platform dictionary §6.9: 11 门诊, 21 住院, 41 药店购药, 99 其他; local codes allowed). */
  clrType: string;
  insuplcAdmdvs: string;
  mdtrtareaAdmvs: string;
  /** A pseudonymous key of the person (e.g. a salted hash); never an ID number or a name. */
  psnRef: string;
  /** The end of the cross-province filing the settlement used; null: long-term or none needed. */
  filingValidTo: string | null;
  items: readonly RecordItem[];
  settlement: Settlement;
}
