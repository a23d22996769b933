import type { Filing, FilingCategory, LocalText, PolicySet } from '../types.ts';

/** Why a filing request is invalid (code INVALID_FILING). */
export type InvalidFilingReason =
  | 'UNKNOWN_CATEGORY'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'INVALID_TARGET'
  | 'TARGET_OUTSIDE_NETWORK'
  | 'INVALID_DATE'
  | 'LONG_TERM_END_DATE'
  | 'VALIDITY_TOO_SHORT'
  | 'FILING_NOT_FOUND'
  | 'ALREADY_CANCELLED';

/** A filing request the core turns down (§4.4), with a zh/en hint. */
export type FilingRejection =
  | {
      ok: false;
      code: 'INVALID_FILING';
      reason: InvalidFilingReason;
      /** The offending field of the request, e.g. `validTo`. */
      path: string;
      /** VALIDITY_TOO_SHORT: the earliest end date allowed (R-3c). */
      minValidTo?: string;
      rules: readonly string[];
      hint: LocalText;
    }
  | { ok: false; code: 'REJECT_CHANGE_TOO_EARLY'; earliestDate: string; rules: readonly string[]; hint: LocalText }
  | { ok: false; code: 'REJECT_CONCURRENT_FILING'; conflictingIds: readonly string[]; rules: readonly string[]; hint: LocalText };

/** The lifecycle reject codes (§4.3 table). */
export type FilingRejectCode = FilingRejection['code'];

/** A request for a new filing, as entered in the PWA after an official channel accepted it. */
export interface FilingInput {
  id: string;
  category: FilingCategory;
  /** 备案就医地: exact, city (xxxx00), province (xx0000) or pool (xxxx99, DF-12). */
  targetAdmdvs: string;
  validFrom: string;
  /** Temporary: inclusive end, default validFrom + tmpValidityMonths − 1 day; long-term: null/absent. */
  validTo?: string | null;
  viaCommitment?: boolean;
  commitmentDocsCompleted?: boolean;
}

/** What the lifecycle decisions read besides the request. `now` is an input instant, never a clock. */
export interface FilingContext {
  /** The person's filings so far. */
  existing: readonly Filing[];
  policy?: PolicySet;
  /** The instant of the request (ISO 8601; without offset = CST). */
  now: string;
}

/** createFiling / cancelFiling result. */
export type FilingResult = { ok: true; filing: Filing; warnings: readonly string[] } | FilingRejection;

/** changeFiling result: the new filing and the old one, cancelled at `now`. */
export type FilingChangeResult =
  | { ok: true; filing: Filing; cancelled: Filing; warnings: readonly string[] }
  | FilingRejection;
