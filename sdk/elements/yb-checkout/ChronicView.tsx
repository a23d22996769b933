import type { Verdict } from '../../../core/index.ts';
import { t, type Lang, type TextKey } from '../../i18n/index.ts';
import type { ChronicQualification } from '../../session/types.ts';

/** The status line of a chronic verdict (R-13, D-7): valid, or why not. */
function statusOf(verdict: Verdict): { key: TextKey; tone: 'ok' | 'warn' | 'bad' } {
  const c = verdict.chronic!;
  switch (c.detail) {
    case 'LAPSED': return { key: 'chronicLapsed', tone: 'bad' };
    case 'NOT_YET_VALID': return { key: 'chronicNotYet', tone: 'bad' };
    case 'NOT_RECOGNISED': return { key: 'chronicNotRecognised', tone: 'bad' };
    case 'NO_DISEASE_CODE': return { key: 'chronicNoCode', tone: 'bad' };
    default:
      if (c.enabled === false) return { key: 'chronicNotEnabled', tone: 'bad' };
      return c.enabled === null ? { key: 'chronicOkListUnknown', tone: 'warn' } : { key: 'chronicOk', tone: 'ok' };
  }
}

/**
 * The patient's 门诊慢特病 qualification for this visit: disease, validity, who recognised it
 * and whether it settles; the verdict's hint beside it says what to do when it does not.
 */
export function ChronicView({ verdict, qualifications, diseaseName, lang }: {
  verdict: Verdict; qualifications: readonly ChronicQualification[] | undefined; diseaseName: string | undefined; lang: Lang;
}) {
  const c = verdict.chronic;
  if (!c) return null;
  const q = c.qualification;
  const listed = qualifications?.find((x) => x.diseaseCode === c.diseaseCode && (!q || (x.begin === q.begin && x.end === (q.end ?? null))));
  const name = listed?.diseaseName ?? diseaseName;
  const status = statusOf(verdict);
  return (
    <section part="chronic" class="chronic" aria-labelledby="co-chronic" data-detail={c.detail ?? 'VALID'}>
      <h3 id="co-chronic">{t(lang, 'chronicTitle')}</h3>
      <dl>
        <div>
          <dt>{t(lang, 'chronicDisease')}</dt>
          <dd>{c.diseaseCode ? `${name ?? ''} ${c.diseaseCode}`.trim() : t(lang, 'chronicNone')}</dd>
        </div>
        <div>
          <dt>{t(lang, 'chronicValidity')}</dt>
          <dd>{q ? (q.end ? t(lang, 'chronicFromTo', { begin: q.begin, end: q.end }) : t(lang, 'chronicOpenEnd', { begin: q.begin })) : t(lang, 'chronicNone')}</dd>
        </div>
        {listed?.recognisedBy && (
          <div>
            <dt>{t(lang, 'chronicRecognisedBy')}</dt>
            <dd>{listed.recognisedBy}</dd>
          </div>
        )}
        <div>
          <dt>{t(lang, 'chronicStatus')}</dt>
          <dd class={`tone-${status.tone}`} data-status={status.key}>{t(lang, status.key, { days: c.daysSinceLapse ?? 0 })}</dd>
        </div>
      </dl>
    </section>
  );
}
