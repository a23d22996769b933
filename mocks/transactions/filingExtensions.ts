/**
 * EXTENSIONS (not national): cross-province filing MX5501–MX5504 and a person's settlement list
 * MX5511 (platform-api §7.2). No HIS-side transaction for these exists in public integration code;
 * every response carries `x-mock-extension: 1` and a warn_msg starting `[扩展 / extension]`.
 */
import * as z from 'zod/mini';
import { code, optDate, optStr, str, date } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxContext, TxDef } from '../platform/types.ts';
import { FILING_TYPES } from '../data/personas.ts';
import type { FilingRecord, FilingType, Persona } from '../data/personas.ts';
import { filingsOf } from '../state/MockState.ts';
import { policyFor } from '../settlement/settlementEngine.ts';
import { toCoreFiling } from '../settlement/buildCoreInputs.ts';
import { cancelFiling as coreCancelFiling, changeFiling as coreChangeFiling, createFiling as coreCreateFiling } from '../settlement/coreBridge.ts';
import type { Filing, FilingCategory, FilingContext, FilingRejection } from '../settlement/coreBridge.ts';
import { formatDate, formatIsoCst } from '../util/chinaTime.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

const TYPE_TO_CATEGORY: Record<FilingType, FilingCategory> = {
  'LT-RETIRED': 'LT_RETIREE_RELOCATED', 'LT-RESIDENT': 'LT_RESIDENT', 'LT-WORK': 'LT_POSTED_WORKER',
  'TMP-REFERRAL': 'TMP_REFERRAL', 'TMP-EMERGENCY': 'TMP_EMERGENCY', 'TMP-OTHER': 'TMP_OTHER',
};
const CATEGORY_TO_TYPE = Object.fromEntries(Object.entries(TYPE_TO_CATEGORY).map(([k, v]) => [v, k])) as Record<FilingCategory, FilingType>;
const PATHS: Record<string, string> = { validTo: 'enddate', validFrom: 'begndate', targetAdmdvs: 'mdtrtarea_admdvs', category: 'filing_type', filingId: 'filing_id', id: 'filing_id' };
const isoToCst = (iso: string): string => iso.slice(0, 19).replace('T', ' ');

/** The filing as the extension answers it; `status` is computed for today. */
function show(f: FilingRecord, today: string): Record<string, unknown> {
  const status = f.status === 'cancelled' ? 'cancelled' : f.enddate !== null && f.enddate < today ? 'expired' : 'valid';
  return { ...f, status };
}

function personaFor(ctx: TxContext, psnNo?: string | null, certno?: string | null): Persona {
  const p = psnNo ? ctx.state.byPsnNo.get(psnNo) : ctx.state.personas.find((x) => x.certno === certno);
  if (!p) fail('MOCK-E020');
  return p;
}

/** The core's lifecycle context: the person's filings, the 参保地 pack, `now`. */
async function contextFor(ctx: TxContext, p: Persona, insuplc: string): Promise<FilingContext> {
  const row = p.insuinfo.find((r) => r.insuplc_admdvs === insuplc) ?? p.insuinfo[0]!;
  const policy = row.policyPackId ? await policyFor(row) : undefined;
  return { existing: filingsOf(ctx.state, p.psn_no).map(toCoreFiling), now: formatIsoCst(ctx.now), ...(policy ? { policy } : {}) };
}

/** A core rejection as the mock's error: lifecycle → MOCK-E081, bad field → MOCK-E004, unknown → MOCK-E080. */
function rejection(r: FilingRejection): never {
  if (r.code === 'INVALID_FILING') {
    if (r.reason === 'FILING_NOT_FOUND' || r.reason === 'ALREADY_CANCELLED') fail('MOCK-E080', `${r.reason} ${r.hint.zh}`);
    fail('MOCK-E004', `input.data.${PATHS[r.path] ?? r.path} ${r.reason} ${r.hint.zh}`);
  }
  fail('MOCK-E081', `${r.code} ${r.hint.zh}`);
}

/** Stores the core's filing as the mock's record (project data model, §7.2). */
function record(p: Persona, insuplc: string, f: Filing, fixmedins: string[], existing?: FilingRecord): FilingRecord {
  return {
    filing_id: f.id, psn_no: p.psn_no, insuplc_admdvs: insuplc, mdtrtarea_admdvs: f.targetAdmdvs, filing_type: CATEGORY_TO_TYPE[f.category],
    begndate: f.validFrom, enddate: f.validTo ?? null, fixmedins_code: existing?.fixmedins_code ?? fixmedins,
    status: f.cancelledAt ? 'cancelled' : 'valid', commitment_signed: f.viaCommitment, docs_completed: f.commitmentDocsCompleted,
    registered_at: isoToCst(f.registeredAt), cancelled_at: f.cancelledAt ? isoToCst(f.cancelledAt) : null,
  };
}

