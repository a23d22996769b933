/**
 * Case builders for the benchmark: distinct pharmacy purchases and inpatient stays of any size, as
 * case-file JSON (what a client sends) so each can also be timed through `JSON.parse`.
 */

const PERSON = {
  insutype: '310',
  psnInsuStas: '1',
  status: 'RETIRED',
  age: 67,
  acctBalance: '800.00',
  filings: [
    {
      id: 'F-BENCH',
      category: 'LT_RETIREE_RELOCATED',
      targetAdmdvs: '320500',
      registeredAt: '2024-06-03T10:00:00+08:00',
      validFrom: '2024-06-03',
      validTo: null,
    },
  ],
};

const LEVELS = ['01', '02', '03'] as const;
const fen = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** Line `k` of a claim seeded by `i`: amounts, classes and ceilings vary so no two claims are alike. */
function line(i: number, k: number, maxCents = 250_000) {
  const cents = 500 + ((i * 7919 + k * 104_729) % maxCents);
  const lv = LEVELS[(i + k) % 3]!;
  return {
    lineId: `L${k + 1}`,
    amount: fen(cents),
    qty: '1',
    unitPrice: fen(cents),
    chrgitmLv: lv,
    selfpayProp: lv === '01' ? '0' : lv === '02' ? ['0.05', '0.10', '0.20'][k % 3]! : '1',
    ...(k % 4 === 1 ? { priceCap: fen(cents - (cents % 700)) } : {}),
  };
}

/** A 5-line pharmacy purchase at a networked pharmacy, distinct for each `i` (SYNTHETIC pack). */
export function pharmacyCase(i: number) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    person: PERSON,
    claim: {
      medType: 'PHARMACY',
      insuplcAdmdvs: '341102',
      mdtrtareaAdmvs: '320508',
      serviceDate: `2025-10-${day}`,
      settlementTime: `2025-10-${day}T16:20:00+08:00`,
      institutionLevel: 'UNRATED',
      networkedMedTypes: ['PHARMACY'],
      acctUsed: true,
      lines: Array.from({ length: 5 }, (_, k) => line(i, k)),
    },
    ytd: { insuranceYearStart: '2025-01-01', outpatientDeductibleUsed: '300.00', basicFundPaid: { outpatient: '500.00' } },
    policy: 'synthetic-310-examples',
  };
}

/**
 * An inpatient stay with `lines` fee lines of 5 to 200 yuan (Example 4's person and place, 北京
 * pack): even 5,000 lines stay below the annual cap, so every size runs the same steps.
 */
export function inpatientCase(lines: number, seed = 1) {
  return {
    person: { ...PERSON, status: 'IN_SERVICE', age: 42, filings: [{ ...PERSON.filings[0], category: 'LT_POSTED_WORKER', targetAdmdvs: '370100' }] },
    claim: {
      medType: 'INPATIENT',
      insuplcAdmdvs: '110105',
      mdtrtareaAdmvs: '370102',
      admissionDate: '2025-03-03',
      dischargeDate: '2025-03-12',
      settlementTime: '2025-03-12T10:00:00+08:00',
      institutionLevel: 'L3',
      networkedMedTypes: ['INPATIENT'],
      lines: Array.from({ length: lines }, (_, k) => line(seed, k, 19_500)),
    },
    ytd: { insuranceYearStart: '2025-01-01' },
    policy: 'bj-310-2025',
  };
}
