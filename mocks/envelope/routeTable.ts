/**
 * Style B per-service paths (platform-api §1.2, source [OH-Client `GetPubWay`]) for the
 * transactions the mock serves, plus the mock's own `/ext/` paths. Transactions without a known
 * path (2101–2103, 2303A, 9002) are served through Style A only, as the spec requires; 9002's path is
 * INFERRED in the spec and therefore accepted only as an alias.
 */
export const SERVICE_PATHS: Readonly<Record<string, string>> = {
  '9001': '/fsi/api/signInSignOutService/signIn',
  '9101': '/fsi/api/fileupload/upload',
  '9102': '/fsi/api/fileupload/download',
  '1101': '/fsi/api/fsiPsnInfoService/queryPsnInfo',
  '1201': '/fsi/api/fsiFixMedInsService/queryFixMedIns',
  '1301': '/fsi/api/catalogdownservice/downCatalog1301',
  '1305': '/fsi/api/catalogdownservice/downCatalog1305',
  '1306': '/fsi/api/catalogdownservice/downCatalog1306',
  '2001': '/fsi/api/fsiPsnPriorityInfoService/queryPsnPriorityInfo',
  '5301': '/fsi/api/fsiIntegratedQueryService/queryPsnOpspReg',
  '2201': '/fsi/api/outpatientDocInfoService/outpatientRregistration',
  '2202': '/fsi/api/outpatientDocInfoService/outpatientRegistrationCancel',
  '2203': '/fsi/api/outpatientDocInfoService/outpatientMdtrtinfoUp',
  '2203A': '/fsi/api/outpatientDocInfoService/outpatientMdtrtinfoUpA',
  '2204': '/fsi/api/outpatientDocInfoService/outpatientFeeListUp',
  '2205': '/fsi/api/outpatientDocInfoService/outpatientFeeListUpCancel',
  '2206': '/fsi/api/outpatientSettleService/preSettletment',
  '2206A': '/fsi/api/outpatientSettleService/preSettletmentA',
  '2207': '/fsi/api/outpatientSettleService/saveSettletmentV2',
  '2207A': '/fsi/api/outpatientSettleService/saveSettletment',
  '2208': '/fsi/api/outpatientSettleService/cancleSettletment',
  '2301': '/fsi/api/hospFeeDtlService/feeDtlUp',
  '2302': '/fsi/api/hospFeeDtlService/feeDtlCl',
  '2303': '/fsi/api/hospSettService/preSett',
  '2304': '/fsi/api/hospSettService/settV2',
  '2305': '/fsi/api/hospSettService/settCl',
  '2401': '/fsi/api/hospitalRegisterService/hospitalRegisterSave',
  '2404': '/fsi/api/hospitalRegisterService/hospitalRegisterCancel',
  '2402': '/fsi/api/dscgService/dischargeProcess',
  '2405': '/fsi/api/dscgService/dischargeUndo',
  '2601': '/fsi/api/reverseService/revsMethod',
  '3201': '/fsi/api/ybSettlementStmtService/stmtTotal',
  '3202': '/fsi/api/ybSettlementStmtService/stmtDetail',
  // Extensions (not national): platform-api §7.2.
  MX5501: '/ext/filing/query',
  MX5502: '/ext/filing/create',
  MX5503: '/ext/filing/change',
  MX5504: '/ext/filing/cancel',
  MX5505: '/ext/chronic/query',
  MX5511: '/ext/settlement/list',
  MX5512: '/ext/settlement/detail',
  MX5521: '/ext/claim/create',
  MX5522: '/ext/claim/query',
  MX5531: '/ext/institution/declaration',
  MX5532: '/ext/institution/audit',
  MX5533: '/ext/institution/payment',
  MX5534: '/ext/institution/prepayment',
  MX5535: '/ext/institution/scenario',
  MX5536: '/ext/clearing/summary',
};

/** Aliases that are not in the public path table (INFERRED / UNVERIFIED in the spec). */
export const ALIAS_PATHS: Readonly<Record<string, string>> = {
  '9002': '/fsi/api/signInSignOutService/signOut',
};

/** Style A single endpoints (Jilin path verified; the rsfComIfsService one is UNVERIFIED, an alias). */
export const DEFAULT_CALL_SERVICE_PATHS: readonly string[] = [
  '/fsi/api/rsfComIfsService/callService',
  '/mbs/fmi/fsi/api/callFsiService/callService',
];

/** 电子凭证 decode service (platform-api §1.4): gateway path and the 中台 test path. */
export const EC_DECODE_PATHS: readonly string[] = [
  '/fsi/api/hsecfc/localQrCodeQuery',
  '/localcfc/api/hsecfc/localQrCodeQuery',
];

/** Mock control API prefix (never imitates `/fsi/api/`). */
export const CONTROL_PREFIX = '/__mock__/';

const PATH_TO_INFNO = new Map<string, string>(
  [...Object.entries(SERVICE_PATHS), ...Object.entries(ALIAS_PATHS)].map(([k, v]) => [v, k]),
);

/** The infno a Style B path serves, or undefined. */
export const infnoForPath = (path: string): string | undefined => PATH_TO_INFNO.get(path);
