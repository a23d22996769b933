/**
 * Reimbursements: direct settlements from MX5511 (each opens in `<yb-breakdown>` with the explained
 * waterfall, MX5512 gives the settlement in the core's storage form) and manual claims with their
 * tracked status (MX5522). The last lists are kept (sealed) for offline.
 */
import { h, type ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, type App } from '../../app/appContext.ts';
import { LEVEL_NAMES, pick, type TextKey } from '../../app/texts.ts';
import { Button, LinkButton, yuan } from '../../app/ui.ts';
import type { ClaimRecordView } from '../../store/types.ts';

interface SetlRow { setl_id: string; setl_time: string; medfee_sumamt: number; fund_pay_sumamt: number; acct_pay: number; psn_cash_pay: number; setl_stas: string; fixmedins_code: string }

const CLAIM_STATUS: Record<string, TextKey> = { SUBMITTED: 'csSubmitted', UNDER_REVIEW: 'csReview', PAID: 'csPaid', REJECTED: 'csRejected' };

/** Reads the claims' progress from the platform and keeps it in their records. */
export async function refreshClaims(app: App): Promise<void> {
  const p = app.profile;
  if (!p || !(p.psnNo || p.certno)) return;
  const r = await app.call('MX5522', p.psnNo ? { psn_no: p.psnNo } : { certno: p.certno });
  if (r.kind !== 'ok') return;
  for (const info of r.output.claiminfo as { claim_id: string; status: ClaimRecordView['serverStatus']; fund_pay_sumamt: number | null; reject_reason: string | null }[]) {
    const c = app.claims.find((x) => x.serverId === info.claim_id);
    if (!c) continue;
    await app.putRecord(c.id, 'claim', { ...c, serverStatus: info.status, paid: info.fund_pay_sumamt === null ? null : String(info.fund_pay_sumamt), reason: info.reject_reason });
  }
}

export function ClaimItem(props: { app: App; c: ClaimRecordView }): ComponentChild {
  const { app, c } = props;
  const row = app.rows.filter((r) => r.recordId === c.id).pop();
  const status = c.serverStatus ? app.t(CLAIM_STATUS[c.serverStatus]!) : row ? app.t(row.state === 'queued' ? 'stQueued' : row.state === 'sending' ? 'stSending' : row.state === 'rejected' ? 'stRejected' : 'stNeeds') : '';
  const steps: TextKey[] = ['csSubmitted', 'csReview', c.serverStatus === 'REJECTED' ? 'csRejected' : 'csPaid'];
  const at = c.serverStatus === 'PAID' || c.serverStatus === 'REJECTED' ? 2 : c.serverStatus === 'UNDER_REVIEW' ? 1 : c.serverStatus ? 0 : -1;
  return h('li', { class: 'card' },
    h('h3', null, `${c.clinic} · ${c.enddate}`),
    h('p', null, `${app.t('total')} ${yuan(c.total)} · ${pick(app.lang, LEVEL_NAMES[c.hospLv])}`),
    h('p', { class: 'state' }, h('strong', null, status), c.reason ? ` — ${c.reason}` : '', row?.lastError && !c.serverStatus ? ` — ${row.lastError.message}` : ''),
    h('ol', { class: 'progress', 'aria-label': app.t('claimOfficial') }, steps.map((k, i) => h('li', { key: k, class: i <= at ? 'done' : undefined, 'aria-current': i === at ? 'step' : undefined }, `${i <= at ? '✔ ' : ''}${app.t(k)}`))),
    c.expected ? h('p', null, `${app.t('expected')}：${app.t('expectedRange', { low: yuan(c.expected.high), high: yuan(c.expected.low) })}`) : null,
    c.paid !== null ? h('p', { class: 'big' }, `${app.t('fundPaid')}：${yuan(c.paid)}`) : null,
    c.paid !== null && c.expected ? h(Difference, { app, c }) : null);
}

function Difference(props: { app: App; c: ClaimRecordView }): ComponentChild {
  const { app, c } = props;
  const [text, setText] = useState('');
  useEffect(() => {
    void import('../../app/engine.ts').then((e) => {
      const est = { low: { fund: c.expected!.low }, high: { fund: c.expected!.high } };
      const which = e.explainDifference(est, c.paid!);
      setText(which === 'SAME' ? app.t('diffSame') : which === 'S-2' ? app.t('diffS2') : app.t('diffS1'));
    });
  }, [c.paid, app.lang]);
  return text ? h('p', { class: 'notice' }, h('strong', null, `${app.t('diffTitle')}：`), text) : null;
}

