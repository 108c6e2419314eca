// Register the service worker vite-plugin-pwa builds (see vite.config.ts): the app shell offline, and
// the patient's last copies. A new build's worker takes over on the next start (autoUpdate).
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
