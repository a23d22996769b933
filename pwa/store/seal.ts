/**
 * Encryption at rest: AES-GCM (WebCrypto) under one non-extractable key generated on the device
 * and kept in IndexedDB (a CryptoKey is stored as itself; its bytes can never be read back).
 */
import type { PwaDB, Sealed } from './db.ts';

const KEY_ID = 'main';

/** The device key, created on first use. Two tabs racing: the first `add` wins, both read it back. */
export async function deviceKey(db: PwaDB): Promise<CryptoKey> {
  const have = await db.get('keys', KEY_ID);
  if (have) return have;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  try {
    await db.add('keys', key, KEY_ID);
  } catch (e) {
    if ((e as DOMException).name !== 'ConstraintError') throw e;
  }
  return (await db.get('keys', KEY_ID))!;
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, data };
}

export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