export function Reimbursements(): ComponentChild {
  const app = useApp();
  const [list, setList] = useState<SetlRow[] | null>(null);
  const [offline, setOffline] = useState(false);
  const load = async () => {
    const p = app.profile;
    const cached = await app.getCache<SetlRow[]>('cache:setllist');
    if (cached) setList(cached);
    if (!p?.psnNo) {
      setList(cached ?? []);
      return;
    }
    const r = await app.call('MX5511', { psn_no: p.psnNo });
    if (r.kind === 'ok') {
      const rows = r.output.setllist as SetlRow[];
      setList(rows);
      setOffline(false);
      await app.putCache('cache:setllist', rows);
    } else {
      setOffline(true);
      setList(cached ?? []);
    }
    await refreshClaims(app);
  };
  useEffect(() => void load(), []);
  return h('main', { id: 'main', tabIndex: -1 },
    h('h1', null, app.t('reimbTitle')),
    offline ? h('p', { class: 'notice' }, app.t('reimbOffline')) : null,
    h('h2', null, app.t('reimbDirect')),
    list === null ? h('p', null, '…') : list.length === 0 ? h('p', null, app.t('reimbNone')) : h('ul', { class: 'cards' }, list.map((s) => h('li', { class: 'card', key: s.setl_id },
      h('h3', null, `${s.setl_time.slice(0, 10)} · ${app.t('hospitalCode')} ${s.fixmedins_code}`),
      h('p', null, `${app.t('total')} ${yuan(s.medfee_sumamt)} · ${app.t('fundPaid')} ${yuan(s.fund_pay_sumamt)} · ${app.t('acctPaid')} ${yuan(s.acct_pay)} · ${app.t('youPaid')} ${yuan(s.psn_cash_pay)}`),
      h('p', null, s.setl_stas === 'ACTIVE' ? app.t('stActive') : app.t('stRevoked')),
      h(LinkButton, { href: `#/reimb/${s.setl_id}` }, app.t('open'))))),
    h('h2', null, app.t('reimbManual')),
    h('div', { class: 'actions' }, h(LinkButton, { href: '#/claim', kind: 'primary' }, app.t('homeClaim')), h(Button, { kind: 'secondary', onClick: () => void refreshClaims(app) }, app.t('refresh'))),
    app.claims.length ? h('ul', { class: 'cards' }, app.claims.map((c) => h(ClaimItem, { key: c.id, app, c }))) : h('p', null, app.t('reimbNone')));
}

/** One settlement in `<yb-breakdown>` (the SDK element), from the core's storage form. */
export function SettlementDetail(props: { setlId: string }): ComponentChild {
  const app = useApp();
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void (async () => {
      const cacheId = `cache:setl:${props.setlId}`;
      let cached = await app.getCache<{ stored: unknown; names: Record<string, string> }>(cacheId);
      if (!cached && app.profile?.psnNo) {
        const r = await app.call('MX5512', { psn_no: app.profile.psnNo, setl_id: props.setlId });
        if (r.kind === 'ok') {
          cached = { stored: r.output.stored, names: (r.output.line_names ?? {}) as Record<string, string> };
          await app.putCache(cacheId, cached);
        } else setError(r.message);
      }
      const stored = cached?.stored;
      if (!stored || !host.current) return;
      const [{ defineBreakdown }, { readStoredSettlement }] = await Promise.all([import('../../../sdk/elements/yb-breakdown/define.ts'), import('../../app/engine.ts')]);
      defineBreakdown();
      const parsed = readStoredSettlement(stored);
      if (!parsed.ok) {
        setError(parsed.error.message);
        return;
      }
      const el = document.createElement('yb-breakdown') as HTMLElement & { settlement: unknown; lineNames: Record<string, string> };
      el.setAttribute('lang', app.lang);
      el.lineNames = cached?.names ?? {};
      el.settlement = parsed.value;
      host.current.replaceChildren(el);
    })();
  }, [props.setlId, app.lang]);
  return h('main', { id: 'main', tabIndex: -1 },
    h('a', { href: '#/reimb', class: 'back' }, `‹ ${app.t('back')}`),
    h('h1', null, app.t('reimbDirect')),
    error ? h('p', { class: 'error', role: 'alert' }, error) : null,
    h('div', { ref: host, class: 'breakdown-host' }));
}
