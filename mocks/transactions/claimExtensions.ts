/**
 * EXTENSIONS (not national): 跨省手工报销 (manual claims, R-12 / R-4b) MX5521 create and MX5522
 * query, and one settlement in the core's storage form MX5512. No public interface for these
 * exists; every response carries `x-mock-extension: 1` and a warn_msg starting `[扩展 / extension]`.
 *
 * A claim moves on by the mock clock (SYNTHETIC timing, a sandbox's, not a real 经办机构's):
 * SUBMITTED → UNDER_REVIEW after {@link REVIEW_AFTER_MS} → PAID or REJECTED after
 * {@link DECIDE_AFTER_MS}. The paid amount is the core's fund share for the same lines under the
 * 参保地 pack (R-8, R-12: a manual claim follows the 参保地 rules; the project computes it as the
 * direct settlement it would have been), read against the person's accumulators, never committed.
 * Claims live in memory beside the instance's state (not in the `--state` file).
 */
import * as z from 'zod/mini';
import { code, date, decStr, money, optDate, optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxContext, TxDef } from '../platform/types.ts';
import type { Persona } from '../data/personas.ts';
import type { FeeRecord, MockState, SettlementRecord } from '../state/MockState.ts';
import { filingsOf } from '../state/MockState.ts';
import { findInstitution } from '../data/institutions.ts';
import { policyFor, ytdFor } from '../settlement/settlementEngine.ts';
import { ageOn, buildClaim, buildPerson, careOf, toCoreFiling } from '../settlement/buildCoreInputs.ts';
import { applyYtdDelta, Dec, settle, toWireSettlement } from '../settlement/coreBridge.ts';
// The storage form is not in the bridge (D's file); the core's public entry is the only other way in.
import { toStoredSettlement } from '../../core/index.ts';
import type { Claim, FeeLine, Level, Person, Settlement } from '../settlement/coreBridge.ts';
import { formatDateTime } from '../util/chinaTime.ts';

/** SYNTHETIC: a claim is under review 30 s (mock clock) after it was submitted … */
export const REVIEW_AFTER_MS = 30_000;
/** … and decided 60 s after. */
export const DECIDE_AFTER_MS = 60_000;

export type ClaimStatus = 'SUBMITTED' | 'UNDER_REVIEW' | 'PAID' | 'REJECTED';

interface ClaimLine { line_no: string; item_name: string; amount: string; chrgitm_lv: '01' | '02' | '03'; selfpay_prop: string }

interface ClaimRecord {
  claim_id: string;
  psn_no: string;
  insuplc_admdvs: string;
  mdtrtarea_admdvs: string;
  med_type: string;
  hosp_lv: Level;
  fixmedins_name: string;
  invoice_no: string;
  begndate: string;
  enddate: string;
  medfee_sumamt: string;
  lines: ClaimLine[];
  photo_count: number;
  submitted_ms: number;
  /** Decided once, at the first query after DECIDE_AFTER_MS. */
  decision: { status: 'PAID' | 'REJECTED'; fund_pay_sumamt: string | null; reason: string | null; decided_at: string } | null;
}

const CLAIMS = new WeakMap<MockState, Map<string, ClaimRecord>>();
const claimsOf = (state: MockState): Map<string, ClaimRecord> => {
  let m = CLAIMS.get(state);
  if (!m) CLAIMS.set(state, (m = new Map()));
  return m;
};

const LEVELS = ['PRIMARY', 'L1', 'L2', 'L3'] as const;
const lineSchema = z.looseObject({
  line_no: str(30), item_name: str(100), amount: money(), chrgitm_lv: code(['01', '02', '03']),
  selfpay_prop: z.optional(z.union([z.number(), z.string().check(z.regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/))])),
});

function personaFor(ctx: TxContext, psnNo?: string | null, certno?: string | null): Persona {
  const p = psnNo ? ctx.state.byPsnNo.get(psnNo) : ctx.state.personas.find((x) => x.certno === certno);
  if (!p) fail('MOCK-E020');
  return p;
}

