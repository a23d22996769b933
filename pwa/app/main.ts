/** Entry: the app, and the service worker (precached shell, Background Sync of the outbox). */
import { h, render } from 'preact';
import { App } from './App.ts';
import { AppProvider } from './appContext.ts';
import './styles.css';

render(h(AppProvider, null, h(App, null)), document.getElementById('app')!);

// Only the build has /sw.js (vite dev serves none: the registration then fails quietly).
if ('serviceWorker' in navigator && !import.meta.env.DEV) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
