/**
 * Offline play: registers the service worker that vite-plugin-pwa generates (it precaches the whole
 * build). Registered from here rather than by an injected inline script, which the CSP forbids.
 * The player is told once the game can run offline, and offered "Update now" when a new version
 * is waiting (never reloaded in the middle of a game by itself).
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { Notices } from '../ui/notice';

export function registerOffline(notices: Notices): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onOfflineReady: () => {
      notices.show('notice.offlineReady', { tone: 'info', timeoutMs: 6000 });
    },
    onNeedRefresh: () => {
      notices.show('notice.updateReady', {
        tone: 'info',
        action: { key: 'notice.update', run: () => void update(true) },
      });
    },
  });
}
