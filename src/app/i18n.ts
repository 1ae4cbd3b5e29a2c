/**
 * The translation layer: every user-facing string goes through `t`. Catalogues are typed (see
 * locales/catalogue.ts: base files plus one area file per part of the game): the
 * English one defines the keys, and German and Spanish must have every one of them (a missing key
 * fails to compile and fails tests/unit/app/i18n.test.ts). Switching language happens at run time,
 * without reload: listeners re-render their text.
 */
import { CATALOGUES, LANGUAGES, type Language, type MessageKey } from './locales/catalogue';

export { LANGUAGES };
export type { Language, MessageKey };

export type Params = Readonly<Record<string, string | number>>;

export class I18n {
  private lang: Language;
  private readonly listeners = new Set<(lang: Language) => void>();
  /** One number format per language and digits (making one costs far more than using it). */
  private readonly formats = new Map<string, Intl.NumberFormat>();

  constructor(lang: Language = 'en') {
    this.lang = lang;
  }

  get language(): Language {
    return this.lang;
  }

  /** The message for `key` in the current language, with {name} placeholders filled (numbers formatted per locale). */
  t(key: MessageKey, params?: Params): string {
    const template = CATALOGUES[this.lang][key] ?? CATALOGUES.en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? this.number(v) : v;
    });
  }

  /** A number in the current locale: at most `digits` fraction digits (default 2). */
  number(v: number, digits = 2): string {
    if (!Number.isFinite(v)) return '–';
    const key = `${this.lang} ${digits}`;
    let format = this.formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.lang, { maximumFractionDigits: digits });
      this.formats.set(key, format);
    }
    return format.format(v);
  }

  setLanguage(lang: Language): void {
    if (!LANGUAGES.includes(lang) || lang === this.lang) return;
    this.lang = lang;
    for (const fn of this.listeners) fn(lang);
  }

  /** Calls fn on every language change; returns the unsubscribe function. */
  onChange(fn: (lang: Language) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** True when `key` is a message key of the catalogue (for keys that arrive as data). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key);
}

/** The best shipped language for a list of preferred BCP-47 tags (e.g. navigator.languages). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}
