import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseIssueToError, parseCase } from '../../../core/schemas/index.ts';

const EXAMPLES = new URL('../../../core/cli/examples/', import.meta.url);
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
const readExample = (name: string): Record<string, any> => JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8'));

/** Example 4 with one change applied. */
function example4With(change: (c: Record<string, any>) => void): unknown {
  const c = readExample('example-4.json');
  change(c);
  return c;
}

function errorOf(json: unknown) {
  const r = parseCase(json);
  if (r.ok) throw new Error('expected the case to be rejected');
  return r.error;
}

describe('parseCase', () => {
  it.each(exampleFiles)('parses the example %s', (file) => {
    const r = parseCase(readExample(file));
    expect(r.ok).toBe(true);
  });

  it('refuses a misspelt field at its path, naming the nearest known field', () => {
    const e = errorOf(example4With((c) => { c.claim.acctUsd = true; }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', 'claim.acctUsd']);
    expect(e.message).toContain('did you mean "acctUsed"?');
    expect(errorOf(example4With((c) => { c.claim.zzzzzz = 1; })).message).not.toContain('did you mean');
  });

  it('turns money into decimals and keeps the lines in order', () => {
    const r = parseCase(readExample('example-4.json'));
    if (!r.ok) throw r.error;
    const { claim, person, ytd, policy } = r.value;
    expect(claim.lines.map((l) => l.amount.toFixed(2))).toEqual(['28000.00', '20000.00', '3000.00', '5000.00']);
    expect(claim.lines[3]!.priceCap!.toFixed(2)).toBe('4000.00');
    expect(claim.lines[1]!.selfpayProp.toString()).toBe('0.1');
    expect(person.acctBalance.toFixed(2)).toBe('3000.00');
    expect(ytd?.basicFundPaid.inpatient.isZero()).toBe(true);
    expect(policy).toEqual({ id: 'bj-310-2025' });
  });

  it('accepts JSON numbers for money and ratios', () => {
    const r = parseCase(example4With((c) => {
      c.claim.lines[1].amount = 20000;
      c.claim.lines[1].selfpayProp = 0.1;
      c.person.acctBalance = 12.5;
    }));
    if (!r.ok) throw r.error;
    expect(r.value.claim.lines[1]!.amount.toFixed(2)).toBe('20000.00');
    expect(r.value.person.acctBalance.toFixed(2)).toBe('12.50');
  });

  it('accepts a negative fee line (refund, DF-10) while the claim total stays ≥ 0', () => {
    const r = parseCase(example4With((c) => { c.claim.lines.push({ lineId: 'R1', amount: '-100.00', chrgitmLv: '01', selfpayProp: '0' }); }));
    expect(r.ok).toBe(true);
  });

  it('fills defaults: empty filings, zero counters, flags false', () => {
    const r = parseCase(example4With((c) => {
      delete c.person.filings;
      delete c.person.opspQualifications;
      delete c.claim.emergencyFlag;
      c.ytd = { insuranceYearStart: '2025-01-01' };
    }));
    if (!r.ok) throw r.error;
    expect(r.value.person.filings).toEqual([]);
    expect(r.value.claim.emergencyFlag).toBe(false);
    expect(r.value.ytd?.majorIllnessPaid.isZero()).toBe(true);
    expect(r.value.ytd?.inpatientAdmissionsSettled).toBe(0);
  });

  it('reads a missing or null ytd as unknown (null)', () => {
    const gone = parseCase(example4With((c) => { delete c.ytd; }));
    const nul = parseCase(example4With((c) => { c.ytd = null; }));
    expect(gone.ok && gone.value.ytd).toBeNull();
    expect(nul.ok && nul.value.ytd).toBeNull();
  });

  it('keeps an inline policy pack unparsed for the pack loader', () => {
    const r = parseCase(example4With((c) => { c.policy = { id: 'inline-pack' }; }));
    expect(r.ok && r.value.policy).toEqual({ inline: { id: 'inline-pack' } });
  });

  it('normalises a bare date given for an instant to its first second (DF-11)', () => {
    const r = parseCase(example4With((c) => { c.person.filings[0].registeredAt = '2025-01-06'; }));
    expect(r.ok && r.value.person.filings[0]!.registeredAt).toBe('2025-01-06T00:00:00');
  });

  const bad: [string, (c: Record<string, any>) => void, string, string][] = [
    ['a negative account balance', (c) => { c.person.acctBalance = '-1.00'; }, 'INVALID_AMOUNT', 'person.acctBalance'],
    ['a negative ytd counter', (c) => { c.ytd.basicFundPaid.inpatient = -3; }, 'INVALID_AMOUNT', 'ytd.basicFundPaid.inpatient'],
    ['an over-precise amount (4.555)', (c) => { c.claim.lines[2].amount = 4.555; }, 'INVALID_AMOUNT', 'claim.lines[2].amount'],
    ['an over-precise amount string', (c) => { c.claim.lines[0].amount = '1.005'; }, 'INVALID_AMOUNT', 'claim.lines[0].amount'],
    ['NaN', (c) => { c.claim.lines[2].amount = Number.NaN; }, 'INVALID_AMOUNT', 'claim.lines[2].amount'],
    ['Infinity (1e400 in JSON)', (c) => { c.claim.lines[2].amount = JSON.parse('1e400'); }, 'INVALID_AMOUNT', 'claim.lines[2].amount'],
    ['an amount in an exponent form', (c) => { c.claim.lines[2].amount = 1e21; }, 'INVALID_AMOUNT', 'claim.lines[2].amount'],
    ['an amount that is not a number', (c) => { c.claim.lines[2].amount = 'abc'; }, 'INVALID_AMOUNT', 'claim.lines[2].amount'],
    ['an amount of the wrong type', (c) => { c.claim.lines[2].amount = true; }, 'INVALID_AMOUNT', 'claim.lines[2].amount'],
    ['a ratio above 1', (c) => { c.claim.lines[1].selfpayProp = '1.5'; }, 'INVALID_AMOUNT', 'claim.lines[1].selfpayProp'],
    ['a negative claim total', (c) => { c.claim.lines = [{ lineId: 'R', amount: '-1.00', chrgitmLv: '01', selfpayProp: '0' }]; }, 'INVALID_AMOUNT', 'claim.lines'],
    ['admission after discharge', (c) => { c.claim.admissionDate = '2025-03-20'; }, 'INVALID_DATE', 'claim.dischargeDate'],
    ['validFrom after validTo', (c) => { c.person.filings[0].validTo = '2025-01-01'; }, 'INVALID_DATE', 'person.filings[0].validTo'],
    ['a qualification ending before it begins', (c) => { c.person.opspQualifications = [{ diseaseCode: 'M03900', begin: '2025-02-01', end: '2025-01-01' }]; }, 'INVALID_DATE', 'person.opspQualifications[0].end'],
    ['a date that is not on the calendar', (c) => { c.claim.admissionDate = '2025-02-30'; }, 'INVALID_DATE', 'claim.admissionDate'],
    ['a malformed instant', (c) => { c.claim.settlementTime = 'yesterday'; }, 'INVALID_DATE', 'claim.settlementTime'],
    ['medType DENTAL', (c) => { c.claim.medType = 'DENTAL'; }, 'UNKNOWN_CODE', 'claim.medType'],
    ["chrgitmLv '04'", (c) => { c.claim.lines[1].chrgitmLv = '04'; }, 'UNKNOWN_CODE', 'claim.lines[1].chrgitmLv'],
    ['an unknown filing category', (c) => { c.person.filings[0].category = 'LT_STUDENT'; }, 'UNKNOWN_CODE', 'person.filings[0].category'],
    ['an unknown networked care type', (c) => { c.claim.networkedMedTypes = ['INPATIENT', 'DENTAL']; }, 'UNKNOWN_CODE', 'claim.networkedMedTypes[1]'],
    ['an unknown insutype', (c) => { c.person.insutype = '320'; }, 'UNKNOWN_CODE', 'person.insutype'],
    ['a 4-digit division code', (c) => { c.claim.mdtrtareaAdmvs = '3701'; }, 'INVALID_DIVISION_CODE', 'claim.mdtrtareaAdmvs'],
    ['a missing field', (c) => { delete c.claim.settlementTime; }, 'INVALID_INPUT', 'claim.settlementTime'],
    ['a missing code field', (c) => { delete c.claim.medType; }, 'INVALID_INPUT', 'claim.medType'],
    ['a misspelt field', (c) => { c.claim.lines[0].amout = '1.00'; }, 'INVALID_INPUT', 'claim.lines[0].amout'],
    ['a wrongly typed field', (c) => { c.claim.lines[3].restrictedUseMet = 'yes'; }, 'INVALID_INPUT', 'claim.lines[3].restrictedUseMet'],
    ['an age that is not a whole number', (c) => { c.person.age = 42.5; }, 'INVALID_INPUT', 'person.age'],
    ['a price ceiling without quantity (DF-9)', (c) => { delete c.claim.lines[3].qty; }, 'INVALID_INPUT', 'claim.lines[3].qty'],
    ['an inpatient claim without admission date', (c) => { delete c.claim.admissionDate; delete c.claim.dischargeDate; }, 'INVALID_INPUT', 'claim.admissionDate'],
    ['a policy that is neither id nor pack', (c) => { c.policy = 42; }, 'INVALID_INPUT', 'policy'],
    ['a missing policy', (c) => { delete c.policy; }, 'INVALID_INPUT', 'policy'],
  ];

  it.each(bad)('rejects %s with its code and JSON path', (_name, change, code, path) => {
    const error = errorOf(example4With(change));
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
  });

  it('rejects a value that is not an object at the root', () => {
    expect(errorOf([]).toJSON()).toMatchObject({ code: 'INVALID_INPUT', path: '(root)' });
    expect(errorOf(null).code).toBe('INVALID_INPUT');
  });

  it('never echoes the offending value in the message', () => {
    const error = errorOf(example4With((c) => { c.person.filings[0].id = ''; c.claim.medType = 'SECRET-110101199001011234'; }));
    expect(error.message).not.toContain('110101199001011234');
  });
});

describe('caseIssueToError', () => {
  it('reads the CoreError code a leaf put in params', () => {
    const e = caseIssueToError({ code: 'custom', path: ['claim', 'lines', 2, 'amount'], message: 'm', params: { code: 'INVALID_AMOUNT' }, input: 1 }, {});
    expect(e.toJSON()).toEqual({ code: 'INVALID_AMOUNT', message: 'INVALID_AMOUNT at claim.lines[2].amount: m', path: 'claim.lines[2].amount' });
  });

  it('maps an enum miss to UNKNOWN_CODE, listing the codes allowed', () => {
    const e = caseIssueToError({ code: 'invalid_value', path: ['claim', 'medType'], values: ['INPATIENT'], message: '' }, { claim: { medType: 'X' } });
    expect(e.code).toBe('UNKNOWN_CODE');
    expect(e.message).toContain('"INPATIENT"');
  });

  it('maps an absent value to INVALID_INPUT saying it is required', () => {
    const e = caseIssueToError({ code: 'invalid_type', path: ['person'], expected: 'object', message: '' }, {});
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('required');
  });
});
