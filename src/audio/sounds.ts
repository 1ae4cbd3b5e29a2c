/**
 * The game's sounds: their names, the file each is generated into under assets/audio/ (by
 * `npm run audio`, scripts/make-audio.ts), and the URLs the game loads them from. Effects are
 * one-shots; `lossTone` is the sustained loop whose pitch follows the training loss.
 */

/** One-shot effects, named by the game event that plays them. */
export const EFFECT_NAMES = ['birth', 'mutation', 'eat', 'select', 'levelComplete', 'uiTap', 'explode'] as const;

export type EffectName = (typeof EFFECT_NAMES)[number];

/** Every sound file: the effects plus the loss-sonification loop. */
export type SoundName = EffectName | 'lossTone';

export const SOUND_NAMES: readonly SoundName[] = [...EFFECT_NAMES, 'lossTone'];

/** File name of each sound inside `assets/audio/`. */
export const SOUND_FILES: Readonly<Record<SoundName, string>> = {
  birth: 'birth.wav',
  mutation: 'mutation.wav',
  eat: 'eat.wav',
  select: 'select.wav',
  levelComplete: 'level-complete.wav',
  uiTap: 'ui-tap.wav',
  explode: 'explode.wav',
  lossTone: 'loss-tone.wav',
};

/** Where each sound is loaded from (URLs the bundler produced: `soundUrls` below). */
export type SoundUrls = Readonly<Record<SoundName, string>>;

/**
 * URLs of the generated files. Each path is a literal inside `new URL(…, import.meta.url)` so Vite
 * copies the file into the build with a hashed name and rewrites the URL; in Node (tests, the
 * generator) the same expression gives a file: URL.
 */
export const soundUrls: SoundUrls = {
  birth: new URL('../../assets/audio/birth.wav', import.meta.url).href,
  mutation: new URL('../../assets/audio/mutation.wav', import.meta.url).href,
  eat: new URL('../../assets/audio/eat.wav', import.meta.url).href,
  select: new URL('../../assets/audio/select.wav', import.meta.url).href,
  levelComplete: new URL('../../assets/audio/level-complete.wav', import.meta.url).href,
  uiTap: new URL('../../assets/audio/ui-tap.wav', import.meta.url).href,
  explode: new URL('../../assets/audio/explode.wav', import.meta.url).href,
  lossTone: new URL('../../assets/audio/loss-tone.wav', import.meta.url).href,
};
