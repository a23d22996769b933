/**
 * The mock's own error catalogue (platform-api §7.3). The platform's literal texts for these
 * conditions are UNVERIFIED, so every text starts with its project code `MOCK-Exxx`; responses
 * that carry one also get the header `x-mock-extension: 1`. Codes E001–E070 follow the spec's
 * table; E004, E005, E012, E023, E031, E032, E043, E044, E080, E081, E090, E091 and E099 are additions
 * of this mock (listed in mocks/README.md).
 */
export const MOCK_ERRORS = {
  'MOCK-E001': '报文格式错误',
  'MOCK-E002': '交易不支持',
  'MOCK-E003': '发送方报文ID重复',
  'MOCK-E004': '交易输入校验失败',
  'MOCK-E005': '报文不是合法的JSON',
  'MOCK-E010': '未签到或签到已失效',
  'MOCK-E011': '网关认证失败',
  'MOCK-E020': '未查询到参保信息',
  'MOCK-E021': '参保状态异常，不能享受待遇',
  'MOCK-E022': '参保地医保区划不能为空',
  'MOCK-E023': '未查询到该险种的参保信息',
  'MOCK-E030': '未办理异地就医备案或备案已过期',
  'MOCK-E031': '不能直接结算',
  'MOCK-E032': '结算参数缺失',
  'MOCK-E040': '就诊或结算信息不存在',
  'MOCK-E041': '结算金额与预结算不一致',
  'MOCK-E042': '结算已撤销',
  'MOCK-E043': '费用明细与医疗费总额不一致',
  'MOCK-E044': '就诊状态不允许该操作',
  'MOCK-E050': '密码校验失败',
  'MOCK-E060': '原交易不存在',
  'MOCK-E061': '原交易不可冲正',
  'MOCK-E070': '电子凭证无效或已过期',
  'MOCK-E080': '备案信息不存在',
  'MOCK-E081': '备案信息冲突',
  'MOCK-E090': '模拟故障：中心系统繁忙，请稍后重试',
  'MOCK-E091': '模拟故障设置无效',
  'MOCK-E099': '模拟平台内部错误，请查看请求是否合法',
} as const;

export type MockErrorCode = keyof typeof MOCK_ERRORS;

/** `MOCK-E040 就诊或结算信息不存在：mdtrt_id` — code, text and an optional detail (no personal data). */
export function mockErrMsg(code: MockErrorCode, detail?: string): string {
  const text = `${code} ${MOCK_ERRORS[code]}`;
  return (detail ? `${text}：${detail}` : text).slice(0, 200);
}

/** Thrown by transactions to answer `infcode -1`; caught by the dispatcher, never escapes it. */
export class PlatformFailure extends Error {
  override readonly name = 'PlatformFailure';
  /** True when the text is the mock's own (adds `x-mock-extension: 1`). */
  readonly invented: boolean;
  readonly errMsg: string;
  constructor(errMsg: string, invented = true) {
    super(errMsg);
    this.errMsg = errMsg;
    this.invented = invented;
  }
}

/** Throws a {@link PlatformFailure} with a catalogue text. */
export function fail(code: MockErrorCode, detail?: string): never {
  throw new PlatformFailure(mockErrMsg(code, detail));
}
