import type { TxDef } from '../platform/types.ts';
import { signIn9001, signOut9002 } from './signIn.ts';
import { queryPerson1101 } from './queryPerson1101.ts';
import { treatmentCheck2001 } from './treatmentCheck2001.ts';
import { cancelFees2205, cancelRegistration2202, register2201, uploadFees2204, uploadVisit2203, uploadVisit2203A } from './outpatient.ts';
import { admit2401, cancelAdmission2404, cancelFees2302, discharge2402, undoDischarge2405, uploadFees2301 } from './inpatient.ts';
import {
  preSettle2101, preSettle2206, preSettle2206A, preSettle2303, preSettle2303A, revoke2103, revoke2208, revoke2305, settle2102, settle2207, settle2207A, settle2304,
} from './settleTransactions.ts';
import { reverse2601 } from './reverse2601.ts';
import { institutionQuery1201 } from './institutionQuery1201.ts';
import { download9102, statementDetail3202, statementTotal3201, upload9101 } from './reconciliation.ts';
import { catalogue1301, catalogue1305, catalogue1306 } from './catalogueDownload.ts';
import { cancelFiling, changeFiling, createFiling, listSettlements, queryFilings } from './filingExtensions.ts';
import { createClaim, queryClaims, settlementDetail } from './claimExtensions.ts';
import { chronicQuery5301, queryQualifications } from './chronicQuery5301.ts';
import { auditResults, clearingSummary, institutionScenario, monthlyDeclaration, paymentStatus, prepaymentStatus } from './institutionExtensions.ts';

/** Every transaction the mock serves, by infno. Unknown infno → MOCK-E002. */
export const TRANSACTIONS: ReadonlyMap<string, TxDef> = new Map([
  signIn9001, signOut9002, queryPerson1101, institutionQuery1201, treatmentCheck2001, chronicQuery5301,
  register2201, cancelRegistration2202, uploadVisit2203, uploadVisit2203A, uploadFees2204, cancelFees2205,
  preSettle2206, preSettle2206A, settle2207, settle2207A, revoke2208,
  admit2401, discharge2402, cancelAdmission2404, undoDischarge2405, uploadFees2301, cancelFees2302, preSettle2303, preSettle2303A, settle2304, revoke2305,
  preSettle2101, settle2102, revoke2103, reverse2601,
  statementTotal3201, statementDetail3202, upload9101, download9102, catalogue1301, catalogue1305, catalogue1306,
  queryFilings, createFiling, changeFiling, cancelFiling, queryQualifications, listSettlements, settlementDetail, createClaim, queryClaims,
  monthlyDeclaration, auditResults, paymentStatus, prepaymentStatus, institutionScenario, clearingSummary,
].map((t) => [t.infno, t]));
