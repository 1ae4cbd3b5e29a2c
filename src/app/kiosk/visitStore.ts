/**
 * Where a kiosk visitor's progress and settings live: memory only, so nothing of one visitor is
 * left for the next (or on the disk) — `clear()` at the end of every visit. The operator's own
 * settings (volume, default language) and the last good kiosk.json are kept apart, on the
 * machine: see `OPERATOR_KEY` and `KIOSK_FILE_KEY`.
 */
import type { KeyValueStore } from '../storage';
import { LANGUAGES, type Language } from '../i18n';
import type { KioskConfig } from './config';

export const OPERATOR_KEY = 'kiosk.operator';
export const KIOSK_FILE_KEY = 'kiosk.file';

export class VisitStore implements KeyValueStore {
  readonly persistent = false;
  private readonly map = new Map<string, string>();

  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  set(key: string, value: string): boolean {
    this.map.set(key, value);
    return true;
  }

  remove(key: string): void {
    this.map.delete(key);
  }

  /** Forgets everything the visit stored. */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** What the operator changed in the operator menu (each field optional: unset = kiosk.json's). */
export interface OperatorSettings {
  readonly volume?: number;
  readonly defaultLanguage?: Language;
}

/** Reads the operator's settings; anything unreadable is left out (never throws). */
export function loadOperatorSettings(store: KeyValueStore): OperatorSettings {
  const raw = store.get(OPERATOR_KEY);
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null) return {};
    const o = v as Record<string, unknown>;
    const volume = typeof o.volume === 'number' && o.volume >= 0 && o.volume <= 1 ? o.volume : undefined;
    const lang = LANGUAGES.includes(o.defaultLanguage as Language) ? (o.defaultLanguage as Language) : undefined;
    return { ...(volume === undefined ? {} : { volume }), ...(lang === undefined ? {} : { defaultLanguage: lang }) };
  } catch {
    return {};
  }
}

export function saveOperatorSettings(store: KeyValueStore, settings: OperatorSettings): void {
  store.set(OPERATOR_KEY, JSON.stringify(settings));
}

/** The language and volume every visit starts with: the operator's choice if it is allowed, else kiosk.json's. */
export function visitDefaults(config: KioskConfig, operator: OperatorSettings): { language: Language; volume: number } {
  const lang = operator.defaultLanguage;
  return {
    language: lang && config.languages.includes(lang) ? lang : config.defaultLanguage,
    volume: operator.volume ?? config.volume,
  };
}
