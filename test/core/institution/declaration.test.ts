import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../core/index.ts';
import {
  buildDeclaration, createDeclarationAccumulator, DECLARED_AMOUNTS, parseSettlementRecord, toStoredSettlementRecord, type SettlementRecord,
} from '../../../core/institution/index.ts';
import { recordOf, reversalOf, settledExamples, withAmounts } from './records.ts';

const RUNS = Number(process.env.YIBAO_FUZZ_RUNS ?? 50);
const viaJson = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

describe('parseSettlementRecord', () => {
  const record = recordOf(settledExamples()[0]!, { items: [{ lineId: settledExamples()[0]!.lines[0]!.lineId, itemCode: 'XA01', qty: new Dec('2'), restricted: true, indicationMet: false }] });

  it('reads back what toStoredSettlementRecord wrote, amounts to the last digit', () => {
    const r = parseSettlementRecord(viaJson(toStoredSettlementRecord(record)));
    if (!r.ok) throw r.error;
    expect(r.value.settlement.amounts.fundPaySumamt.toFixed()).toBe(record.settlement.amounts.fundPaySumamt.toFixed());
    expect({ ...r.value, settlement: null, items: r.value.items.map((i) => ({ ...i, qty: i.qty.toFixed() })) })
      .toEqual({ ...record, settlement: null, items: record.items.map((i) => ({ ...i, qty: i.qty.toFixed() })) });
  });

  it.each([
    ['format', { format: 'yibao.settlement' }, 'INVALID_INPUT', 'format'],
    ['version', { version: 2 }, 'UNSUPPORTED_VERSION', 'version'],
    ['an unknown key', { patient: 'x' }, 'INVALID_INPUT', 'patient'],
    ['a bad day', { settledOn: '2025-02-30' }, 'INVALID_DATE', 'settledOn'],
    ['a bad place', { mdtrtareaAdmvs: '990102' }, 'INVALID_DIVISION_CODE', 'mdtrtareaAdmvs'],
    ['an ID number as psnRef', { psnRef: '11010519491231002X' }, 'INVALID_INPUT', 'psnRef'],
    ['a clearing type that is not digits', { clrType: 'outpatient' }, 'INVALID_INPUT', 'clrType'],
    ['an item of no settled line', { items: [{ lineId: 'NOPE', itemCode: 'X', qty: '1', restricted: false, indicationMet: false }] }, 'INVALID_INPUT', 'items[0].lineId'],
  ])('refuses %s with its code and path', (_what, patch, code, path) => {
    const r = parseSettlementRecord({ ...(viaJson(toStoredSettlementRecord(record)) as object), ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.path]).toEqual([code, path]);
  });

  it('names the path inside the settlement for a bad amount', () => {
    const json = viaJson(toStoredSettlementRecord(record)) as { settlement: { amounts: Record<string, unknown> } };
    json.settlement.amounts.hifpPay = 12.5;
    const r = parseSettlementRecord(json);
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_AMOUNT', 'settlement.amounts.hifpPay']);
  });

  it('never puts the refused psnRef in the message', () => {
    const r = parseSettlementRecord({ ...(viaJson(toStoredSettlementRecord(record)) as object), psnRef: '11010519491231002X' });
    expect(r.ok ? '' : r.error.message).not.toContain('11010519491231002X');
  });
});

