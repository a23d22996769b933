/**
 * The lazy explanation of `<yb-breakdown>`: the core's settle engine and policy packs. Built as
 * its own bundle (`dist/sdk/yibao-explain.js`, packs as chunks beside it) so that nothing it needs,
 * zod's policy-pack schema above all, weighs on the entry. Returns plain data only: the view is
 * the entry's (one Preact).
 */
import {
  Dec, estimateSettlement, findPolicyPack, getPolicyPack, isCoreError,
  type PolicySet, type Settlement,
} from '../../../core/index.ts';
import type { ExplainRequest, Explanation } from './explainTypes.ts';


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
        age: person.age, acctBalance: new Dec(person.acctBalance), filings: person.filings, opspQualifications: person.opspQualifications ?? [],
      },
      claim: {
        medType: claim.medType, insuplcAdmdvs: claim.insuplcAdmdvs, mdtrtareaAdmvs: claim.mdtrtareaAdmvs, serviceDate: claim.serviceDate,
        settlementTime: claim.settlementTime, institutionLevel: claim.institutionLevel, networkedMedTypes: claim.networkedMedTypes,
        emergencyFlag: claim.emergencyFlag ?? false, acctUsed: claim.acctUsed,
        ...(claim.opspDiseaseCode ? { opspDiseaseCode: claim.opspDiseaseCode } : {}),
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