const queryData = z.looseObject({ psn_no: optStr(30), certno: optStr(50), insuplc_admdvs: optStr(6) })
  .check(z.refine((d) => !!d.psn_no || !!d.certno, { path: ['psn_no'] }));

/** MX5501 备案查询 (extension). */
export const queryFilings: TxDef = {
  infno: 'MX5501', name: '备案查询', signIn: false, extension: true,
  schema: z.looseObject({ data: queryData }),
  run(ctx, input: { data: { psn_no?: string | null; certno?: string | null; insuplc_admdvs?: string | null } }) {
    const p = personaFor(ctx, input.data.psn_no, input.data.certno);
    const today = formatDate(ctx.now);
    const list = filingsOf(ctx.state, p.psn_no).filter((f) => !input.data.insuplc_admdvs || f.insuplc_admdvs === input.data.insuplc_admdvs);
    return { output: { filinginfo: list.map((f) => show(f, today)) }, warn: '备案查询 MX5501 是模拟平台扩展，非国家接口' };
  },
};

interface Create {
  psn_no?: string | null; certno?: string | null; insuplc_admdvs: string; mdtrtarea_admdvs: string; filing_type: FilingType;
  begndate: string; enddate?: string | null; fixmedins_code?: string[]; commitment_signed?: boolean; docs_completed?: boolean;
}

/** MX5502 备案登记 (extension): the core's createFiling decides (R-2, R-3a, R-3c, R-3e); effective at once. */
export const createFiling: TxDef = {
  infno: 'MX5502', name: '备案登记', signIn: false, extension: true,
  schema: z.looseObject({
    data: z.looseObject({
      psn_no: optStr(30), certno: optStr(50), insuplc_admdvs: z.string().check(z.regex(/^\d{6}$/)),
      mdtrtarea_admdvs: z.string().check(z.regex(/^\d{6}$/)), filing_type: code(FILING_TYPES), begndate: date(), enddate: optDate(),
      fixmedins_code: z.optional(z.array(str(30))), commitment_signed: z.optional(z.boolean()), docs_completed: z.optional(z.boolean()),
    }).check(z.refine((d) => !!d.psn_no || !!d.certno, { path: ['psn_no'] })),
  }),
  async run(ctx, input: { data: Create }) {
    const d = input.data;
    const p = personaFor(ctx, d.psn_no, d.certno);
    if (!p.insuinfo.some((r) => r.insuplc_admdvs === d.insuplc_admdvs)) fail('MOCK-E023', `insuplc_admdvs ${safeDetail(d.insuplc_admdvs, 6)}`);
    if (d.mdtrtarea_admdvs.slice(0, 2) === d.insuplc_admdvs.slice(0, 2)) fail('MOCK-E081', '就医地与参保地同省，无需跨省备案');
    const commitment = d.commitment_signed ?? false;
    const r = coreCreateFiling({
      id: ctx.ids.filingId(p.psn_no), category: TYPE_TO_CATEGORY[d.filing_type], targetAdmdvs: d.mdtrtarea_admdvs, validFrom: d.begndate,
      validTo: d.enddate || null, viaCommitment: commitment, commitmentDocsCompleted: d.docs_completed ?? !commitment,
    }, await contextFor(ctx, p, d.insuplc_admdvs));
    if (!r.ok) rejection(r);
    const f = record(p, d.insuplc_admdvs, r.filing, d.fixmedins_code ?? []);
    ctx.state.filings.set(f.filing_id, f);
    return { output: { filinginfo: show(f, formatDate(ctx.now)) }, warn: `备案登记 MX5502 是模拟平台扩展，非国家接口${r.warnings.length ? `；${r.warnings.join(',')}` : ''}` };
  },
};

interface Change { filing_id: string; mdtrtarea_admdvs?: string | null; begndate?: string | null; enddate?: string | null; filing_type?: FilingType | null; docs_completed?: boolean }

/**
 * MX5503 备案变更 (extension): the core's changeFiling cancels the old filing and creates the
 * new one (R-3b lock for long-term filings). Supplying the commitment documents only
 * (`docs_completed: true`, nothing else) updates the filing in place.
 */
