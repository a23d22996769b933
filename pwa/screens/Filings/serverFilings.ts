/** The platform's filings (MX5501) as local records, so the verdict check works offline. */
import type { App } from '../../app/appContext.ts';
import type { FilingCategory } from '../../../core/index.ts';
import type { FilingRecordView } from '../../store/types.ts';

const TYPE_TO_CATEGORY: Record<string, FilingCategory> = {
  'LT-RETIRED': 'LT_RETIREE_RELOCATED', 'LT-RESIDENT': 'LT_RESIDENT', 'LT-WORK': 'LT_POSTED_WORKER',
  'TMP-REFERRAL': 'TMP_REFERRAL', 'TMP-EMERGENCY': 'TMP_EMERGENCY', 'TMP-OTHER': 'TMP_OTHER',
};
export const CATEGORY_TO_TYPE = Object.fromEntries(Object.entries(TYPE_TO_CATEGORY).map(([k, v]) => [v, k])) as Record<FilingCategory, string>;

/** Adds or updates one record per platform filing not already known by its id. */
export async function importServerFilings(app: App, list: readonly Record<string, unknown>[], known: readonly FilingRecordView[]): Promise<void> {
  for (const f of list) {
    const serverId = String(f.filing_id);
    const category = TYPE_TO_CATEGORY[String(f.filing_type)];
    if (!category) continue;
    const mine = known.find((k) => k.serverId === serverId);
    const status = f.status === 'cancelled' ? 'cancelled' : 'valid';
    const rec: FilingRecordView = {
      id: mine?.id ?? `filing:srv-${serverId}`, category, targetAdmdvs: String(f.mdtrtarea_admdvs), validFrom: String(f.begndate),
      validTo: f.enddate ? String(f.enddate) : null, viaCommitment: f.commitment_signed === true, docsCompleted: f.docs_completed !== false,
      contactPhone: mine?.contactPhone ?? '', photos: mine?.photos ?? 0, serverId, registeredAt: f.registered_at ? String(f.registered_at) : null,
      cancelledAt: f.cancelled_at ? String(f.cancelled_at) : null, status, reason: null, replaces: mine?.replaces ?? null,
    };
    await app.putRecord(rec.id, 'filing', rec);
  }
}
