/**
 * The checkout session: runs the pure flow (`sdk/flow/transition.ts`) against the platform through
 * the transport layer, with every money-moving message stored first (`createAttemptRunner`).
 * What the elements use; see README.md beside this file.
 */
import { Dec } from '../../core/index.ts';
import type { Verdict } from '../../core/index.ts';
import type {
  AttemptInfo, CheckoutSession, Command, Envelope, IdentifiedPerson, IdentifyInput, OutpatientVisit, PlatformSettlement, SdkError, SessionConfig, SessionState, Settled,
} from './types.ts';
import { canStart, initialState, transition } from '../flow/transition.ts';
import type { FlowEvent } from '../flow/transition.ts';
import { parseCart } from '../flow/parseCart.ts';
import type { CartItem } from '../flow/parseCart.ts';
import { createPlatformClient } from '../transport/createPlatformClient.ts';
import { formatCompact, formatDateTime } from '../transport/chinaTime.ts';
import { sdkError } from '../transport/sdkError.ts';
import { openAttemptStore } from '../store/openAttemptStore.ts';
import type { AttemptStore } from '../store/openAttemptStore.ts';
import type { Attempt } from '../store/Attempt.ts';
import { createAttemptRunner } from './createAttemptRunner.ts';
import type { AttemptRunner, Resolution } from './createAttemptRunner.ts';
import { identifyPerson, identityKey } from './identifyPerson.ts';
import type { PersonSecrets } from './identifyPerson.ts';
import { verdictFor } from './verdictFor.ts';
import { isChronicVisit, qualificationsFor } from './qualificationsFor.ts';
import { settlementOf } from './settlementOf.ts';

const num = (s: string | { toFixed(n: number): string } | null | undefined): number => Number(typeof s === 'string' ? s : s ? s.toFixed(2) : 0);
const DEFAULT_VISIT: OutpatientVisit = { dept_code: 'MZ', dept_name: '门诊', caty: 'A03', atddr_no: 'DR000', dr_name: '门诊医生' };

function configError(cfg: SessionConfig): string | null {
  if (cfg.mode !== 'pharmacy' && cfg.mode !== 'outpatient') return 'mode must be pharmacy or outpatient';
  if (!cfg.endpoint && typeof cfg.transport !== 'function') return 'give endpoint or transport';
  if (!/^[0-9A-Za-z]{1,30}$/.test(cfg.fixmedins_code ?? '')) return 'fixmedins_code is required (≤ 30 letters/digits)';
  if (!cfg.opter || cfg.opter.length > 30) return 'opter is required (≤ 30 chars)';
  if (!/^\d{6}$/.test(cfg.mdtrtarea_admvs ?? '')) return 'mdtrtarea_admvs must be a 6-digit division code';
  return null;
}

/**
 * Creates a checkout session for one terminal. Nothing is sent until a command runs; call
 * `recover()` once on load. Throws nothing: a bad config puts the session in idle with
 * CONFIG_INVALID and every command is refused.
 */
