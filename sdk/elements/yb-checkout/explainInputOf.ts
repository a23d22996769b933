import type { ChrgitmLv, Filing, MedType, Verdict } from '../../../core/index.ts';
import { formatDate } from '../../transport/chinaTime.ts';
import type { ExplainRequest } from '../yb-breakdown/explainTypes.ts';
import type { IdentifiedPerson, InstitutionInfo, PlatformSettlement } from '../../session/types.ts';

/**
 * The core inputs to explain a pre-settlement, from what the session shows: the chosen 1101 row,
 * the verdict, the platform's line split (catalogue class, self-pay ratio, price cap). The filing
 * is the one the verdict found, restated (the raw filings stay in the session). Null when a line
 * lacks its catalogue data.
 */
export function explainInputOf(args: {
  person: IdentifiedPerson;
  verdict: Verdict;
  pre: PlatformSettlement;
  medType: MedType;
  mdtrtareaAdmvs: string;
  institution: InstitutionInfo;
  acctUsed: boolean;
  now: Date;
}): ExplainRequest | null {
  const { person, verdict, pre, now } = args;
  const row = person.insurance[person.chosen];
  if (!row || (row.insutype !== '310' && row.insutype !== '390')) return null;
  const date = formatDate(now);
  const lines: ExplainRequest['claim']['lines'][number][] = [];
  for (const l of pre.lines) {
    const lv = l.chrgitm_lv;
    if (!l.feedetl_sn || !l.det_item_fee_sumamt || (lv !== '01' && lv !== '02' && lv !== '03') || l.selfpay_prop === null || l.selfpay_prop === undefined) return null;
    lines.push({
      lineId: l.feedetl_sn, amount: l.det_item_fee_sumamt, chrgitmLv: lv as ChrgitmLv, selfpayProp: l.selfpay_prop,
      ...(l.pric_uplmt_amt ? { priceCap: l.pric_uplmt_amt } : {}),
      ...(l.cnt ? { qty: l.cnt } : {}),
      ...(l.pric ? { unitPrice: l.pric } : {}),
    });
  }
  if (lines.length === 0) return null;
  const filings: Filing[] = verdict.category && !verdict.treatedAsFiled
    ? [{
        id: verdict.filingId ?? 'verdict', category: verdict.category, targetAdmdvs: args.mdtrtareaAdmvs,
        registeredAt: '2000-01-01T00:00:00+08:00', validFrom: '2000-01-01', validTo: verdict.category.startsWith('TMP_') ? date : null,
        viaCommitment: false, commitmentDocsCompleted: verdict.twoWayBenefit,
      }]
    : [];
  const retired = row.psn_type === '1102' || row.psn_type.startsWith('12');
  return {
    person: {
      insutype: row.insutype, age: person.age, psnInsuStas: row.psn_insu_stas, acctBalance: row.balc || '0', filings,
      status: row.insutype === '310' ? (retired ? 'RETIRED' : 'IN_SERVICE') : person.age < 18 ? 'RESIDENT_MINOR' : 'RESIDENT_ADULT',
      // the qualification the verdict found covers the visit.
      ...(verdict.chronic?.qualification ? { opspQualifications: [verdict.chronic.qualification] } : {}),
    },
    claim: {
      medType: args.medType, insuplcAdmdvs: row.insuplc_admdvs, mdtrtareaAdmvs: args.mdtrtareaAdmvs, serviceDate: date,
      settlementTime: now.toISOString(), institutionLevel: args.institution.level, networkedMedTypes: args.institution.networkedMedTypes,
      emergencyFlag: verdict.treatedAsFiled ?? false, acctUsed: args.acctUsed, lines,
      ...(verdict.chronic?.diseaseCode ? { opspDiseaseCode: verdict.chronic.diseaseCode } : {}),
    },
  };
}
