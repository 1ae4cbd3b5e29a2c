/**
 * The museum kiosk's settings: `kiosk.json` served beside the game (and `?kiosk` URL overrides),
 * parsed and checked as a value. A bad file is an error with a stable code and the field it names,
 * never a throw; every field is optional and takes the default documented in the README
 * ("Running as a museum kiosk").
 *
 *   { "enabled": true,                 // false: the file is there but the kiosk is off
 *     "idleWarningSeconds": 60,        // no input for this long → "Still there?"
 *     "idleResetSeconds": 90,          // no input for this long → back to the attract loop
 *     "startLevel": "pattern",         // the level one tap on the attract screen opens
 *     "languages": ["en", "de", "es"], // the language buttons on the attract screen
 *     "defaultLanguage": "en",         // the language every visit starts in
 *     "operatorPin": "2468",           // 4–8 digits, typed on the operator keypad
 *     "volume": 0.6,                   // 0…1
 *     "takeHomeBaseUrl": "https://…/", // the public game the take-home QR opens (null: this page)
 *     "takeHome": true,                // show "Take it home" at all
 *     "fullscreen": true }             // ask for full screen on the first touch
 */
import { err, ok, type Result } from '../../core/result';
import { LANGUAGES, type Language } from '../i18n';

export interface KioskConfig {
  readonly enabled: boolean;
  readonly idleWarningSeconds: number;
  readonly idleResetSeconds: number;
  readonly startLevel: string;
  readonly languages: readonly Language[];
  readonly defaultLanguage: Language;
  readonly operatorPin: string;
  /** 0…1 */
  readonly volume: number;
  /** Absolute http(s) URL of the public game, or null for the address this page was loaded from. */
  readonly takeHomeBaseUrl: string | null;
  readonly takeHome: boolean;
  readonly fullscreen: boolean;
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  enabled: true,
  idleWarningSeconds: 60,
  idleResetSeconds: 90,
  startLevel: 'pattern',
  languages: LANGUAGES,
  defaultLanguage: 'en',
  operatorPin: '2468',
  volume: 0.6,
  takeHomeBaseUrl: null,
  takeHome: true,
  fullscreen: true,
};

/** Bounds of the idle times, in seconds. */
export const MIN_IDLE_SECONDS = 3;
export const MAX_IDLE_SECONDS = 3600;
/** The longest kiosk.json text read (a kiosk file is a few hundred bytes). */
export const MAX_KIOSK_JSON_LENGTH = 16_000;

export type KioskConfigErrorCode =
  | 'too-long'
  | 'not-json'
  | 'not-object'
  | 'unknown-field'
  | 'bad-boolean'
  | 'bad-seconds'
  | 'reset-before-warning'
  | 'bad-level'
  | 'bad-languages'
  | 'bad-language'
  | 'bad-pin'
  | 'bad-volume'
  | 'bad-url';

export interface KioskConfigError {
  readonly code: KioskConfigErrorCode;
  /** The field at fault ("idleResetSeconds"), or "" for the file as a whole. */
  readonly field: string;
  readonly message: string;
}

type Parsed<T> = Result<T, KioskConfigError>;

const FIELDS: readonly (keyof KioskConfig)[] = Object.keys(DEFAULT_KIOSK_CONFIG) as (keyof KioskConfig)[];

function fail(code: KioskConfigErrorCode, field: string, message: string): { ok: false; error: KioskConfigError } {
  return err({ code, field, message: field ? `kiosk.json, "${field}": ${message}` : `kiosk.json: ${message}` });
}

/** A value shown in a message: short, and never more than a line. */
function shown(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? typeof v);
  } catch {
    s = typeof v;
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

function bool(o: Record<string, unknown>, field: keyof KioskConfig, fallback: boolean): Parsed<boolean> {
  const v = o[field];
  if (v === undefined) return ok(fallback);
  if (typeof v !== 'boolean') return fail('bad-boolean', field, `must be true or false, not ${shown(v)}`);
  return ok(v);
}

function seconds(o: Record<string, unknown>, field: keyof KioskConfig, fallback: number): Parsed<number> {
  const v = o[field];
  if (v === undefined) return ok(fallback);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < MIN_IDLE_SECONDS || v > MAX_IDLE_SECONDS) {
    return fail(
      'bad-seconds',
      field,
      `must be a number of seconds from ${MIN_IDLE_SECONDS} to ${MAX_IDLE_SECONDS}, not ${shown(v)}`,
    );
  }
  return ok(v);
}

function languages(v: unknown): Parsed<readonly Language[]> {
  if (v === undefined) return ok(DEFAULT_KIOSK_CONFIG.languages);
  if (!Array.isArray(v) || v.length === 0 || v.length > LANGUAGES.length) {
    return fail(
      'bad-languages',
      'languages',
      `must be a list of 1 to ${LANGUAGES.length} of ${LANGUAGES.join(', ')}, not ${shown(v)}`,
    );
  }
  const out: Language[] = [];
  for (const item of v as unknown[]) {
    if (!isLanguage(item))
      return fail('bad-language', 'languages', `${shown(item)} is not one of ${LANGUAGES.join(', ')}`);
    if (out.includes(item)) return fail('bad-languages', 'languages', `${shown(item)} is listed twice`);
    out.push(item);
  }
  return ok(out);
}

