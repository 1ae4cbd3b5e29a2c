/**
 * At start: is this a kiosk? The game must not wait for the network before its title, so the
 * decision is made at once from the address and the copy of `kiosk.json` kept on this machine;
 * then `kiosk.json` beside the game is read (absent is fine: a 404, or the server's HTML fallback
 * page). When it says something else than the kept copy, the copy is updated and the page reloads
 * once to apply it — so the first start after a kiosk.json is dropped in (or changed, or removed)
 * costs one reload, and a kiosk that starts offline keeps its settings.
 */
import { KIOSK_FILE_KEY } from '../../app/kiosk/visitStore';
import { resolveKioskMode, type KioskFile, type KioskMode } from '../../app/kiosk/mode';
import type { KeyValueStore } from '../../app/storage';

const FETCH_TIMEOUT_MS = 5000;

async function readKioskFile(): Promise<KioskFile> {
  const abort = new AbortController();
  const timer = window.setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch('./kiosk.json', { cache: 'no-store', signal: abort.signal });
    if (!res.ok) return { kind: 'absent' };
    const type = res.headers.get('content-type') ?? '';
    // A server that answers every path with the game's page (an SPA fallback) has no kiosk.json.
    if (type.includes('text/html')) return { kind: 'absent' };
    return { kind: 'text', text: await res.text() };
  } catch {
    return { kind: 'unreachable', cached: null };
  } finally {
    window.clearTimeout(timer);
  }
}

/** The kiosk mode from the address and the kept copy of kiosk.json (synchronous; never throws). */
export function kioskModeNow(params: URLSearchParams, machine: KeyValueStore): KioskMode {
  const mode = resolveKioskMode(params, { kind: 'unreachable', cached: machine.get(KIOSK_FILE_KEY) });
  for (const p of mode.problems) console.warn(p.message);
  return mode;
}

function same(a: KioskMode, b: KioskMode): boolean {
  return a.active === b.active && JSON.stringify(a.config) === JSON.stringify(b.config);
}

/**
 * Reads kiosk.json and keeps its copy up to date; calls `reload` when that changes the mode in
 * use. Reloads only when the machine store really kept the new copy (else it would reload forever).
 */
export async function refreshKioskFile(
  params: URLSearchParams,
  machine: KeyValueStore,
  current: KioskMode,
  reload: () => void,
): Promise<void> {
  if (resolveKioskMode(params, { kind: 'absent' }).active === false && params.get('kiosk') !== null) return;
  // Offline (a home player's installed game, a kiosk whose network dropped) there is nothing fresh
  // to read: the kept kiosk.json stands, and no failed request is logged.
  if (globalThis.navigator?.onLine === false) return;
  const file = await readKioskFile();
  if (file.kind === 'unreachable') return;
  const fresh = resolveKioskMode(params, file);
  const before = machine.get(KIOSK_FILE_KEY);
  if (fresh.keep === null) machine.remove(KIOSK_FILE_KEY);
  else if (fresh.keep !== undefined) machine.set(KIOSK_FILE_KEY, fresh.keep);
  const after = machine.get(KIOSK_FILE_KEY);
  const kept = after === (fresh.keep === undefined ? before : fresh.keep);
  if (!same(fresh, current) && machine.persistent && kept && after !== before) reload();
}