describe('createDeclarationAccumulator', () => {
  const [a, b, c] = settledExamples();
  const local = { insuplcAdmdvs: '130102', mdtrtareaAdmvs: '130104' };

  it('R-18: keeps the cross-province part apart from the instant (local) part, by medical type, clearing type and 险种', () => {
    const acc = createDeclarationAccumulator('2025-09');
    const r1 = recordOf(a!, { setlId: 'A' });
    const r2 = recordOf(b!, { setlId: 'B', ...local, insutype: '390' });
    const r3 = recordOf(c!, { setlId: 'C' });
    for (const r of [r1, r2, r3]) expect(acc.add(r)).toBe(true);
    const d = acc.result();
    expect([d.crossProvince.all.count, d.instant.all.count, d.total.count]).toEqual([2, 1, 3]);
    expect(d.instant.byInsutype['390']!.count).toBe(1);
    expect(d.crossProvince.all.totals.fundPaySumamt.toFixed(2)).toBe(a!.amounts.fundPaySumamt.plus(c!.amounts.fundPaySumamt).toFixed(2));
    expect(Object.keys(d.crossProvince.byClearingType)).toEqual([...new Set([r1.clrType, r3.clrType])].sort());
    expect(d.instant.byMedType[b!.medType]!.totals.medfeeSumamt.toFixed(2)).toBe(b!.amounts.medfeeSumamt.toFixed(2));
  });

  it('R-18: subtracts a reversal and counts it apart', () => {
    const r1 = recordOf(a!, { setlId: 'A' });
    const d = buildDeclaration([r1, reversalOf(r1, 'A-R')], '2025-09');
    expect([d.total.settlements, d.total.reversals, d.total.count]).toEqual([1, 1, 2]);
    for (const k of DECLARED_AMOUNTS) expect([k, d.total.totals[k].toFixed(2)]).toEqual([k, '0.00']);
  });

  it('skips other months and, when asked, other institutions', () => {
    const d = buildDeclaration(
      [recordOf(a!, { settledOn: '2025-08-31' }), recordOf(a!, { settledOn: '2025-10-01' }), recordOf(a!, { fixmedinsCode: 'H2' }), recordOf(a!)],
      '2025-09',
      { fixmedinsCode: 'H13010200001' },
    );
    expect([d.total.count, d.skipped.otherMonth, d.skipped.otherInstitution, d.fixmedinsCode]).toEqual([1, 2, 1, 'H13010200001']);
  });

  it('gives a snapshot: adding after result() leaves the earlier result alone', () => {
    const acc = createDeclarationAccumulator('2025-09');
    acc.add(recordOf(a!));
    const first = acc.result();
    acc.add(recordOf(a!));
    expect([first.total.count, acc.result().total.count]).toEqual([1, 2]);
    expect(first.total.totals.medfeeSumamt.toFixed(2)).toBe(a!.amounts.medfeeSumamt.toFixed(2));
  });

  it('refuses a bad month and something that is not a record', () => {
    expect(() => createDeclarationAccumulator('2025/09')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => createDeclarationAccumulator('2025-09').add({} as SettlementRecord)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'record.setlId' }));
  });

  describe('property', () => {
    const fen = fc.bigInt({ min: -10_000_000n, max: 1_000_000_000n }).map((n) => {
      const neg = n < 0n;
      const abs = neg ? -n : n;
      return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
    });
    const amounts = fc.record(Object.fromEntries(DECLARED_AMOUNTS.map((k) => [k, fen])) as Record<(typeof DECLARED_AMOUNTS)[number], fc.Arbitrary<string>>);
    const rec = fc.record({
      amounts,
      cross: fc.boolean(),
      example: fc.nat({ max: settledExamples().length - 1 }),
      clr: fc.constantFrom('11', '21', '41', '99', '9902'),
      day: fc.integer({ min: 1, max: 30 }),
    });

    it('R-18: totals of every group equal the independent sum of the records, to the fen', () => {
      fc.assert(
        fc.property(fc.array(rec, { maxLength: 40 }), (rows) => {
          const records = rows.map((r, i) =>
            recordOf(withAmounts(settledExamples()[r.example]!, r.amounts), {
              setlId: `S${i}`, clrType: r.clr, settledOn: `2025-09-${String(r.day).padStart(2, '0')}`,
              ...(r.cross ? {} : { insuplcAdmdvs: '130102', mdtrtareaAdmvs: '130104' }),
            }));
          const d = buildDeclaration(records, '2025-09');
          // Independent sums in integer fen (BigInt), not through the accumulator's Dec.
          const sum = (rs: typeof rows, k: (typeof DECLARED_AMOUNTS)[number]): string => {
            const f = rs.reduce((s, r) => s + BigInt(r.amounts[k].replace('.', '')), 0n);
            return new Dec(f.toString()).div(100).toFixed(2);
          };
          for (const k of DECLARED_AMOUNTS) {
            expect(d.total.totals[k].toFixed(2)).toBe(sum(rows, k));
            expect(d.crossProvince.all.totals[k].toFixed(2)).toBe(sum(rows.filter((r) => r.cross), k));
            expect(d.instant.all.totals[k].toFixed(2)).toBe(sum(rows.filter((r) => !r.cross), k));
            for (const clr of Object.keys(d.crossProvince.byClearingType)) {
              expect(d.crossProvince.byClearingType[clr]!.totals[k].toFixed(2)).toBe(sum(rows.filter((r) => r.cross && r.clr === clr), k));
            }
          }
          expect(d.total.count).toBe(rows.length);
          const byMed = Object.values(d.instant.byMedType).reduce((s, g) => s + g!.count, 0) + Object.values(d.crossProvince.byMedType).reduce((s, g) => s + g!.count, 0);
          expect(byMed).toBe(rows.length);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
