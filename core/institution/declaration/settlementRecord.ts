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
import { assertRecord } from '../guards.ts';
import type { RecordItem, SettlementRecord } from './recordTypes.ts';

export type { RecordItem, SettlementRecord } from './recordTypes.ts';
import { PARSED_RECORDS } from './parsedRecords.ts';

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
  const o = assertRecord(record, 'record');
  const items = o.items.map((it) => ({ ...it, qty: it.qty.toFixed() }));
  const stored = {
    format: 'yibao.settlement-record' as const,
    version: 1 as const,
    setlId: o.setlId, settledOn: o.settledOn, fixmedinsCode: o.fixmedinsCode, insutype: o.insutype, clrType: o.clrType,
    insuplcAdmdvs: o.insuplcAdmdvs, mdtrtareaAdmvs: o.mdtrtareaAdmvs, psnRef: o.psnRef, filingValidTo: o.filingValidTo,
    items,
    settlement: toStoredSettlement(o.settlement) as StoredSettlement,
  };
  const check = parseSettlementRecord(JSON.parse(JSON.stringify(stored)));
  if (!check.ok) throw check.error;
  return stored;
}