export function createSession(config: SessionConfig): CheckoutSession {
  const cfg: SessionConfig = { ...config };
  const bad = configError(cfg);
  let state: SessionState = bad ? { status: 'idle', busy: null, error: sdkError('CONFIG_INVALID', false, bad) } : initialState;
  const listeners = new Set<(s: SessionState) => void>();
  let storeP: Promise<AttemptStore> | null = null;
  const store = () => (storeP ??= openAttemptStore(cfg.dbName));
  const client = createPlatformClient(cfg, {
    getMeta: async (k) => (await store()).getMeta(k),
    setMeta: async (k, v) => (await store()).setMeta(k, v),
  });
  let runnerP: Promise<AttemptRunner> | null = null;
  const runner = () => (runnerP ??= store().then((s) => createAttemptRunner(cfg, client, s)));

  // In memory only: who is at the till and what was pre-settled.
  let lastKey = '';
  let secrets: PersonSecrets | null = null;
  // an emergency visit (med_type 13, set by the hospital) counts as filed.
  const emergency = cfg.mode === 'outpatient' && cfg.visit?.med_type === '13';
  let pharmacyInput: Record<string, unknown> | null = null;
  let visit: { mdtrt_id: string; chrg_bchno: string; input2206: Record<string, unknown> | null; ipt_otp_no: string } | null = null;
  let current: Attempt | null = null;
  let settledRef: { setl_id: string; mdtrt_id: string; msgid: string; psn_no: string; insuplc: string; group: Attempt['group']; medfee: string } | null = null;

  const emit = (e: FlowEvent): SessionState => {
    const next = transition(state, e);
    if (next !== state) {
      state = next;
      for (const l of [...listeners]) l(state);
    }
    return state;
  };
  const begin = (c: Command, same = false) => !bad && canStart(state, c, same) && (emit({ type: 'BEGIN', command: c, sameIdentity: same }), true);
  const fail = (error: SdkError) => emit({ type: 'FAIL', error });
  const row = () => (state.status !== 'idle' && 'person' in state && state.person ? state.person.insurance[state.person.chosen]! : null);
  const infoOf = (a: Attempt): AttemptInfo => ({ msgid: a.msgid, infno: a.infno, medfee_sumamt: a.medfee_sumamt, unclear: false });

  async function decide(): Promise<SessionState> {
    if (state.status !== 'identified' || !secrets) return state;
    const v = await verdictFor(cfg, client, state.person, secrets.psn_no, emergency);
    if (!v.ok) return fail(v.error);
    return emit({ type: 'VERDICT', verdict: v.verdict });
  }

  async function identify(input: IdentifyInput): Promise<SessionState> {
    let key: string;
    try {
      key = identityKey(input);
    } catch {
      key = '';
    }
    if (!begin('identify', key !== '' && key === lastKey)) return state;
    const r = await identifyPerson(client, input);
    if (!r.ok) {
      forgetPatient();
      return emit({ type: 'IDENTIFY_FAILED', error: r.error });
    }
    lastKey = key;
    secrets = r.secrets;
    pharmacyInput = null;
    visit = null;
    settledRef = null;
    const person = await withQualifications(r.person);
    if ('code' in person) return fail(person);
    emit({ type: 'IDENTIFIED', person });
    return decide();
  }

  /** a chronic visit's verdict needs the patient's 门诊慢特病 qualifications (5301) for the chosen row. */
  async function withQualifications(person: IdentifiedPerson): Promise<IdentifiedPerson | SdkError> {
    if (!isChronicVisit(cfg)) return person;
    const q = await qualificationsFor(cfg, client, person, secrets!.psn_no);
    return q.ok ? { ...person, qualifications: q.qualifications } : q.error;
  }

  async function chooseInsurance(index: number): Promise<SessionState> {
    const s = state;
    if (!('person' in s) || !s.person || s.status === 'settled' || s.status === 'reversed' || s.status === 'failed') return state;
    if (!Number.isInteger(index) || index < 0 || index >= s.person.insurance.length || !begin('identify')) return state;
    visit = null;
    pharmacyInput = null;
    const person = await withQualifications({ ...s.person, chosen: index });
    if ('code' in person) return fail(person);
    emit({ type: 'IDENTIFIED', person });
    return decide();
  }

  const certFields = () => ({ psn_no: secrets!.psn_no, mdtrt_cert_type: secrets!.certType, mdtrt_cert_no: secrets!.certNo });

  function drugRows(items: CartItem[], at: string) {
    return items.map((l) => ({
      feedetl_sn: l.id, ...(l.rxNo ? { rxno: l.rxNo } : {}), rx_circ_flag: l.rxCirculated ? '1' : '0', fee_ocur_time: at,
      med_list_codg: l.listCode, medins_list_codg: l.hospCode, det_item_fee_sumamt: num(l.amount), cnt: num(l.qty), pric: num(l.unitPrice),
      ...(l.prescriber ? { bilg_dr_codg: l.prescriber.code, bilg_dr_name: l.prescriber.name } : {}),
    }));
  }

  async function presettlePharmacy(items: CartItem[], total: string, verdict: Verdict): Promise<SessionState> {
    const r = row()!;
    const at = formatDateTime(client.now());
    const input = {
      druginfo: {
        ...certFields(), begntime: at, medfee_sumamt: num(total), insutype: r.insutype, med_type: '41', psn_setlway: '01',
        acct_used_flag: (cfg.acctUsed ?? true) && verdict.pharmacy?.acctAllowed !== false ? '1' : '0',
      },
      drugdetail: drugRows(items, at),
    };
    const res = await client.call('2101', input, r.insuplc_admdvs);
    if (!res.ok) return fail(res.error);
    pharmacyInput = input;
    return emit({ type: 'PRESETTLED', preSettlement: settlementOf('2101', res.msgid, res.output) });
  }

  async function presettleOutpatient(items: CartItem[], total: string, v: OutpatientVisit): Promise<SessionState> {
    const r = row()!;
    const at = formatDateTime(client.now());
    const medType = v.med_type ?? (emergency ? '13' : '11');
    if (visit) {
      // Re-pre-settling a changed cart: drop this visit's unsettled lines first (2205, "0000" = all).
      const del = await client.call('2205', { data: { mdtrt_id: visit.mdtrt_id, chrg_bchno: '0000', psn_no: secrets!.psn_no } }, r.insuplc_admdvs);
      if (!del.ok) return fail(del.error);
    } else {
      const ipt = v.ipt_otp_no ?? `MZ${formatCompact(client.now())}`;
      const reg = await client.call('2201', {
        data: {
          psn_no: secrets!.psn_no, insutype: r.insutype, begntime: at, mdtrt_cert_type: secrets!.certType, mdtrt_cert_no: secrets!.certNo,
          ipt_otp_no: ipt, atddr_no: v.atddr_no, dr_name: v.dr_name, dept_code: v.dept_code, dept_name: v.dept_name, caty: v.caty,
        },
      }, r.insuplc_admdvs);
      if (!reg.ok) return fail(reg.error);
      const mdtrtId = String((reg.output.data as { mdtrt_id?: unknown } | undefined)?.mdtrt_id ?? '');
      if (!mdtrtId) return fail(sdkError('BAD_REPLY', true, '2201: no mdtrt_id', { infno: '2201' }));
      const up = await client.call('2203', {
        mdtrtinfo: {
          mdtrt_id: mdtrtId, psn_no: secrets!.psn_no, med_type: medType, begntime: at, ...(v.diag_name ? { main_cond_dscr: v.diag_name } : {}),
          // the 门诊慢特病 disease code where the reference puts it (2203 dise_codg).
          ...(v.dise_codg ? { dise_codg: v.dise_codg, ...(v.dise_name ? { dise_name: v.dise_name } : {}) } : {}),
        },
        ...(v.diag_code && v.diag_name ? {
          diseinfo: [{ diag_type: '1', diag_srt_no: '1', diag_code: v.diag_code, diag_name: v.diag_name, diag_dept: v.dept_name, dise_dor_no: v.atddr_no, dise_dor_name: v.dr_name, diag_time: at, vali_flag: '1' }],
        } : {}),
      }, r.insuplc_admdvs);
      if (!up.ok) return fail(up.error);
      visit = { mdtrt_id: mdtrtId, chrg_bchno: '', input2206: null, ipt_otp_no: ipt };
    }
    const chrg = `B${formatCompact(client.now())}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    const fees = await client.call('2204', {
      feedetail: drugRows(items, at).map((l, i) => ({
        ...l, mdtrt_id: visit!.mdtrt_id, psn_no: secrets!.psn_no, chrg_bchno: chrg, hosp_appr_flag: '0',
        bilg_dept_codg: items[i]!.dept?.code ?? v.dept_code, bilg_dept_name: items[i]!.dept?.name ?? v.dept_name,
        bilg_dr_codg: items[i]!.prescriber?.code ?? v.atddr_no, bilg_dr_name: items[i]!.prescriber?.name ?? v.dr_name,
      })),
    }, r.insuplc_admdvs);
    if (!fees.ok) return fail(fees.error);
    const data = {
      ...certFields(), med_type: medType, medfee_sumamt: num(total), psn_setlway: '01', mdtrt_id: visit.mdtrt_id, chrg_bchno: chrg,
      acct_used_flag: cfg.acctUsed ?? true ? '1' : '0', insutype: r.insutype,
    };
    const pre = await client.call('2206', { data }, r.insuplc_admdvs);
    if (!pre.ok) return fail(pre.error);
    visit.chrg_bchno = chrg;
    visit.input2206 = data;
    return emit({ type: 'PRESETTLED', preSettlement: settlementOf('2206', pre.msgid, pre.output, fees.output.result) });
  }

  async function presettle(lines: unknown, v?: Partial<OutpatientVisit>): Promise<SessionState> {
    if (!begin('presettle')) return state;
    const cart = parseCart(lines);
    if (!cart.ok) return fail(cart.error);
    const s = state as Extract<SessionState, { status: 'verdict' | 'pre-settled' | 'failed' }>;
    if (!s.verdict?.settles) return fail(sdkError('NOT_DIRECT', false, `verdict ${s.verdict?.code ?? 'missing'}`));
    const total = cart.total.toFixed(2);
    if (cfg.mode === 'pharmacy') return presettlePharmacy(cart.items, total, s.verdict);
    return presettleOutpatient(cart.items, total, { ...DEFAULT_VISIT, ...cfg.visit, ...v });
  }

  /** Applies a settle attempt's resolution to the flow. */
  function settledOf(a: Attempt, shown: PlatformSettlement): Settled {
    const i = shown.setlinfo;
    return { ...shown, setl_id: i.setl_id ?? '', mdtrt_id: i.mdtrt_id ?? null };
  }

  function applySettle(a: Attempt, r: Resolution, recovered: boolean): SessionState {
    switch (r.kind) {
      case 'done': {
        const s = settledOf(a, r.shown);
        settledRef = { setl_id: s.setl_id, mdtrt_id: s.mdtrt_id ?? '', msgid: a.msgid, psn_no: a.psn_no, insuplc: a.insuplc, group: a.group, medfee: s.setlinfo.medfee_sumamt ?? a.medfee_sumamt };
        current = null;
        return emit({ type: 'SETTLED', settlement: s, recovered });
      }
      case 'reversed':
        current = null;
        return emit({ type: 'REVERSED', how: 'reversal', settlement: null, reversal: null, recovered });
      case 'failed':
        current = null;
        return emit({ type: 'NOT_CHARGED', error: r.error, recovered });
      case 'unclear':
        return emit({ type: 'UNCLEAR', error: r.error });
    }
  }

  async function applyRevoke(a: Attempt, r: Resolution): Promise<SessionState> {
    const settlement = state.status === 'settled' ? state.settlement : await shownSettlement(a);
    switch (r.kind) {
      case 'done':
        current = null;
        settledRef = null;
        return emit({ type: 'REVERSED', how: 'revoke', settlement, reversal: r.shown });
      case 'unclear':
        return emit({ type: 'UNCLEAR', error: r.error });
      default: {
        current = null;
        const error = r.kind === 'failed' ? r.error : sdkError('PLATFORM_REJECTED', true, `${a.infno} was reversed by 2601: the settlement stands`, { infno: a.infno });
        if (state.status === 'settled') return emit({ type: 'REVOKE_FAILED', error });
        // Recovered revoke that did not take effect: show the settlement it left standing.
        if (settlement) {
          emit({ type: 'SETTLED', settlement, recovered: true });
          return state;
        }
        return emit({ type: 'NOT_CHARGED', error, recovered: true });
      }
    }
  }

  async function shownSettlement(a: Attempt): Promise<Settled | null> {
    if (!a.target) return null;
    const orig = await (await store()).get(a.target.msgid).catch(() => undefined);
    return orig?.shown ? settledOf(orig, orig.shown) : null;
  }

  const apply = (a: Attempt, r: Resolution, recovered: boolean) => (a.kind === 'settle' ? applySettle(a, r, recovered) : applyRevoke(a, r));

  /** Stores then sends a money-moving message; STORE_FAILED means it was never sent. */
  async function sendAttempt(env: Envelope | SdkError, kind: Attempt['kind'], meta: Parameters<AttemptRunner['create']>[2]): Promise<SessionState> {
    if (!('msgid' in env)) return fail(env);
    let a: Attempt;
    let run: AttemptRunner;
    try {
      run = await runner();
      a = await run.create(env, kind, meta);
    } catch (e) {
      return fail(sdkError('STORE_FAILED', false, `IndexedDB: ${e instanceof Error ? e.name : 'unavailable'}; nothing was sent`));
    }
    current = a;
    emit({ type: 'SENDING', attempt: infoOf(a) });
    return apply(a, await run.run(a), false);
  }

  async function confirm(): Promise<SessionState> {
    if (!begin('confirm')) return state;
    const r = row()!;
    const pre = state.status === 'pre-settled' || state.status === 'failed' ? state.preSettlement : null;
    const group = { insutype: r.insutype, clr_type: pre?.setlinfo.clr_type ?? '' };
    const meta = { psn_no: secrets!.psn_no, insuplc: r.insuplc_admdvs, group, medfee_sumamt: pre?.setlinfo.medfee_sumamt ?? '0' };
    if (cfg.mode === 'pharmacy') {
      if (!pharmacyInput) return fail(sdkError('WRONG_STATE', false, 'pre-settle first'));
      const input = { ...pharmacyInput, druginfo: { ...(pharmacyInput.druginfo as object), begntime: formatDateTime(client.now()) } };
      return sendAttempt(await client.prepare('2102', input, r.insuplc_admdvs), 'settle', meta);
    }
    if (!visit?.input2206 || !pre) return fail(sdkError('WRONG_STATE', false, 'pre-settle first'));
    const i = pre.setlinfo;
    const data = {
      ...visit.input2206, fulamt_ownpay_amt: num(i.fulamt_ownpay_amt), overlmt_selfpay: num(i.overlmt_selfpay),
      preselfpay_amt: num(i.preselfpay_amt), inscp_scp_amt: num(i.inscp_scp_amt),
    };
    return sendAttempt(await client.prepare('2207', { data }, r.insuplc_admdvs), 'settle', meta);
  }

  async function cancel(): Promise<SessionState> {
    if (!begin('cancel')) return state;
    const s = state;
    if (s.status === 'settling' || (s.status === 'settled' && s.revoking)) {
      // The cashier gives up waiting for an unclear answer: 2601 decides.
      if (!current) return fail(unknownAttempt());
      return apply(current, await (await runner()).reverse(current), s.person === null);
    }
    if (s.status === 'settled') {
      const ref = settledRef;
      if (!ref || !ref.setl_id) return fail(sdkError('WRONG_STATE', false, 'the settlement to revoke is not known here'));
      const infno = cfg.mode === 'pharmacy' ? '2103' : '2208';
      const data = { setl_id: ref.setl_id, mdtrt_id: ref.mdtrt_id, psn_no: ref.psn_no };
      return sendAttempt(await client.prepare(infno, { data }, ref.insuplc), 'revoke', {
        psn_no: ref.psn_no, insuplc: ref.insuplc, group: ref.group, medfee_sumamt: new Dec(ref.medfee).neg().toFixed(2), target: { setl_id: ref.setl_id, mdtrt_id: ref.mdtrt_id, msgid: ref.msgid },
      });
    }
    if (visit && secrets && cfg.mode === 'outpatient') {
      // Best effort: free the registration (2205 lines, 2202 visit); nothing was charged either way.
      const insuplc = row()?.insuplc_admdvs ?? '';
      await client.call('2205', { data: { mdtrt_id: visit.mdtrt_id, chrg_bchno: '0000', psn_no: secrets.psn_no } }, insuplc);
      await client.call('2202', { data: { psn_no: secrets.psn_no, mdtrt_id: visit.mdtrt_id, ipt_otp_no: visit.ipt_otp_no } }, insuplc);
    }
    forgetPatient();
    return emit({ type: 'CANCELLED' });
  }

  const unknownAttempt = () => sdkError('OUTCOME_UNKNOWN', true, 'the unclear attempt is not loaded; run recover()');

  function forgetPatient() {
    lastKey = '';
    secrets = null;
    visit = null;
    pharmacyInput = null;
    settledRef = null;
  }

  async function recover(): Promise<SessionState> {
    if (!begin('recover')) return state;
    let pending: Attempt[];
    let run: AttemptRunner;
    try {
      run = await runner();
      pending = await (await store()).pending(cfg.fixmedins_code);
    } catch (e) {
      return fail(sdkError('STORE_FAILED', false, `IndexedDB: ${e instanceof Error ? e.name : 'unavailable'}`));
    }
    if (pending.length === 0) return emit({ type: 'CANCELLED' });
    for (const [n, a] of pending.entries()) {
      current = a;
      if (n === 0) emit({ type: 'RECOVERING', attempt: infoOf(a) });
      const r = await run.resolve(a);
      if (r.kind === 'unclear' || n === pending.length - 1) return apply(a, r, true);
    }
    return state;
  }

  async function resolve(): Promise<SessionState> {
    if (!begin('resolve')) return state;
    if (!current) return fail(unknownAttempt());
    const a = current;
    return apply(a, await (await runner()).resolve(a), 'person' in state && state.person === null);
  }

  function reset(): SessionState {
    const next = emit({ type: 'RESET' });
    if (next.status === 'idle') forgetPatient();
    return next;
  }

  // A command repeated while it runs (double click, Enter held down) gets the running one's outcome.
  let running: Promise<SessionState> | null = null;
  let runningCommand: Command | null = null;
  const track = <A extends unknown[]>(c: Command, fn: (...a: A) => Promise<SessionState>) => (...a: A): Promise<SessionState> => {
    if (running && runningCommand === c && state.busy !== null) return running;
    const p = fn(...a);
    if (state.busy === null) return p;
    running = p;
    runningCommand = c;
    void p.finally(() => {
      if (running === p) running = null;
    });
    return p;
  };

  return {
    config: cfg,
    getState: () => state,
    can: (c) => !bad && canStart(state, c),
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    recover: track('recover', recover), identify: track('identify', identify), chooseInsurance: track('identify', chooseInsurance),
    presettle: track('presettle', presettle), confirm: track('confirm', confirm), cancel: track('cancel', cancel), reset, resolve: track('resolve', resolve),
  };
}
