/** What the app keeps about the patient, her filings and her claims (all sealed at rest). */
import type { FilingCategory, Insutype, PersonStatus } from '../../core/index.ts';

export interface Profile {
  /** 参保地: a 6-digit division code. */
  insuplc: string;
  insutype: Insutype;
  status: PersonStatus;
  /** Year of birth, for the age the policy needs (optional; the estimate names it when absent). */
  birthYear: number | null;
  /** Demo: the mock persona's person number and ID number; a real user would log in instead. */
  psnNo: string | null;
  certno: string | null;
  /** Core policy pack for the insured place, when one serves it. */
  policyPackId: string | null;
  name: string | null;
}

export type RecordStatus = 'pending' | 'valid' | 'cancelled' | 'rejected' | 'needs-action';

export interface FilingRecordView {
  id: string;
  category: FilingCategory;
  targetAdmdvs: string;
  validFrom: string;
  validTo: string | null;
  viaCommitment: boolean;
  docsCompleted: boolean;
  contactPhone: string;
  photos: number;
  /** The platform's filing id once accepted. */
  serverId: string | null;
  registeredAt: string | null;
  cancelledAt: string | null;
  status: RecordStatus;
  reason: string | null;
  /** The record this one replaces (a change). */
  replaces: string | null;
}

export interface ClaimLineInput {
  lineNo: string;
  itemName: string;
  /** Decimal text, e.g. "120.50". */
  amount: string;
  chrgitmLv: '01' | '02' | '03';
}

export interface ClaimRecordView {
  id: string;
  medType: '11' | '21';
  mdtrtarea: string;
  hospLv: 'PRIMARY' | 'L1' | 'L2' | 'L3';
  clinic: string;
  invoiceNo: string;
  begndate: string;
  enddate: string;
  total: string;
  lines: ClaimLineInput[];
  photos: number;
  /** The core's expected fund share: [best, worst] as decimal text, or null when it does not apply. */
  expected: { low: string; high: string; unknowns: string[] } | null;
  serverId: string | null;
  serverStatus: 'SUBMITTED' | 'UNDER_REVIEW' | 'PAID' | 'REJECTED' | null;
  paid: string | null;
  status: RecordStatus;
  reason: string | null;
}
