/**
 * Every message of the game in every shipped language: the base catalogues (en.ts, de.ts, es.ts)
 * plus one area file per part of the game. To add an area: write `locales/<name>.ts` with `area()`,
 * then add it to the import list and to AREAS below (one line each).
 */
import { de as baseDe } from './de';
import { en as baseEn } from './en';
import { es as baseEs } from './es';
import type { AreaKeys } from './area';
import { campaign } from './campaign';
import { experiments } from './experiments';
import { home } from './home';
import { kiosk } from './kiosk';
import { layout } from './layout';
import { lessons } from './lessons';
import { polish } from './polish';
import { levels } from './levels';
import { qr } from './qr';
import { share } from './share';
import { workers } from './workers';

const AREAS = [qr, kiosk, share, home, campaign, levels, experiments, lessons, layout, workers, polish] as const;

export type Language = 'en' | 'de' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'es'];

export type MessageKey = keyof typeof baseEn | AreaKeys<(typeof AREAS)[number]>;

function merge(lang: Language, base: Readonly<Record<string, string>>): Readonly<Record<MessageKey, string>> {
  const out: Record<string, string> = { ...base };
  for (const a of AREAS as readonly { readonly [L in Language]: Readonly<Record<string, string>> }[]) {
    Object.assign(out, a[lang]);
  }
  return out as Record<MessageKey, string>;
}

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: merge('en', baseEn),
  de: merge('de', baseDe),
  es: merge('es', baseEs),
};
