/**
 * The service worker, short and linear: precache the app shell (the manifest vite-plugin-pwa
 * injects), answer every navigation with the cached index.html, and on Background Sync ask the
 * open pages to flush their outbox (the outbox, its key and its ordering live with the page; a
 * sync with no page open waits for the next start, which flushes first).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

interface ExtendableEvent extends Event { waitUntil(p: Promise<unknown>): void }
interface SyncEvent extends ExtendableEvent { tag: string }
interface WorkerScope {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  clients: { matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<{ postMessage(m: unknown): void }[]>; claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'sync' | 'activate' | 'message', fn: (e: SyncEvent & { data?: unknown }) => void): void;
}
declare const self: WorkerScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/ext\//, /^\/fsi\//, /^\/__mock__\//] }));

self.addEventListener('sync', (event) => {
  if (event.tag !== 'yibao-outbox') return;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((list) => list.forEach((c) => c.postMessage({ type: 'yibao-sync' }))));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
