import { Dec } from '../money/index.ts';
import { ASSISTANCE_CLASSES, LEVELS, MED_TYPES, PERSON_STATUSES } from '../types.ts';
import type { Claim, Person, YearToDate, YearToDateDelta } from '../types.ts';
import {
  expectArray, expectBoolean, expectDec, expectInt, expectObject, expectOneOf, expectOptionalBoolean, expectOptionalDec, expectString,
} from './expect.ts';

const LV = ['01', '02', '03'] as const;

/** Checks the shape of a Person (values the decisions read later are checked there). */
export function assertPerson(v: unknown, path = 'person'): Person {
  const p = expectObject(v, path);
  expectOneOf(p.insutype, ['310', '390'], `${path}.insutype`);
  expectString(p.psnInsuStas, `${path}.psnInsuStas`);
  expectOneOf(p.status, PERSON_STATUSES, `${path}.status`);
  expectInt(p.age, `${path}.age`, 0, 150);
  if (p.assistanceClass != null) expectOneOf(p.assistanceClass, ASSISTANCE_CLASSES, `${path}.assistanceClass`);
  expectDec(p.acctBalance, `${path}.acctBalance`);
  expectArray(p.filings, `${path}.filings`).forEach((f, i) => expectObject(f, `${path}.filings[${i}]`));
  expectArray(p.opspQualifications, `${path}.opspQualifications`).forEach((q, i) => expectObject(q, `${path}.opspQualifications[${i}]`));
  return v as Person;
}

/** Checks the shape of a Claim and of every fee line (dates and codes are checked by S-0). */
export function assertClaim(v: unknown, path = 'claim', forSettlement = true): Claim {
  const c = expectObject(v, path);
  expectOneOf(c.medType, MED_TYPES, `${path}.medType`);
  expectArray(c.networkedMedTypes, `${path}.networkedMedTypes`);
  expectOptionalBoolean(c.emergencyFlag, `${path}.emergencyFlag`);
  expectOptionalBoolean(c.acctUsed, `${path}.acctUsed`);
  // A planned visit (S-0 only) may leave out what only the money steps read.
  if (!forSettlement && c.lines === undefined) return v as Claim;
  if (forSettlement) {
    expectOneOf(c.institutionLevel, LEVELS, `${path}.institutionLevel`);
    expectBoolean(c.acctUsed, `${path}.acctUsed`);
  }
  expectOptionalDec(c.acctMulaidPay, `${path}.acctMulaidPay`);
  expectOptionalDec(c.hospPartAmt, `${path}.hospPartAmt`);
  if (c.injury !== undefined) expectObject(c.injury, `${path}.injury`);
  if (c.interim !== undefined) {
    const it = expectObject(c.interim, `${path}.interim`);
    expectDec(it.deductibleAlreadyApplied, `${path}.interim.deductibleAlreadyApplied`);
    expectDec(it.inScopeAlreadySettled, `${path}.interim.inScopeAlreadySettled`);
    expectBoolean(it.admissionAlreadyCounted, `${path}.interim.admissionAlreadyCounted`);
  }
  assertFeeLines(c.lines, `${path}.lines`);
  return v as Claim;
}

const okDec = (v: unknown): boolean => v instanceof Dec && v.isFinite() && v.e < 14;
const okOptDec = (v: unknown, nullable = false): boolean => v === undefined || (nullable && v === null) || okDec(v);
const okOptBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

/** The common case, without building a path string per field (500-line stays stay cheap). */
function isPlainFeeLine(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return false;
  const l = x as Record<string, unknown>;
  return typeof l.lineId === 'string' && okDec(l.amount) && (l.chrgitmLv === '01' || l.chrgitmLv === '02' || l.chrgitmLv === '03') &&
    okDec(l.selfpayProp) && okOptDec(l.qty) && okOptDec(l.unitPrice) && okOptDec(l.priceCap, true) &&
    okOptBool(l.restrictedUseMet) && okOptBool(l.inScopeForThisMedType);
}

export function assertFeeLines(v: unknown, path: string): void {
  const lines = expectArray(v, path);
  for (let i = 0; i < lines.length; i++) {
    if (isPlainFeeLine(lines[i])) continue;
    const at = `${path}[${i}]`;
    const l = expectObject(lines[i], at);
    expectString(l.lineId, `${at}.lineId`);
    expectDec(l.amount, `${at}.amount`);
    expectOneOf(l.chrgitmLv, LV, `${at}.chrgitmLv`);
    expectDec(l.selfpayProp, `${at}.selfpayProp`);
    expectOptionalDec(l.qty, `${at}.qty`);
    expectOptionalDec(l.unitPrice, `${at}.unitPrice`);
    expectOptionalDec(l.priceCap, `${at}.priceCap`, true);
    expectOptionalBoolean(l.restrictedUseMet, `${at}.restrictedUseMet`);
    expectOptionalBoolean(l.inScopeForThisMedType, `${at}.inScopeForThisMedType`);
  }
}

const YTD_AMOUNTS = [
  'outpatientDeductibleUsed', 'chronicDeductibleUsed', 'largeExpenseFundPaid', 'majorIllnessBase', 'majorIllnessDeductibleUsed',
  'majorIllnessPaid', 'assistanceBase', 'assistancePaid', 'assistanceDeductibleUsed', 'bandCumulativeInScope',
] as const;

function plainCounters(o: Record<string, unknown>, minAdmissions: number): boolean {
  const n = o.inpatientAdmissionsSettled;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < minAdmissions || n > 100_000) return false;
  for (const k of YTD_AMOUNTS) if (!okDec(o[k])) return false;
  const b = o.basicFundPaid as Record<string, unknown> | null;
  if (b === null || typeof b !== 'object' || !okDec(b.inpatient) || !okDec(b.outpatient) || !okDec(b.chronic)) return false;
  const byDisease = o.chronicFundPaidByDisease;
  if (byDisease === null || typeof byDisease !== 'object' || Array.isArray(byDisease)) return false;
  for (const x of Object.values(byDisease)) if (!okDec(x)) return false;
  return true;
}

function assertCounters(o: Record<string, unknown>, path: string, minAdmissions: number): void {
  if (plainCounters(o, minAdmissions)) return;
  expectInt(o.inpatientAdmissionsSettled, `${path}.inpatientAdmissionsSettled`, minAdmissions, 100_000);
  for (const k of YTD_AMOUNTS) expectDec(o[k], `${path}.${k}`);
  const b = expectObject(o.basicFundPaid, `${path}.basicFundPaid`);
  expectDec(b.inpatient, `${path}.basicFundPaid.inpatient`);
  expectDec(b.outpatient, `${path}.basicFundPaid.outpatient`);
  expectDec(b.chronic, `${path}.basicFundPaid.chronic`);
  const byDisease = expectObject(o.chronicFundPaidByDisease, `${path}.chronicFundPaidByDisease`);
  for (const [k, x] of Object.entries(byDisease)) expectDec(x, `${path}.chronicFundPaidByDisease.${k}`);
}

/** Checks the shape of year-to-date accumulators (§4.7). */
export function assertYearToDate(v: unknown, path = 'ytd'): YearToDate {
  const y = expectObject(v, path);
  expectString(y.insuranceYearStart, `${path}.insuranceYearStart`);
  assertCounters(y, path, 0);
  return v as YearToDate;
}

/** Checks the shape of a settlement's year-to-date delta (negative in a reversal). */
export function assertYtdDelta(v: unknown, path = 'delta'): YearToDateDelta {
  assertCounters(expectObject(v, path), path, -100_000);
  return v as YearToDateDelta;
}
