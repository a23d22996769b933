// The back office: <yb-settlement-ledger> fed by the settlements the demo's checkout pages made, through the
// mock's institution extensions (MX5531–MX5535) and 3201 / 3202. "Look ahead" moves the view date forward
// (the mock answers for a later day; it never rewrites the past).
import { loadLedger, type LocalLedgerRow } from '../../elements/yb-settlement-ledger/loadLedger.ts';
import type { LedgerData } from '../../elements/yb-settlement-ledger/ledgerData.ts';
import { createPlatformClient } from '../../transport/createPlatformClient.ts';

const ENDPOINT = '/fsi/api/rsfComIfsService/callService';
const ledger = document.getElementById('ledger') as HTMLElement & { ledger: LedgerData | null };
const inst = document.getElementById('inst') as HTMLSelectElement;
const asOf = document.getElementById('as-of') as HTMLInputElement;
const status = document.getElementById('status')!;
const jumps = document.getElementById('jumps')!;
const dropLocal = document.getElementById('drop-local') as HTMLInputElement;
const params = new URLSearchParams(location.search);
if (params.get('inst')) inst.value = [...inst.options].find((o) => o.value.startsWith(params.get('inst')!))?.value ?? inst.value;
if (params.get('as_of')) asOf.value = params.get('as_of')!;
if (params.get('drop') === '1') dropLocal.checked = true;
if (params.get('lang')) ledger.setAttribute('lang', params.get('lang')!);

const config = () => {
  const [code, name] = inst.value.split('|') as [string, string];
  return { endpoint: ENDPOINT, fixmedins_code: code, fixmedins_name: name, opter: 'FIN01', opter_name: '财务', mdtrtarea_admvs: '310106' };
};

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function renderJumps(data: LedgerData): void {
  const m = data.months.find((x) => x.status !== 'PAID' && x.status !== 'PAUSED');
  const targets: [string, string | null][] = m ? [
    ['月末后（待申报）/ after month end', nextDay(m.settlingUntil)],
    ['申报截止后 / after the deadline', nextDay(m.declarationDeadline)],
    ['审核完成日 / audit closes', m.auditClosesOn],
    ['应拨付日 / payment due', m.paymentDueDate],
  ] : [];
  jumps.replaceChildren(...targets.filter(([, d]) => d && d > data.asOf).map(([label, d]) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'ctl', textContent: `${m!.month}：${label} ${d}` });
    b.dataset.asOf = d!;
    b.addEventListener('click', () => {
      asOf.value = d!;
      void load();
    });
    return b;
  }));
}

async function load(): Promise<void> {
  status.textContent = '正在加载台账… / Loading the ledger…';
  try {
    const data = await loadLedger(config(), {
      ...(asOf.value ? { asOf: asOf.value } : {}),
      // The demo's "HIS" keeps the platform's rows; the checkbox drops the last one to show a difference.
      localRows: (rows: readonly LocalLedgerRow[]) => (dropLocal.checked ? rows.slice(0, -1) : rows),
    });
    ledger.ledger = data;
    asOf.value = data.asOf;
    renderJumps(data);
    status.textContent = `已加载 ${data.months.length} 个月份，截至 ${data.asOf}。/ Loaded ${data.months.length} month(s) as of ${data.asOf}.`;
    document.body.dataset.loaded = data.asOf;
  } catch (e) {
    status.textContent = `加载失败 / failed: ${(e as Error).message}`;
    document.body.dataset.loaded = 'error';
  }
}

async function call(infno: string, input: Record<string, unknown>): Promise<string> {
  const r = await createPlatformClient({ ...config(), mode: 'outpatient' }).call(infno, input);
  return r.ok ? '' : r.error.message;
}

const lastEnded = (): string | undefined => ledger.ledger?.months.find((m) => m.status !== 'SETTLING')?.month;
document.getElementById('declare')!.addEventListener('click', async () => {
  const m = lastEnded();
  if (!m) return void (status.textContent = '还没有已结束的月份（可先“预览日期”到下月）。/ No ended month yet (look ahead to next month first).');
  const err = await call('MX5531', { data: { month: m, submit: '1' } });
  if (!err) await load();
  status.textContent = err ? `申报失败 / failed: ${err}` : `已申报 ${m} / declared ${m}`;
});
document.getElementById('late')!.addEventListener('click', async () => {
  const m = ledger.ledger?.months[0]?.month;
  if (!m) return;
  const err = await call('MX5535', { data: { month: m, payment_late_working_days: 3 } });
  if (!err) await load();
  status.textContent = err ? `失败 / failed: ${err}` : `${m} 将晚 3 个工作日到账 / ${m} will arrive 3 working days late`;
});
document.getElementById('reload')!.addEventListener('click', () => void load());
document.getElementById('today')!.addEventListener('click', () => {
  asOf.value = '';
  void load();
});
inst.addEventListener('change', () => void load());
dropLocal.addEventListener('change', () => void load());
await load();
