import fc from 'fast-check';
import {
  Dec, emptyYearToDate, type Claim, type FeeLine, type Level, type MedType, type Person, type PersonStatus, type YearToDate,
} from '../../../core/index.ts';

/** An amount in yuan with 2 decimals, from `min` to `max` fen. */
export const money = (minFen: number, maxFen: number) => fc.integer({ min: minFen, max: maxFen }).map((f) => new Dec(f).div(100));

const prop = fc.constantFrom('0', '0.05', '0.1', '0.15', '0.2', '1').map((s) => new Dec(s));
const level = fc.constantFrom<Level>('PRIMARY', 'L1', 'L2', 'L3', 'UNRATED');

export const feeLine = (i: number): fc.Arbitrary<FeeLine> =>
  fc
    .record({
      amount: money(1, 5_000_000),
      lv: fc.constantFrom<'01' | '02' | '03'>('01', '02', '03'),
      selfpayProp: prop,
      cap: fc.option(money(1, 5_000_000), { nil: undefined }),
      qty: fc.integer({ min: 1, max: 5 }),
      restricted: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ amount, lv, selfpayProp, cap, qty, restricted }) => {
      const line: FeeLine = {
        lineId: `L${i}`,
        amount,
        chrgitmLv: lv,
        selfpayProp: lv === '01' ? new Dec(0) : lv === '03' ? new Dec(1) : selfpayProp,
      };
      if (cap) Object.assign(line, { priceCap: cap, qty: new Dec(qty) });
      if (restricted !== undefined) line.restrictedUseMet = restricted;
      return line;
    });

export const lines = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => feeLine(i + 1))));

const YEAR = '2025-01-01';

/** Accumulators within their caps for the SYNTHETIC packs (basic cap 300,000; outpatient limit 2,000 / 1,000). */
export const ytd: fc.Arbitrary<YearToDate> = fc
  .record({
    admissions: fc.integer({ min: 0, max: 3 }),
    opDed: money(0, 100_000),
    basicIn: money(0, 30_000_000),
    basicOut: money(0, 100_000),
    large: money(0, 30_000_000),
    miBase: money(0, 5_000_000),
    miPaid: money(0, 10_000_000),
    asPaid: money(0, 4_000_000),
  })
  .map((r) => ({
    ...emptyYearToDate(YEAR),
    inpatientAdmissionsSettled: r.admissions,
    outpatientDeductibleUsed: r.opDed,
    basicFundPaid: { inpatient: r.basicIn, outpatient: r.basicOut, chronic: new Dec(0) },
    largeExpenseFundPaid: r.large,
    majorIllnessBase: r.miBase,
    majorIllnessPaid: r.miPaid,
    assistancePaid: r.asPaid,
  }));

export interface Scenario {
  insutype: '310' | '390';
  person: Person;
  claim: Claim;
  ytd: YearToDate;
}

const statuses: Record<'310' | '390', PersonStatus[]> = {
  '310': ['IN_SERVICE', 'RETIRED'],
  '390': ['RESIDENT_ADULT', 'RESIDENT_ELDERLY', 'RESIDENT_MINOR'],
};

/** A claim that settles directly under a SYNTHETIC pack: a long-term or temporary filing covering the place. */
export const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    insutype: fc.constantFrom<'310' | '390'>('310', '390'),
    statusIx: fc.integer({ min: 0, max: 2 }),
    medType: fc.constantFrom<MedType>('INPATIENT', 'GENERAL_OUTPATIENT', 'PHARMACY'),
    category: fc.constantFrom('LT_RESIDENT', 'TMP_REFERRAL', 'TMP_OTHER') as fc.Arbitrary<'LT_RESIDENT' | 'TMP_REFERRAL' | 'TMP_OTHER'>,
    level,
    lines,
    ytd,
    balance: money(0, 500_000),
    acctUsed: fc.boolean(),
    assistance: fc.constantFrom(null, 'DIBAO', 'TEKUN', 'DIBAO_EDGE' as const),
  })
  .map((r) => {
    const st = statuses[r.insutype];
    const person: Person = {
      insutype: r.insutype,
      psnInsuStas: '1',
      status: st[r.statusIx % st.length]!,
      age: 60,
      assistanceClass: r.insutype === '390' ? r.assistance : null,
      acctBalance: r.insutype === '310' ? r.balance : new Dec(0),
      filings: [
        {
          id: 'F1', category: r.category, targetAdmdvs: '320500', registeredAt: '2025-01-02T09:00:00+08:00',
          validFrom: '2025-01-02', validTo: r.category === 'LT_RESIDENT' ? null : '2025-12-31',
          viaCommitment: false, commitmentDocsCompleted: false, cancelledAt: null,
        },
      ],
      opspQualifications: [],
    };
    const inpatient = r.medType === 'INPATIENT';
    const claim: Claim = {
      medType: r.medType,
      insuplcAdmdvs: '410102',
      mdtrtareaAdmvs: '320508',
      ...(inpatient ? { admissionDate: '2025-06-01', dischargeDate: '2025-06-10' } : { serviceDate: '2025-06-10' }),
      settlementTime: '2025-06-10T10:00:00+08:00',
      institutionLevel: r.level,
      networkedMedTypes: ['INPATIENT', 'GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'PHARMACY'],
      emergencyFlag: false,
      acctUsed: r.acctUsed,
      lines: r.lines,
    };
    return { insutype: r.insutype, person, claim, ytd: r.ytd };
  });