function url(v: unknown): Parsed<string | null> {
  if (v === undefined || v === null) return ok(null);
  if (typeof v !== 'string' || v.length > 500)
    return fail('bad-url', 'takeHomeBaseUrl', `must be a web address (https://…), not ${shown(v)}`);
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    return fail('bad-url', 'takeHomeBaseUrl', `must be a whole web address starting with https://, not ${shown(v)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return fail('bad-url', 'takeHomeBaseUrl', `must start with https:// or http://, not ${shown(parsed.protocol)}`);
  }
  if (parsed.username || parsed.password)
    return fail('bad-url', 'takeHomeBaseUrl', 'must not hold a user name or password');
  return ok(parsed.href);
}

/**
 * Checks a kiosk config (the parsed JSON of kiosk.json, or a plain object) and returns it with
 * every missing field at its default, or the first problem found.
 */
export function parseKioskConfig(value: unknown): Parsed<KioskConfig> {
  if (!isRecord(value)) return fail('not-object', '', `must hold one JSON object {…}, not ${shown(value)}`);
  for (const key of Object.keys(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      return fail('unknown-field', key, `is not a kiosk setting (the settings are ${FIELDS.join(', ')})`);
    }
  }
  const d = DEFAULT_KIOSK_CONFIG;
  const enabled = bool(value, 'enabled', d.enabled);
  if (!enabled.ok) return enabled;
  const warning = seconds(value, 'idleWarningSeconds', d.idleWarningSeconds);
  if (!warning.ok) return warning;
  const reset = seconds(value, 'idleResetSeconds', Math.max(d.idleResetSeconds, warning.value + 10));
  if (!reset.ok) return reset;
  if (reset.value <= warning.value) {
    return fail(
      'reset-before-warning',
      'idleResetSeconds',
      `must be longer than idleWarningSeconds (${warning.value}), not ${reset.value}`,
    );
  }
  const level = value.startLevel ?? d.startLevel;
  if (typeof level !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(level)) {
    return fail('bad-level', 'startLevel', `must be a level id such as "pattern" (a–z, 0–9, -), not ${shown(level)}`);
  }
  const langs = languages(value.languages);
  if (!langs.ok) return langs;
  const defaultLanguage = value.defaultLanguage ?? langs.value[0];
  if (!isLanguage(defaultLanguage)) {
    return fail(
      'bad-language',
      'defaultLanguage',
      `must be one of ${LANGUAGES.join(', ')}, not ${shown(defaultLanguage)}`,
    );
  }
  if (!langs.value.includes(defaultLanguage)) {
    return fail(
      'bad-language',
      'defaultLanguage',
      `must be one of the offered languages (${langs.value.join(', ')}), not ${shown(defaultLanguage)}`,
    );
  }
  const pin = value.operatorPin ?? d.operatorPin;
  if (typeof pin !== 'string' || !/^[0-9]{4,8}$/.test(pin)) {
    return fail('bad-pin', 'operatorPin', `must be 4 to 8 digits in quotes, such as "2468", not ${shown(pin)}`);
  }
  const volume = value.volume ?? d.volume;
  if (typeof volume !== 'number' || !Number.isFinite(volume) || volume < 0 || volume > 1) {
    return fail('bad-volume', 'volume', `must be a number from 0 (silent) to 1 (loudest), not ${shown(volume)}`);
  }
  const base = url(value.takeHomeBaseUrl);
  if (!base.ok) return base;
  const takeHome = bool(value, 'takeHome', d.takeHome);
  if (!takeHome.ok) return takeHome;
  const fullscreen = bool(value, 'fullscreen', d.fullscreen);
  if (!fullscreen.ok) return fullscreen;
  return ok({
    enabled: enabled.value,
    idleWarningSeconds: warning.value,
    idleResetSeconds: reset.value,
    startLevel: level,
    languages: langs.value,
    defaultLanguage,
    operatorPin: pin,
    volume,
    takeHomeBaseUrl: base.value,
    takeHome: takeHome.value,
    fullscreen: fullscreen.value,
  });
}

/** Parses the text of kiosk.json (size-capped, JSON, then `parseKioskConfig`). */
export function parseKioskJson(text: string): Parsed<KioskConfig> {
  if (text.length > MAX_KIOSK_JSON_LENGTH)
    return fail('too-long', '', `is longer than ${MAX_KIOSK_JSON_LENGTH} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not-json', '', 'is not valid JSON (check commas, quotes and brackets)');
  }
  return parseKioskConfig(value);
}
