import type { Verdict } from '../../../core/index.ts';
import { CHRONIC_TITLES, NOT_FILED_TITLES, VERDICT_TITLES, pick, t, type Lang } from '../../i18n/index.ts';

/** The verdict's short title: DIRECT, or the reason (NOT_FILED by its detail). */
export function verdictTitle(verdict: Verdict, lang: Lang): string {
  if (verdict.code === 'NOT_FILED' && verdict.detail) {
    const pair = NOT_FILED_TITLES[verdict.detail];
    if (pair) return pick(lang, pair, { days: verdict.daysSinceExpiry ?? 0 });
  }
  if (verdict.code === 'CHRONIC_NOT_QUALIFIED' && verdict.chronic?.detail) {
    const pair = CHRONIC_TITLES[verdict.chronic.detail];
    if (pair) return pick(lang, pair, { days: verdict.chronic.daysSinceLapse ?? 0 });
  }
  return pick(lang, VERDICT_TITLES[verdict.code]);
}

/** The tone of a verdict: settles (ok), settles without the fund (warn, D-8) or not (bad). */
export function verdictTone(verdict: Verdict): 'ok' | 'warn' | 'bad' {
  if (verdict.code === 'DIRECT') return 'ok';
  return verdict.settles ? 'warn' : 'bad';
}

/** One verdict: title, the core's fix-it hint, the rule ids. Shared by filing-check and checkout. */
export function VerdictView({ verdict, lang }: { verdict: Verdict; lang: Lang }) {
  const hint = lang === 'en' ? verdict.hint.en : verdict.hint.zh;
  return (
    <div part="verdict" class={`status ${verdictTone(verdict)}`} data-code={verdict.code}>
      <strong part="verdict-title">{verdictTitle(verdict, lang)}</strong>
      <p part="verdict-hint">{hint}</p>
      {verdict.rules.length > 0 && (
        <p class="muted rules">
          {t(lang, 'rules')}: {verdict.rules.join(', ')}
        </p>
      )}
    </div>
  );
}
