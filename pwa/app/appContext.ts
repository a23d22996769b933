/**
 * The app's services and state, shared by every screen through one context: the database and its
 * key, the outbox, the profile, filings and claims as last read, and the settings.
 */
import { createContext, h, type ComponentChildren, type ComponentChild } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { callExt, envelope, fetchSend, newMsgid, type CallResult, type ExtInfno, type Send } from '../store/api.ts';
import { deleteAllData, openPwaDb, type OutboxRow, type PwaDB } from '../store/db.ts';
import { Outbox, type EnqueueInput } from '../store/outbox.ts';
import { listRecords, readRecord, writeRecord } from '../store/records.ts';
import { deviceKey } from '../store/seal.ts';
import type { ClaimRecordView, FilingRecordView, Profile } from '../store/types.ts';
import { tr, type Lang, type TextKey } from './texts.ts';

export type SyncState = 'offline' | 'syncing' | 'failed' | 'done' | 'idle';

export interface AppState {
  ready: boolean;
  lang: Lang;
  large: boolean;
  profile: Profile | null;
  filings: FilingRecordView[];
  claims: ClaimRecordView[];
  rows: OutboxRow[];
  sync: SyncState;
}

export interface App extends AppState {
  t(key: TextKey, vars?: Record<string, string | number>): string;
  setLang(l: Lang): void;
  setLarge(v: boolean | ((now: boolean) => boolean)): void;
  saveProfile(p: Profile): Promise<void>;
  enqueue(input: EnqueueInput): Promise<string>;
  flush(): Promise<void>;
  retry(idem: string): Promise<void>;
  /** One direct call (reads: lists, queries); never queued. */
  call(infno: ExtInfno, data: Record<string, unknown>, mdtrtarea?: string): Promise<CallResult>;
  putRecord(id: string, kind: 'filing' | 'claim', value: FilingRecordView | ClaimRecordView): Promise<void>;
  getCache<T>(id: string): Promise<T | null>;
  putCache(id: string, value: unknown): Promise<void>;
  reload(): Promise<void>;
  deleteAll(): Promise<void>;
  now(): number;
}

const Ctx = createContext<App | null>(null);

/**
 * A filing she made here and the platform's copy of it (imported from MX5501 as `filing:srv-<id>`)
 * are one filing: the list query can answer before or after the outbox has written the platform's
 * id onto her record, so the copy may exist beside it. Her own record wins.
 */
export function withoutServerCopies(filings: FilingRecordView[]): FilingRecordView[] {
  const mine = new Set(filings.filter((f) => f.serverId && !f.id.startsWith('filing:srv-')).map((f) => f.serverId));
  return filings.filter((f) => !(f.id.startsWith('filing:srv-') && mine.has(f.serverId)));
}

export function useApp(): App {
  const app = useContext(Ctx);
  if (!app) throw new Error('useApp outside <AppProvider>');
  return app;
}

interface Services {
  db: PwaDB;
  key: CryptoKey;
  outbox: Outbox;
}

const SETTINGS = 'yibao-pwa-settings';
const readSettings = (): { lang: Lang; large: boolean } => {
  try {
    const s = JSON.parse(localStorage.getItem(SETTINGS) ?? '{}') as { lang?: string; large?: boolean };
    return { lang: s.lang === 'en' ? 'en' : 'zh-CN', large: s.large === true };
  } catch {
    return { lang: 'zh-CN', large: false };
  }
};

