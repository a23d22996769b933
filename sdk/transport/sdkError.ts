import type { LocalText } from '../../core/index.ts';
import type { SdkError, SdkErrorCode } from '../session/types.ts';

const TEXTS: Record<SdkErrorCode, LocalText> = {
  CONFIG_INVALID: { zh: '收款设置不完整，请联系系统管理员', en: 'The checkout is not configured completely; contact your administrator' },
  INPUT_INVALID: { zh: '证件信息无效，请重新扫码或输入', en: 'The ID input is not valid; scan or type it again' },
  CART_INVALID: { zh: '购物清单有误，请检查标出的商品', en: 'The cart has an invalid line; check the marked item' },
  NETWORK: { zh: '网络中断，请稍后重试', en: 'The network is down; try again shortly' },
  HTTP: { zh: '医保网关无响应，请稍后重试', en: 'The insurance gateway did not answer; try again shortly' },
  BAD_REPLY: { zh: '医保平台返回的数据无法识别', en: 'The insurance platform sent a reply that cannot be read' },
  PLATFORM_REJECTED: { zh: '医保平台拒绝了本次交易', en: 'The insurance platform refused the transaction' },
  SIGN_IN_FAILED: { zh: '医保签到失败，请稍后重试', en: 'Sign-in to the insurance platform failed; try again shortly' },
  NOT_DIRECT: { zh: '本次不能直接结算，请按提示办理', en: 'This purchase cannot settle directly; follow the hint' },
  VERDICT_FAILED: { zh: '无法判断能否直接结算，请改选险种或人工核对', en: 'Direct settlement could not be decided; pick another insurance row or check by hand' },
  OUTCOME_UNKNOWN: { zh: '结算结果未确认，正在核实，请勿重复收费', en: 'The settlement outcome is not confirmed yet; it is being checked, do not charge again' },
  STORE_FAILED: { zh: '本机无法保存交易记录，为防止重复收费已停止结算', en: 'This device cannot store the transaction record; settling stopped to prevent a double charge' },
  WRONG_STATE: { zh: '当前步骤不能执行此操作', en: 'That action is not available at this step' },
};

/** An SdkError with the catalogue's screen text. `detail` must hold no personal data. */
export function sdkError(code: SdkErrorCode, retryable: boolean, message: string, extra: Partial<SdkError> = {}): SdkError {
  return { code, retryable, message, text: TEXTS[code], ...extra };
}

/** Masks anything shaped like an ID or card number (≥ 15 letters/digits with ≥ 12 digits). */
export function redact(s: string): string {
  return s.replace(/[0-9A-Za-z]{15,}/g, (m) => (m.replace(/\D/g, '').length >= 12 && !/^MOCK/.test(m) ? `${m.slice(0, 4)}****${m.slice(-2)}` : m));
}

/**
 * A platform failure (`infcode` -1) as an SdkError: the platform's code (`MOCK-E030`) if its text
 * starts with one, the text redacted. Retryable: busy (E090) and sign-in (E010) failures.
 */
export function platformError(infno: string, errMsg: string | null | undefined): SdkError {
  const text = redact(String(errMsg ?? '').slice(0, 300));
  const code = /^(MOCK-[EW]\d{3})/.exec(text)?.[1];
  const retryable = code === 'MOCK-E090' || code === 'MOCK-E010' || text === '';
  return sdkError('PLATFORM_REJECTED', retryable, `${infno}: ${text || '(empty err_msg)'}`, {
    infno, ...(code ? { platformCode: code } : {}), text: text ? { zh: text, en: `The platform refused ${infno}: ${text}` } : TEXTS.PLATFORM_REJECTED,
  });
}