/** The claim as the core's inputs: networked as if direct, no personal account (paid to the bank). */
function coreInputs(ctx: TxContext, p: Persona, c: ClaimRecord): { person: Person; claim: Claim } {
  const care = careOf(c.med_type);
  const row = p.insuinfo.find((r) => r.insuplc_admdvs === c.insuplc_admdvs)!;
  const day = care.medType === 'INPATIENT' ? c.begndate : c.enddate;
  const lines: FeeLine[] = c.lines.map((l) => ({ lineId: l.line_no, amount: new Dec(l.amount), chrgitmLv: l.chrgitm_lv, selfpayProp: new Dec(l.selfpay_prop) }));
  const claim: Claim = {
    medType: care.medType, insuplcAdmdvs: c.insuplc_admdvs, mdtrtareaAdmvs: c.mdtrtarea_admdvs, settlementTime: `${c.enddate}T12:00:00+08:00`,
    institutionLevel: c.hosp_lv, networkedMedTypes: [care.medType], emergencyFlag: care.emergency, acctUsed: false, lines,
    ...(care.medType === 'INPATIENT' ? { admissionDate: c.begndate, dischargeDate: c.enddate } : { serviceDate: c.enddate }),
  };
  const person: Person = {
    insutype: row.insutype as Person['insutype'], psnInsuStas: row.psn_insu_stas, status: row.status, age: ageOn(p.brdy, day),
    assistanceClass: p.assistanceClass, acctBalance: new Dec(0), filings: filingsOf(ctx.state, p.psn_no).map(toCoreFiling), opspQualifications: p.opsp,
  };
  return { person, claim };
}

/** Decides a claim once: duplicate invoice → rejected; the core's verdict → paid or rejected with its hint. */
async function decide(ctx: TxContext, c: ClaimRecord): Promise<NonNullable<ClaimRecord['decision']>> {
  const at = formatDateTime(ctx.now);
  const twin = [...claimsOf(ctx.state).values()].find((o) => o !== c && o.psn_no === c.psn_no && o.invoice_no === c.invoice_no && o.decision?.status === 'PAID');
  if (twin) return { status: 'REJECTED', fund_pay_sumamt: null, reason: '发票已报销，不能重复报销 / This invoice was already reimbursed', decided_at: at };
  const p = ctx.state.byPsnNo.get(c.psn_no)!;
  const row = p.insuinfo.find((r) => r.insuplc_admdvs === c.insuplc_admdvs)!;
  try {
    const policy = await policyFor(row);
    const { person, claim } = coreInputs(ctx, p, c);
    const { ytd } = ytdFor(ctx.state, p, row, policy, c.enddate);
    const { verdict, settlement } = settle({ person, claim, ytd, policy });
    if (!settlement) return { status: 'REJECTED', fund_pay_sumamt: null, reason: `${verdict.code}: ${verdict.hint.zh} / ${verdict.hint.en}`, decided_at: at };
    return { status: 'PAID', fund_pay_sumamt: settlement.amounts.fundPaySumamt.toFixed(2), reason: null, decided_at: at };
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'ERROR';
    return { status: 'REJECTED', fund_pay_sumamt: null, reason: `${code}: 参保地政策无法计算此报销 / the insured place's policy cannot compute this claim`, decided_at: at };
  }
}

async function show(ctx: TxContext, c: ClaimRecord): Promise<Record<string, unknown>> {
  const age = ctx.now - c.submitted_ms;
  if (!c.decision && age >= DECIDE_AFTER_MS) c.decision = await decide(ctx, c);
  const status: ClaimStatus = c.decision?.status ?? (age >= REVIEW_AFTER_MS ? 'UNDER_REVIEW' : 'SUBMITTED');
  const { decision, submitted_ms, lines, ...rest } = c;
  return {
    ...rest, lines: lines.map((l) => ({ ...l, amount: Number(l.amount) })), medfee_sumamt: Number(c.medfee_sumamt), status,
    submitted_at: formatDateTime(submitted_ms), fund_pay_sumamt: decision?.fund_pay_sumamt != null ? Number(decision.fund_pay_sumamt) : null,
    reject_reason: decision?.reason ?? null, decided_at: decision?.decided_at ?? null,
  };
}

interface Create {
  psn_no?: string | null; certno?: string | null; insuplc_admdvs: string; mdtrtarea_admdvs: string; med_type: string; hosp_lv?: Level | null;
  fixmedins_name: string; invoice_no: string; begndate?: string | null; enddate: string; medfee_sumamt: number | string;
  lines: { line_no: string; item_name: string; amount: number | string; chrgitm_lv: '01' | '02' | '03'; selfpay_prop?: number | string }[];
  photo_count?: number;
}