/** Asks the service worker for a Background Sync of the outbox where the browser has it. */
async function requestBackgroundSync(): Promise<void> {
  const reg = await navigator.serviceWorker?.getRegistration?.();
  const sync = (reg as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
  await sync?.register('yibao-outbox').catch(() => undefined);
}

export function AppProvider(props: { children?: ComponentChildren; send?: Send; dbName?: string; now?: () => number }): ComponentChild {
  const send = useMemo(() => props.send ?? fetchSend(''), [props.send]);
  const now = props.now ?? Date.now;
  const services = useRef<Services | null>(null);
  const [state, setState] = useState<AppState>(() => ({ ready: false, ...readSettings(), profile: null, filings: [], claims: [], rows: [], sync: 'idle' }));

  const load = useCallback(async () => {
    const s = services.current;
    if (!s) return;
    try {
      const [profile, filings, claims, rows] = await Promise.all([
        readRecord<Profile>(s.db, s.key, 'profile'), listRecords<FilingRecordView>(s.db, s.key, 'filing'), listRecords<ClaimRecordView>(s.db, s.key, 'claim'), s.outbox.rows(),
      ]);
      setState((st) => ({ ...st, ready: true, profile, filings: withoutServerCopies(filings), claims, rows }));
    } catch (e) {
      if (services.current !== s) return; // closed meanwhile (unmount, delete all): nothing to show
      throw e;
    }
  }, []);

  const flush = useCallback(async () => {
    const s = services.current;
    if (!s) return;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setState((st) => ({ ...st, sync: 'offline' }));
      return;
    }
    let report: Awaited<ReturnType<Outbox['flush']>>;
    let rows: OutboxRow[];
    try {
      if ((await s.outbox.rows()).some((r) => r.state === 'queued' || r.state === 'sending')) setState((st) => ({ ...st, sync: 'syncing' }));
      report = await s.outbox.flush();
      rows = await s.outbox.rows();
    } catch (e) {
      if (services.current !== s) return;
      throw e;
    }
    const failed = rows.some((r) => r.state === 'rejected' || r.state === 'needs-action' || (r.state === 'queued' && r.lastError && r.lastError.code !== 'UNREACHABLE'));
    await load();
    setState((st) => ({ ...st, sync: report.unreachable ? 'offline' : failed ? 'failed' : rows.length ? 'done' : 'idle' }));
  }, [load]);

  useEffect(() => {
    let stop = false;
    void (async () => {
      const db = await openPwaDb(props.dbName);
      const key = await deviceKey(db);
      if (stop) {
        db.close();
        return;
      }
      services.current = { db, key, outbox: new Outbox({ db, key, send, now, newId: () => newMsgid(now()) }) };
      await load();
      await flush();
    })();
    const online = () => void flush();
    const offline = () => setState((st) => ({ ...st, sync: 'offline' }));
    const fromWorker = (e: MessageEvent) => {
      if ((e.data as { type?: string } | null)?.type === 'yibao-sync') void flush();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    navigator.serviceWorker?.addEventListener('message', fromWorker);
    const timer = setInterval(() => void flush(), 30_000);
    return () => {
      stop = true;
      clearInterval(timer);
      // A test's DOM may already be torn down when a late unmount runs this.
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
        navigator.serviceWorker?.removeEventListener('message', fromWorker);
      }
      const s = services.current;
      services.current = null;
      s?.db.close();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.documentElement.classList.toggle('large', state.large);
    localStorage.setItem(SETTINGS, JSON.stringify({ lang: state.lang, large: state.large }));
  }, [state.lang, state.large]);

  const need = (): Services => {
    if (!services.current) throw new Error('the app is still starting');
    return services.current;
  };
  /** Background writes (screen effects) that may outlive the database: closed meanwhile → nothing, quietly. */
  const whileOpen = async <T>(fn: (s: Services) => Promise<T>): Promise<T | null> => {
    const s = services.current;
    if (!s) return null;
    try {
      return await fn(s);
    } catch (e) {
      if (services.current !== s) return null;
      throw e;
    }
  };

  const app: App = {
    ...state,
    t: (key, vars) => tr(state.lang, key, vars),
    setLang: (lang) => setState((st) => ({ ...st, lang })),
    setLarge: (large) => setState((st) => ({ ...st, large: typeof large === 'function' ? large(st.large) : large })),
    now,
    async saveProfile(p) {
      const s = need();
      await writeRecord(s.db, s.key, 'profile', 'profile', p);
      await load();
    },
    async enqueue(input) {
      const idem = await need().outbox.enqueue(input);
      await load();
      void requestBackgroundSync();
      void flush();
      return idem;
    },
    flush,
    async retry(idem) {
      await need().outbox.retry(idem);
      await flush();
    },
    async call(infno, data, mdtrtarea) {
      const p = state.profile;
      const t = now();
      return callExt(send, envelope(infno, { data }, { msgid: newMsgid(t), now: t, insuplc: p?.insuplc ?? '000000', mdtrtarea: mdtrtarea ?? p?.insuplc ?? '000000' }));
    },
    async putRecord(id, kind, value) {
      await whileOpen((s) => writeRecord(s.db, s.key, id, kind, value));
      await load();
    },
    async getCache(id) {
      return whileOpen((s) => readRecord(s.db, s.key, id));
    },
    async putCache(id, value) {
      await whileOpen((s) => writeRecord(s.db, s.key, id, 'estimate', value));
    },
    reload: load,
    async deleteAll() {
      const s = services.current;
      services.current = null;
      await deleteAllData(s?.db ?? null, props.dbName);
      localStorage.removeItem(SETTINGS);
      const db = await openPwaDb(props.dbName);
      const key = await deviceKey(db);
      services.current = { db, key, outbox: new Outbox({ db, key, send, now, newId: () => newMsgid(now()) }) };
      await load();
      setState((st) => ({ ...st, sync: 'idle' }));
    },
  };
  return h(Ctx.Provider, { value: app }, props.children);
}
