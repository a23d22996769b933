import * as z from 'zod/mini';
import { CoreError, type Result } from '../../errors/index.ts';
import { parseIsoDate } from '../../filing/dates/index.ts';
import { expectObject } from '../../guards/expect.ts';
import { Dec } from '../../money/index.ts';
import { packIssueMessage } from '../../policy/packIssueMessage.ts';
import { assertDivisionCode } from '../../region/assertDivisionCode.ts';
import { admdvsStr } from '../../schemas/primitives.ts';
import { zodIssuePath } from '../../schemas/zodIssuePath.ts';
import { parseStoredSettlement, toStoredSettlement, type StoredSettlement } from '../../storage/index.ts';
import type { Insutype, Settlement } from '../../types.ts';
import { PARSED_RECORDS } from './parsedRecords.ts';

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

/** The JSON form of a SettlementRecord. */
export type StoredSettlementRecord = { format: 'yibao.settlement-record'; version: 1 } & Record<string, unknown>;

const ID_NUMBER = /^(\d{15}|\d{17}[\dXx])$/;
const text = (what: string, max: number) =>
  z.string({ error: `expected ${what} as text` }).check(z.minLength(1, `expected ${what}, not empty`), z.maxLength(max, `${what} has more than ${max} characters`));

// Dates are checked after the shape by parseIsoDate, so a bad one is INVALID_DATE at its path.
const day = z.string({ error: 'expected a date YYYY-MM-DD' });

const envelope = z.strictObject({
  setlId: text('the settlement id', 64),
  settledOn: day,
  fixmedinsCode: text('the institution code', 30),
  insutype: z.enum(['310', '390'], { error: 'expected insutype "310" or "390"' }),
  clrType: z.string({ error: 'expected clrType as text' }).check(z.regex(/^\d{2,6}$/, 'expected a clearing type of 2 to 6 digits, e.g. "11"')),
  insuplcAdmdvs: admdvsStr,
  mdtrtareaAdmvs: admdvsStr,
  psnRef: text('a pseudonymous person key', 64),
  filingValidTo: z.nullable(day),
  items: z.array(
    z.strictObject({
      lineId: text('the line id', 64),
      itemCode: text('the item code', 50),
      qty: z.pipe(z.string({ error: 'expected a quantity as a decimal string, e.g. "2"' }).check(z.regex(/^\d{1,10}(\.\d{1,4})?$/, 'expected a quantity ≥ 0 with at most 4 decimals, e.g. "2"')), z.transform((s: string) => new Dec(s))),
      restricted: z.boolean(),
      indicationMet: z.boolean(),
    }),
  ),
  settlement: z.unknown(),
});

const fail = (error: CoreError): { ok: false; error: CoreError } => ({ ok: false, error });

/**
 * Reads a `yibao.settlement-record` (version 1): the envelope, then its `settlement` with
 * `parseStoredSettlement` (core/STORAGE-FORMAT.md).
 * @returns a Result; `INVALID_INPUT` / `INVALID_AMOUNT` / `INVALID_DATE` / `INVALID_DIVISION_CODE` at
 *   the path of a bad field, `UNSUPPORTED_VERSION` for another version. A `psnRef` that looks like
 *   an ID number is refused (personal data never enters a record).
 */
export function parseSettlementRecord(json: unknown): Result<SettlementRecord> {
  try {
    const o = expectObject(json, '(root)');
    if (o.format !== 'yibao.settlement-record') return fail(new CoreError('INVALID_INPUT', 'expected a record with "format": "yibao.settlement-record"', 'format'));
    if (o.version !== 1) return fail(new CoreError('UNSUPPORTED_VERSION', 'this release reads version 1 of yibao.settlement-record', 'version'));
    const { format: _f, version: _v, ...body } = o;
    const r = envelope.safeParse(body, { error: packIssueMessage });
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      return fail(new CoreError('INVALID_INPUT', issue.message, zodIssuePath(path)));
    }
    const e = r.data;
    parseIsoDate(e.settledOn, 'settledOn');
    if (e.filingValidTo !== null) parseIsoDate(e.filingValidTo, 'filingValidTo');
    assertDivisionCode(e.insuplcAdmdvs, 'insuplcAdmdvs');
    assertDivisionCode(e.mdtrtareaAdmvs, 'mdtrtareaAdmvs');
    if (ID_NUMBER.test(e.psnRef)) {
      return fail(new CoreError('INVALID_INPUT', 'psnRef looks like an ID number: give a pseudonymous key (e.g. a salted hash), never the ID number', 'psnRef'));
    }
    const s = parseStoredSettlement(e.settlement);
    if (!s.ok) return fail(new CoreError(s.error.code, s.error.message.replace(/^[A-Z_]+( at \S+)?: /, ''), `settlement.${s.error.path ?? ''}`.replace(/\.$/, '')));
    const lineIds = new Set(s.value.lines.map((l) => l.lineId));
    const bad = e.items.findIndex((it) => !lineIds.has(it.lineId));
    if (bad >= 0) return fail(new CoreError('INVALID_INPUT', 'no line of the settlement has this lineId: give the lineId of a settled line', `items[${bad}].lineId`));
    const value: SettlementRecord = { ...e, insutype: e.insutype as Insutype, settlement: s.value };
    PARSED_RECORDS.add(value);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof CoreError) return fail(err);
    throw err;
  }
}

/**
 * The JSON form of a record, with its settlement in the core's storage form.
 * @throws CoreError when the record does not read back (a bad field, a settlement `settle` did not make)
 */
export function toStoredSettlementRecord(record: SettlementRecord): StoredSettlementRecord {
  const o = expectObject(record, 'record');
  const items = (Array.isArray(o.items) ? o.items : []).map((it: unknown) => (it !== null && typeof it === 'object' && Dec.isDecimal((it as RecordItem).qty) ? { ...it, qty: (it as RecordItem).qty.toFixed() } : it));
  const stored = {
    format: 'yibao.settlement-record' as const,
    version: 1 as const,
    setlId: o.setlId, settledOn: o.settledOn, fixmedinsCode: o.fixmedinsCode, insutype: o.insutype, clrType: o.clrType,
    insuplcAdmdvs: o.insuplcAdmdvs, mdtrtareaAdmvs: o.mdtrtareaAdmvs, psnRef: o.psnRef, filingValidTo: o.filingValidTo,
    items,
    settlement: toStoredSettlement(o.settlement as Settlement) as StoredSettlement,
  };
  const check = parseSettlementRecord(JSON.parse(JSON.stringify(stored)));
  if (!check.ok) throw check.error;
  return stored;
}
