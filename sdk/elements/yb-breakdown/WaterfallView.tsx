import { t, type Lang } from '../../i18n/index.ts';
import type { Explanation } from './explainTypes.ts';

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
      <ol class="steps">
        {explanation.steps.map((s, i) => (
          <li key={i}>
            <strong>{s.step} {lang === 'en' ? s.title.en : s.title.zh}</strong>
            {s.rules.length > 0 && <span class="muted"> ({s.rules.join(', ')})</span>}
            <dl>
              {Object.entries(s.result).map(([k, v]) => (
                <div key={k} class="kv"><dt>{k}</dt><dd class="money">{v}</dd></div>
              ))}
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
      </ol>
    </div>
  );
}
