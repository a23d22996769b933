/**
 * Lazy chunk of `<yb-breakdown>`: the core's explanation (settle engine and policy packs, each
 * pack its own chunk) and the waterfall view. Loaded only when the cashier asks for it.
 */
import {
  Dec, estimateSettlement, findPolicyPack, getPolicyPack, isCoreError,
  type ExplainStep, type PolicySet, type Settlement,
} from '../../../core/index.ts';
import { t, type Lang } from '../../i18n/index.ts';
import type { ExplainRequest } from './explainTypes.ts';

export type Explanation =
  | { kind: 'steps'; steps: readonly ExplainStep[]; pack: string; status: string; estimate: boolean }
  | { kind: 'platform-only'; reason: 'NO_PACK' | 'NO_INPUT'; detail?: string };

/** The waterfall of a core settlement as it is, or of a platform settlement recomputed. */
export async function explain(source: { settlement: Settlement; packName?: string } | { request: ExplainRequest | null }): Promise<Explanation> {
  if ('settlement' in source) {
    return { kind: 'steps', steps: source.settlement.steps, pack: source.packName ?? source.settlement.policyId, status: '', estimate: false };
  }
  const req = source.request;
  if (!req) return { kind: 'platform-only', reason: 'NO_INPUT' };
  let policy: PolicySet;
  try {
    policy = req.policyId
      ? await getPolicyPack(req.policyId)
      : await findPolicyPack({ insuplcAdmdvs: req.claim.insuplcAdmdvs, insutype: req.person.insutype, date: req.claim.serviceDate });
  } catch (e) {
    if (isCoreError(e) && e.code === 'POLICY_NOT_FOUND') return { kind: 'platform-only', reason: 'NO_PACK' };
    throw e;
  }
  const { person, claim } = req;
  try {
    const estimate = estimateSettlement({
      policy,
      ytd: null,
      person: {
        insutype: person.insutype, psnInsuStas: person.psnInsuStas ?? '1', status: person.status ?? (person.insutype === '310' ? 'IN_SERVICE' : 'RESIDENT_ADULT'),
        age: person.age, acctBalance: new Dec(person.acctBalance), filings: person.filings, opspQualifications: [],
      },
      claim: {
        medType: claim.medType, insuplcAdmdvs: claim.insuplcAdmdvs, mdtrtareaAdmvs: claim.mdtrtareaAdmvs, serviceDate: claim.serviceDate,
        settlementTime: claim.settlementTime, institutionLevel: claim.institutionLevel, networkedMedTypes: claim.networkedMedTypes,
        emergencyFlag: claim.emergencyFlag ?? false, acctUsed: claim.acctUsed,
        lines: claim.lines.map((l) => ({
          lineId: l.lineId, amount: new Dec(l.amount), chrgitmLv: l.chrgitmLv, selfpayProp: new Dec(l.selfpayProp),
          ...(l.priceCap !== undefined && l.priceCap !== null ? { priceCap: new Dec(l.priceCap) } : {}),
          ...(l.qty !== undefined ? { qty: new Dec(l.qty) } : {}),
          ...(l.unitPrice !== undefined ? { unitPrice: new Dec(l.unitPrice) } : {}),
        })),
      },
    });
    if (!estimate.best) return { kind: 'platform-only', reason: 'NO_INPUT', detail: estimate.verdict.code };
    return { kind: 'steps', steps: estimate.best.steps, pack: policy.name, status: policy.status, estimate: true };
  } catch (e) {
    if (isCoreError(e)) return { kind: 'platform-only', reason: e.code === 'POLICY_INCOMPLETE' || e.code === 'POLICY_NOT_FOUND' ? 'NO_PACK' : 'NO_INPUT', detail: e.code };
    throw e;
  }
}

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