export const changeFiling: TxDef = {
  infno: 'MX5503', name: '备案变更', signIn: false, extension: true,
  schema: z.looseObject({
    data: z.looseObject({
      filing_id: str(30), mdtrtarea_admdvs: z.optional(z.nullable(z.string().check(z.regex(/^\d{6}$/)))), begndate: optDate(), enddate: optDate(),
      filing_type: z.optional(z.nullable(code(FILING_TYPES))), docs_completed: z.optional(z.boolean()),
    }),
  }),
  async run(ctx, input: { data: Change }) {
    const d = input.data;
    const old = ctx.state.filings.get(d.filing_id);
    if (!old || old.status === 'cancelled') fail('MOCK-E080', 'filing_id');
    const today = formatDate(ctx.now);
    if (!d.mdtrtarea_admdvs && !d.enddate && !d.filing_type && !d.begndate) {
      if (d.docs_completed !== undefined) old.docs_completed = d.docs_completed;
      return { output: { filinginfo: show(old, today) }, warn: '备案变更 MX5503 是模拟平台扩展，非国家接口' };
    }
    const p = ctx.state.byPsnNo.get(old.psn_no)!;
    const type = d.filing_type ?? old.filing_type;
    const r = coreChangeFiling(old.filing_id, {
      id: ctx.ids.filingId(p.psn_no), category: TYPE_TO_CATEGORY[type], targetAdmdvs: d.mdtrtarea_admdvs ?? old.mdtrtarea_admdvs,
      validFrom: d.begndate || (type.startsWith('LT-') ? today : old.begndate), validTo: d.enddate || null,
      viaCommitment: old.commitment_signed, commitmentDocsCompleted: d.docs_completed ?? old.docs_completed,
    }, await contextFor(ctx, p, old.insuplc_admdvs));
    if (!r.ok) rejection(r);
    Object.assign(old, record(p, old.insuplc_admdvs, r.cancelled, [], old));
    const f = record(p, old.insuplc_admdvs, r.filing, old.fixmedins_code);
    ctx.state.filings.set(f.filing_id, f);
    return { output: { filinginfo: show(f, today), cancelled: show(old, today) }, warn: '备案变更 MX5503 是模拟平台扩展，非国家接口' };
  },
};

/** MX5504 备案撤销 (extension): the core's cancelFiling (R-3b lock). */
export const cancelFiling: TxDef = {
  infno: 'MX5504', name: '备案撤销', signIn: false, extension: true,
  schema: z.looseObject({ data: z.looseObject({ filing_id: str(30), memo: optStr(200) }) }),
  async run(ctx, input: { data: { filing_id: string } }) {
    const old = ctx.state.filings.get(input.data.filing_id);
    if (!old || old.status === 'cancelled') fail('MOCK-E080', 'filing_id');
    const p = ctx.state.byPsnNo.get(old.psn_no)!;
    const r = coreCancelFiling(old.filing_id, await contextFor(ctx, p, old.insuplc_admdvs));
    if (!r.ok) rejection(r);
    Object.assign(old, record(p, old.insuplc_admdvs, r.filing, [], old));
    return { output: { filinginfo: show(old, formatDate(ctx.now)) }, warn: '备案撤销 MX5504 是模拟平台扩展，非国家接口' };
  },
};

/** MX5511 个人结算记录查询 (extension): the person's settlements at every institution. */
export const listSettlements: TxDef = {
  infno: 'MX5511', name: '个人结算记录查询', signIn: false, extension: true,
  schema: z.looseObject({ data: z.looseObject({ psn_no: str(30), begndate: optDate(), enddate: optDate() }) }),
  run(ctx, input: { data: { psn_no: string; begndate?: string | null; enddate?: string | null } }) {
    const d = input.data;
    personaFor(ctx, d.psn_no);
    const list = [...ctx.state.settlements.values()].filter((s) => s.psn_no === d.psn_no
      && (!d.begndate || s.setl_time.slice(0, 10) >= d.begndate) && (!d.enddate || s.setl_time.slice(0, 10) <= d.enddate));
    return {
      output: {
        setllist: list.map((s) => {
          const a = s.settlement.amounts;
          return {
            setl_id: s.setl_id, mdtrt_id: s.mdtrt_id, fixmedins_code: s.fixmedins_code, infno: s.infno, setl_time: s.setl_time,
            insutype: s.insutype, clr_type: s.clr_type, medfee_sumamt: a.medfeeSumamt.toNumber(), fund_pay_sumamt: a.fundPaySumamt.toNumber(),
            acct_pay: a.acctPay.toNumber(), psn_cash_pay: a.psnCashPay.toNumber(), setl_stas: s.status, filing_category: s.settlement.category,
          };
        }),
      },
      warn: '个人结算记录查询 MX5511 是模拟平台扩展，非国家接口',
    };
  },
};

