/**
 * Whether this page is a museum kiosk, and with which settings: `?kiosk` in the address and/or a
 * `kiosk.json` beside the game. Pure: the caller reads the file and the address; this decides.
 *
 *   ?kiosk            kiosk on (with kiosk.json's settings if there is one, else the defaults)
 *   ?kiosk=off        kiosk off, whatever kiosk.json says (how "Exit kiosk" leaves it)
 *   kiosk.json        kiosk on, unless it says "enabled": false
 *   ?idle=5&reset=8   idle times in seconds (for tests and trying it out)
 *   ?level=forage     the start level;  ?lang=de  the default language
 *
 * A kiosk.json that is there but wrong still makes a kiosk (someone meant one): with the default
 * settings, and the problem kept for the operator menu and the console.
 */
import {
  DEFAULT_KIOSK_CONFIG,
  parseKioskConfig,
  parseKioskJson,
  type KioskConfig,
  type KioskConfigError,
} from './config';

/** What reading kiosk.json gave. */
export type KioskFile =
  | { readonly kind: 'absent' }
  | { readonly kind: 'text'; readonly text: string }
  /** The network failed (offline): the last good copy, if one was kept. */
  | { readonly kind: 'unreachable'; readonly cached: string | null };

export interface KioskMode {
  readonly active: boolean;
  readonly config: KioskConfig;
  /** Problems with kiosk.json or the address overrides (each also a reason a default was used). */
  readonly problems: readonly KioskConfigError[];
  /** The kiosk.json text to keep for offline starts (null: forget any kept copy; undefined: keep it). */
  readonly keep: string | null | undefined;
}

const OFF = new Set(['off', '0', 'false', 'no']);

/** Overrides from the address, as raw kiosk.json fields. */
function overrides(params: URLSearchParams): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const idle = params.get('idle');
  const reset = params.get('reset');
  if (idle !== null) o.idleWarningSeconds = idle.trim() === '' ? NaN : Number(idle);
  if (reset !== null) o.idleResetSeconds = reset.trim() === '' ? NaN : Number(reset);
  const level = params.get('level');
  if (level !== null) o.startLevel = level;
  const lang = params.get('lang');
  if (lang !== null) o.defaultLanguage = lang;
  return o;
}

export function resolveKioskMode(params: URLSearchParams, file: KioskFile): KioskMode {
  const flag = params.get('kiosk');
  const problems: KioskConfigError[] = [];
  if (flag !== null && OFF.has(flag.trim().toLowerCase())) {
    return { active: false, config: DEFAULT_KIOSK_CONFIG, problems, keep: undefined };
  }
  const text = file.kind === 'text' ? file.text : file.kind === 'unreachable' ? file.cached : null;
  let config = DEFAULT_KIOSK_CONFIG;
  let fromFile = false;
  let keep: string | null | undefined = file.kind === 'absent' ? null : undefined;
  if (text !== null) {
    const parsed = parseKioskJson(text);
    if (parsed.ok) {
      config = parsed.value;
      fromFile = config.enabled;
      if (file.kind === 'text') keep = text;
    } else {
      problems.push(parsed.error);
      fromFile = true;
    }
  }
  const active = flag !== null || fromFile;
  if (!active) return { active, config, problems, keep };
  const o = overrides(params);
  if (Object.keys(o).length > 0) {
    const idle = o.idleWarningSeconds;
    if (typeof idle === 'number' && o.idleResetSeconds === undefined && idle >= config.idleResetSeconds) {
      o.idleResetSeconds = idle + 30;
    }
    const withOverrides = parseKioskConfig({ ...plain(config), ...o });
    if (withOverrides.ok) config = withOverrides.value;
    else problems.push(withOverrides.error);
  }
  return { active, config: { ...config, enabled: true }, problems, keep };
}

/** A config as the raw fields parseKioskConfig reads back (null URL left out). */
function plain(c: KioskConfig): Record<string, unknown> {
  const { takeHomeBaseUrl, ...rest } = c;
  return takeHomeBaseUrl === null ? { ...rest } : { ...rest, takeHomeBaseUrl };
}