/** MX5521 手工报销申请 (extension): stores the claim as SUBMITTED; the lines must add up to the total. */
export const createClaim: TxDef = {
  infno: 'MX5521', name: '手工报销申请', signIn: false, extension: true,
  schema: z.looseObject({
    data: z.looseObject({
      psn_no: optStr(30), certno: optStr(50), insuplc_admdvs: z.string().check(z.regex(/^\d{6}$/)), mdtrtarea_admdvs: z.string().check(z.regex(/^\d{6}$/)),
      med_type: code(['11', '13', '21']), hosp_lv: z.optional(z.nullable(code(LEVELS))), fixmedins_name: str(100), invoice_no: str(50),
      begndate: optDate(), enddate: date(), medfee_sumamt: money(), lines: z.array(lineSchema).check(z.minLength(1), z.maxLength(200)),
      photo_count: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(50))),
    }).check(z.refine((d) => !!d.psn_no || !!d.certno, { path: ['psn_no'] })),
  }),
  async run(ctx, input: { data: Create }) {
    const d = input.data;
    const p = personaFor(ctx, d.psn_no, d.certno);
    if (!p.insuinfo.some((r) => r.insuplc_admdvs === d.insuplc_admdvs)) fail('MOCK-E023', 'insuplc_admdvs');
    const lines: ClaimLine[] = d.lines.map((l) => ({
      line_no: l.line_no, item_name: l.item_name, amount: new Dec(decStr(l.amount)).toFixed(), chrgitm_lv: l.chrgitm_lv,
      selfpay_prop: new Dec(decStr(l.selfpay_prop ?? (l.chrgitm_lv === '01' ? '0' : l.chrgitm_lv === '03' ? '1' : '0.1'))).toFixed(),
    }));
    const sum = lines.reduce((s, l) => s.plus(l.amount), new Dec(0));
    if (!sum.eq(decStr(d.medfee_sumamt))) fail('MOCK-E043', 'lines[].amount');
    const care = careOf(d.med_type);
    const begndate = care.medType === 'INPATIENT' ? d.begndate || fail('MOCK-E004', 'input.data.begndate 必填（住院）') : d.enddate;
    if (begndate > d.enddate) fail('MOCK-E004', 'input.data.begndate 晚于 enddate');
    const claims = claimsOf(ctx.state);
    const c: ClaimRecord = {
      claim_id: `MC${String(claims.size + 1).padStart(6, '0')}${ctx.msgid.slice(-4).replace(/\W/g, '0')}`, psn_no: p.psn_no,
      insuplc_admdvs: d.insuplc_admdvs, mdtrtarea_admdvs: d.mdtrtarea_admdvs, med_type: d.med_type, hosp_lv: d.hosp_lv ?? 'L1',
      fixmedins_name: d.fixmedins_name, invoice_no: d.invoice_no, begndate, enddate: d.enddate, medfee_sumamt: sum.toFixed(), lines,
      photo_count: d.photo_count ?? 0, submitted_ms: ctx.now, decision: null,
    };
    claims.set(c.claim_id, c);
    return { output: { claiminfo: await show(ctx, c) }, warn: '手工报销申请 MX5521 是模拟平台扩展，非国家接口' };
  },
};

/** MX5522 手工报销查询 (extension): one claim by `claim_id`, or all of a person's. */
export const queryClaims: TxDef = {
  infno: 'MX5522', name: '手工报销查询', signIn: false, extension: true,
  schema: z.looseObject({
    data: z.looseObject({ claim_id: optStr(30), psn_no: optStr(30), certno: optStr(50) })
      .check(z.refine((d) => !!d.claim_id || !!d.psn_no || !!d.certno, { path: ['claim_id'] })),
  }),
  async run(ctx, input: { data: { claim_id?: string | null; psn_no?: string | null; certno?: string | null } }) {
    const d = input.data;
    const claims = claimsOf(ctx.state);
    let list: ClaimRecord[];
    if (d.claim_id) {
      const c = claims.get(d.claim_id);
      if (!c) fail('MOCK-E040', 'claim_id');
      list = [c];
    } else {
      const p = personaFor(ctx, d.psn_no, d.certno);
      list = [...claims.values()].filter((c) => c.psn_no === p.psn_no);
    }
    const out: Record<string, unknown>[] = [];
    for (const c of list) out.push(await show(ctx, c));
    return { output: { claiminfo: out }, warn: '手工报销查询 MX5522 是模拟平台扩展，非国家接口' };
  },
};

