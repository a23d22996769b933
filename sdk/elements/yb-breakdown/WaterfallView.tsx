import { formatYuan, t, type Lang, type TextKey } from '../../i18n/index.ts';
import type { Explanation } from './explainTypes.ts';

/** Screen labels of the amounts a step produces (wire names stay beside them, for tracing). */
const LABELS: Readonly<Record<string, TextKey>> = {
  medfee_sumamt: 'total', fulamt_ownpay_amt: 'fulamt', overlmt_selfpay: 'overlmt', preselfpay_amt: 'preselfpay', inscp_scp_amt: 'inscp',
  act_pay_dedc: 'deductible', hifp_pay: 'hifpPay', fund_pay_sumamt: 'fundPays', psn_part_amt: 'personalPays', acct_pay: 'acctPay',
  acct_mulaid_pay: 'acctMulaidPay', psn_cash_pay: 'cashPay', balc: 'balanceAfter',
};

/** The explained waterfall: one row per step with its rules, parameters and their sources. */
export function WaterfallView({ explanation, lang }: { explanation: Explanation; lang: Lang }) {
  if (explanation.kind === 'platform-only') {
    return <p class="status warn" part="platform-only">{t(lang, explanation.reason === 'NO_PACK' ? 'platformOnly' : 'noExplainInput')}</p>;
  }
  const note = explanation.estimate
    ? t(lang, 'estimateNote', { pack: explanation.pack, status: explanation.status })
    : t(lang, 'exactNote', { pack: explanation.pack, status: explanation.status || '—' });
  return (
    <div part="waterfall">
      <p class="muted">{note}</p>
      <ul class="steps">
        {explanation.steps.map((s, i) => (
          <li key={i}>
            <strong>{s.step} {lang === 'en' ? s.title.en : s.title.zh}</strong>
            {s.rules.length > 0 && <span class="muted"> ({s.rules.join(', ')})</span>}
            <dl>
              {Object.entries(s.result).map(([k, v]) => {
                const label = LABELS[k];
                return (
                  <div key={k} class="kv">
                    <dt>{label ? t(lang, label) : ''} <code>{k}</code></dt>
                    <dd class="money">{label ? formatYuan(v) : v}</dd>
                  </div>
                );
              })}
            </dl>
            {s.params.length > 0 && (
              <ul class="params">
                {s.params.map((p) => (
                  <li key={p.path}>
                    <code>{p.path}</code> = {p.value} — {t(lang, 'source')}: {p.source.docNo} [{p.source.status}]
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
