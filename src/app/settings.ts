/**
 * Player settings: language, sound, text size, motion. Stored as versioned JSON; a stored value
 * that cannot be read falls back to the defaults field by field (and never throws); one that is not
 * settings at all is kept aside as a backup first (readSettings reports it).
 */
import { LANGUAGES, type Language } from './i18n';
import { setAside, type SaveNotice, type SaveProblem } from './save/versioned';
import type { KeyValueStore } from './storage';

export interface Settings {
  readonly language: Language;
  /** 0…1 */
  readonly volume: number;
  readonly muted: boolean;
  /** 1 = normal; 0.9…1.6 */
  readonly textScale: number;
  readonly reducedMotion: boolean;
  /** Teacher mode: every level open, projector scale, the workshop guide and class arena at hand. */
  readonly teacher: boolean;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export function defaultSettings(language: Language): Settings {
  return { language, volume: 0.8, muted: false, textScale: 1, reducedMotion: false, teacher: false };
}

function num(v: unknown, lo: number, hi: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;
}

/** Reads settings; anything missing or wrong takes its default. */
export function loadSettings(store: KeyValueStore, fallbackLanguage: Language): Settings {
  return readSettings(store, fallbackLanguage).settings;
}

/**
 * Reads settings like loadSettings; a stored value that is not a settings object at all (not JSON,
 * a newer version) is first kept aside as a backup and reported in `notice` (tell the player).
 */
export function readSettings(
  store: KeyValueStore,
  fallbackLanguage: Language,
): { settings: Settings; notice?: SaveNotice } {
  const d = defaultSettings(fallbackLanguage);
  const raw = store.get(SETTINGS_KEY);
  if (!raw) return { settings: d };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable(store, raw, d, { code: 'not-json', message: 'the settings are not JSON' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return unreadable(store, raw, d, { code: 'no-envelope', message: 'the settings are not an object' });
  const s = parsed as Record<string, unknown>;
  if (typeof s.version === 'number' && s.version > SETTINGS_VERSION)
    return unreadable(store, raw, d, { code: 'newer-version', message: `settings version ${s.version} is newer` });
  return {
    settings: {
      language: LANGUAGES.includes(s.language as Language) ? (s.language as Language) : d.language,
      volume: num(s.volume, 0, 1, d.volume),
      muted: typeof s.muted === 'boolean' ? s.muted : d.muted,
      textScale: num(s.textScale, 0.9, 1.6, d.textScale),
      reducedMotion: typeof s.reducedMotion === 'boolean' ? s.reducedMotion : d.reducedMotion,
      teacher: typeof s.teacher === 'boolean' ? s.teacher : d.teacher,
    },
  };
}

function unreadable(
  store: KeyValueStore,
  raw: string,
  settings: Settings,
  problem: SaveProblem,
): { settings: Settings; notice: SaveNotice } {
  return { settings, notice: setAside(store, SETTINGS_KEY, raw, problem) };
}

export function saveSettings(store: KeyValueStore, settings: Settings): boolean {
  return store.set(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, ...settings }));
}
