import { describe, expect, it } from 'vitest';
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { DRUG_A, pharmacyInput, prepareInpatient, prepareOutpatient } from './support/flows.ts';
import { HOSPITAL_L2, NON_NETWORKED, PHARMACY } from './support/platformClient.ts';
import type { Institution } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function inpatient(key: string, inst?: Institution) {
  const c = await signedClient(inst);
  const p = persona(platform, key);
  const prep = await prepareInpatient(c, p);
  if ('failed' in prep) return { err: prep.failed!.body.err_msg as string };
  if (!prep.settleInput) return { err: prep.pre.body.err_msg as string };
  const s = await c.call('2304', prep.settleInput, { insuplc: p.insuplc });
  return { err: s.body.err_msg as string | null, setl: s.body.output?.setlinfo };
}

async function outpatient(key: string, medType = '11', inst?: Institution) {
  const c = await signedClient(inst);
  const p = persona(platform, key);
  const prep = await prepareOutpatient(c, p, [[DRUG_A, 2]], medType);
  if ('failed' in prep) return { err: prep.failed!.body.err_msg as string };
  const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
  return { err: s.body.err_msg as string | null, setl: s.body.output?.setlinfo };
}

describe('seed personas', () => {
  it('are at least ten, deterministic, with fake-looking IDs', () => {
    const keys = platform.state.personas.map((p) => p.key);
    expect(keys.length).toBeGreaterThanOrEqual(10);
    for (const p of platform.state.personas) expect(p.certno).toMatch(/00\d{2}$/);
    expect(new Set(platform.state.personas.map((p) => p.psn_no)).size).toBe(keys.length);
  });

  it('retiree-relocated: long-term filing settles a stay without reduction', async () => {
    const r = await inpatient('retiree-relocated');
    expect(r.err).toBeNull();
    expect(r.setl.hifp_pay).toBeGreaterThan(0);
  });

  it('resident-commitment: commitment filing without documents still settles directly', async () => {
    expect((await inpatient('resident-commitment', HOSPITAL_L2)).err).toBeNull();
  });

  it('posted-worker: a city-level filing covers a district hospital', async () => {
    expect((await inpatient('posted-worker', HOSPITAL_L2)).err).toBeNull();
  });

  it('referral: a temporary referral filing settles as TMP_REFERRAL (R-9 reduction applies)', async () => {
    const r = await inpatient('referral');
    expect(r.err).toBeNull();
    expect(platform.state.settlements.get(r.setl.setl_id)!.settlement.category).toBe('TMP_REFERRAL');
  });

  it('emergency-unfiled: emergency settles, ordinary visit is refused (MOCK-E030)', async () => {
    expect((await outpatient('emergency-unfiled', '13')).err).toBeNull();
    expect((await outpatient('emergency-unfiled', '11')).err).toMatch(/^MOCK-E030 .*NOT_FILED/);
  });

  it('expired-other: expired temporary filing is refused (MOCK-E030, EXPIRED)', async () => {
    expect((await outpatient('expired-other')).err).toMatch(/^MOCK-E030 .*NOT_FILED\/EXPIRED/);
  });

  it('major-illness-edge: one stay crosses the 大病 deductible', async () => {
    expect((await inpatient('major-illness-edge')).setl.hifmi_pay).toBeGreaterThan(0);
  });

  it('dibao-assistance: 医疗救助 pays', async () => {
    expect((await inpatient('dibao-assistance', HOSPITAL_L2)).setl.maf_pay).toBeGreaterThan(0);
  });

  it('low-balance: the account pays 12.34 and the rest is cash', async () => {
    const r = await outpatient('low-balance');
    expect(r.setl).toMatchObject({ acct_pay: 12.34, balc: 0 });
  });

  it('non-networked: the institution cannot settle directly (MOCK-E031)', async () => {
    expect((await outpatient('non-networked', '11', NON_NETWORKED)).err).toMatch(/^MOCK-E031 .*NOT_DIRECT_MANUAL_CLAIM/);
  });

  it('pharmacy-ec: pays from the account at a pharmacy, no pooled fund', async () => {
    const c = await signedClient(PHARMACY);
    const p = persona(platform, 'pharmacy-ec');
    const r = await c.call('2102', pharmacyInput(p), { insuplc: p.insuplc });
    expect(r.body.output.setlinfo).toMatchObject({ fund_pay_sumamt: 0, psn_cash_pay: 0 });
  });

  it('suspended: 1101 answers, settlement is refused (MOCK-E021)', async () => {
    expect((await inpatient('suspended')).err).toMatch(/^MOCK-E021/);
  });
});
