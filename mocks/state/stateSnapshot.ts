/**
 * The store of one instance as JSON text, and back (option `stateFile`, mocks/README.md "State that
 * survives a restart"). Environment-free: the file itself is written by `stateFile.ts` (node).
 * Decimals, maps and byte arrays are tagged (`{"$dec":"12.30"}`, `{"$map":[[k,v]…]}`,
 * `{"$u8":"<base64>"}`); the text carries a format name and a version, and a text of another
 * version is refused whole, never half-loaded.
 */
import { Dec } from '../settlement/coreBridge.ts';
import type { MockState } from './MockState.ts';

/** Format name written into every snapshot. */
export const STATE_FORMAT = 'yibao-direct/mock-state';
/** Bumped whenever the stored shape changes; a snapshot of another version is refused. */
export const STATE_VERSION = 1;

/** Why a snapshot cannot be used: unreadable text, another format or version, or a missing part. */
export class StateSnapshotError extends Error {
  override readonly name = 'StateSnapshotError';
  readonly code: 'STATE_CORRUPT' | 'STATE_VERSION';
  constructor(code: 'STATE_CORRUPT' | 'STATE_VERSION', message: string) {
    super(message);
    this.code = code;
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** The store as snapshot text. `byPsnNo` and cached core fee lines are rebuilt on load. */
export function writeStateSnapshot(state: MockState, savedAt: string): string {
  const { byPsnNo: _derived, ...kept } = state;
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, savedAt, state: kept }, function replacer(this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (Dec.isDecimal(raw)) return { $dec: (raw as InstanceType<typeof Dec>).toString() };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    if (raw instanceof Uint8Array) return { $u8: toBase64(raw) };
    // FeeRecord.line is a cache of the core's view of the row (rebuilt on first use).
    if (key === 'line' && 'feedetl_sn' in this) return undefined;
    return value;
  });
}

const REQUIRED: readonly (keyof MockState)[] = [
  'seed', 'today', 'personas', 'filings', 'balances', 'ytd', 'visits', 'settlements', 'ledger', 'messages', 'signIns', 'files', 'serial',
];

/**
 * Parses snapshot text back into a store.
 * @throws {StateSnapshotError} STATE_CORRUPT for text that is not a whole snapshot,
 *   STATE_VERSION for a snapshot of another format or version.
 */
export function parseStateSnapshot(text: string): MockState {
  let doc: unknown;
  try {
    doc = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const o = value as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length === 1) {
          if (typeof o.$dec === 'string') return new Dec(o.$dec);
          if (Array.isArray(o.$map)) return new Map(o.$map as [unknown, unknown][]);
          if (typeof o.$u8 === 'string') return fromBase64(o.$u8);
        }
      }
      return value;
    });
  } catch {
    throw new StateSnapshotError('STATE_CORRUPT', '状态文件不是完整的 JSON / the state file is not complete JSON');
  }
  const d = doc as { format?: unknown; version?: unknown; state?: Record<string, unknown> } | null;
  if (!d || typeof d !== 'object' || d.format !== STATE_FORMAT) {
    throw new StateSnapshotError('STATE_VERSION', `状态文件不是模拟平台的状态（format ≠ ${STATE_FORMAT}） / not a mock state file`);
  }
  if (d.version !== STATE_VERSION) {
    const v = typeof d.version === 'number' ? d.version : '?';
    throw new StateSnapshotError('STATE_VERSION',
      `状态文件版本 ${v}，本模拟平台只读版本 ${STATE_VERSION}：请换一个新文件或删除它 / state file version ${v}, this mock reads version ${STATE_VERSION}: use a new file or delete it`);
  }
  const s = d.state;
  const missing = s && typeof s === 'object' ? REQUIRED.find((k) => !(k in s)) : 'state';
  if (missing) throw new StateSnapshotError('STATE_CORRUPT', `状态文件缺少 ${String(missing)} / the state file lacks ${String(missing)}`);
  const state = s as unknown as MockState;
  for (const k of ['filings', 'balances', 'ytd', 'visits', 'settlements', 'messages', 'signIns', 'files'] as const) {
    if (!(state[k] instanceof Map)) throw new StateSnapshotError('STATE_CORRUPT', `状态文件的 ${k} 不是映射表 / ${k} is not a map`);
  }
  // One object per filing, shared by the store and its persona (as createMockState builds it).
  for (const p of state.personas) p.filings = p.filings.map((f) => state.filings.get(f.filing_id) ?? f);
  if (typeof state.messageBytes !== 'number') state.messageBytes = [...state.messages.values()].reduce((n, m) => n + 2 * (m.rawBody.length + m.reply.length), 0);
  state.byPsnNo = new Map(state.personas.map((p) => [p.psn_no, p]));
  return state;
}