/**
 * The explained waterfall of a stored settlement: the store keeps no steps (settlementEngine), so
 * the core settles the same visit again with the accumulators before it (ytdAfter − ytdDelta) and
 * the balance before it; the steps are used only when every amount comes out equal.
 */
async function withSteps(ctx: TxContext, rec: SettlementRecord): Promise<{ settlement: Settlement; explained: boolean }> {
  const s = rec.settlement;
  const v = ctx.state.visits.get(rec.mdtrt_id);
  const p = ctx.state.byPsnNo.get(rec.psn_no);
  const row = p?.insuinfo.find((r) => r.insutype === rec.insutype);
  if (!v || !p || !row || s.kind !== 'SETTLEMENT') return { settlement: s, explained: false };
  try {
    const policy = await policyFor(row);
    const fees = rec.feeSns.map((sn) => v.fees.get(sn)).filter((f): f is FeeRecord => f !== undefined);
    const inpatient = v.kind === 'INPATIENT';
    const claim = buildClaim({
      medType: rec.med_type, emergency: v.emergency, insuplcAdmdvs: row.insuplc_admdvs, mdtrtareaAdmvs: v.mdtrtarea_admvs,
      institution: findInstitution(v.fixmedins_code, v.mdtrtarea_admvs), settlementTime: `${rec.setl_time.replace(' ', 'T')}+08:00`,
      acctUsed: s.amounts.acctPay.gt(0), lines: fees,
      ...(v.dise_codg && !inpatient && rec.med_type.startsWith('14') ? { opspDiseaseCode: v.dise_codg } : {}),
      ...(inpatient ? { admissionDate: v.begntime.slice(0, 10), ...(v.endtime ? { dischargeDate: v.endtime.slice(0, 10) } : {}) } : { serviceDate: v.begntime.slice(0, 10) }),
    });
    const person = { ...buildPerson(ctx.state, p, row, v.begntime.slice(0, 10)), acctBalance: s.amounts.balc.plus(s.amounts.acctPay) };
    const again = settle({ person, claim, ytd: applyYtdDelta(s.ytdAfter, s.ytdDelta, -1), policy }).settlement;
    const same = again !== null && (Object.keys(s.amounts) as (keyof Settlement['amounts'])[]).every((k) => again.amounts[k].eq(s.amounts[k]));
    return same ? { settlement: { ...s, steps: again.steps }, explained: true } : { settlement: s, explained: false };
  } catch {
    return { settlement: s, explained: false };
  }
}

/** MX5512 结算单详情 (extension): one settlement of the person in the core's storage form (with its explained steps), and its wire amounts. */
export const settlementDetail: TxDef = {
  infno: 'MX5512', name: '结算单详情', signIn: false, extension: true,
  schema: z.looseObject({ data: z.looseObject({ psn_no: str(30), setl_id: str(30) }) }),
  async run(ctx, input: { data: { psn_no: string; setl_id: string } }) {
    const rec = ctx.state.settlements.get(input.data.setl_id);
    if (!rec || rec.psn_no !== input.data.psn_no) fail('MOCK-E040', 'setl_id');
    const { settlement, explained } = await withSteps(ctx, rec);
    const wire = toWireSettlement(rec.settlement);
    return {
      output: {
        setl_id: rec.setl_id, setl_time: rec.setl_time, setl_stas: rec.status, explained, stored: toStoredSettlement(settlement),
        line_names: Object.fromEntries(rec.feeSns.map((sn) => [sn, ctx.state.visits.get(rec.mdtrt_id)?.fees.get(sn)?.item.name ?? sn])),
        setlinfo: wire.setlinfo, setldetail: wire.setldetail,
      },
      warn: '结算单详情 MX5512 是模拟平台扩展，非国家接口',
    };
  },
};
