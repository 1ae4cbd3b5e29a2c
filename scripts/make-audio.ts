/**
 * `npm run audio`: synthesises every sound the game uses into assets/audio/ (mono 16-bit WAV,
 * 22,050 Hz). Nothing is downloaded or sampled: each sound is made from sine waves and seeded
 * noise (scripts/audio/recipes.ts), so re-running gives byte-identical files.
 *
 * Usage: tsx scripts/make-audio.ts [--out <folder>]   (default folder: assets/audio)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOUND_FILES, SOUND_NAMES } from '../src/audio/sounds';
import type { SoundName } from '../src/audio/sounds';
import { RECIPES, renderSound } from './audio/recipes';
import { SAMPLE_RATE, gainToDb, loudestWindowRms, peakOf } from './audio/synth';
import { encodeWav } from './audio/wav';

/** The repository's assets/audio folder. */
export const DEFAULT_AUDIO_DIR = fileURLToPath(new URL('../assets/audio/', import.meta.url));

/** The WAV bytes of one sound, exactly as `npm run audio` writes them. */
export function soundFileBytes(name: SoundName): Uint8Array {
  return encodeWav(renderSound(name), SAMPLE_RATE);
}

/** Writes every sound into `folder`; returns one line of facts per file. */
export function writeAllSounds(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  let total = 0;
  for (const name of SOUND_NAMES) {
    const samples = renderSound(name);
    const bytes = encodeWav(samples, SAMPLE_RATE);
    writeFileSync(join(folder, SOUND_FILES[name]), bytes);
    total += bytes.length;
    const seconds = (samples.length / SAMPLE_RATE).toFixed(2);
    const peak = gainToDb(peakOf(samples)).toFixed(1);
    const loudness = gainToDb(loudestWindowRms(samples)).toFixed(1);
    lines.push(
      `${SOUND_FILES[name].padEnd(20)} ${seconds.padStart(5)} s ${String(bytes.length).padStart(7)} B` +
        `  peak ${peak} dBFS  loudest 50 ms ${loudness} dBFS  ${RECIPES[name].description}`,
    );
  }
  lines.push(`total ${total} B (${(total / 1024).toFixed(1)} KiB)`);
  return lines;
}

function outFolderFromArgs(args: readonly string[]): string {
  const at = args.indexOf('--out');
  const folder = at >= 0 ? args[at + 1] : undefined;
  return folder === undefined ? DEFAULT_AUDIO_DIR : resolve(folder);
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const folder = outFolderFromArgs(process.argv.slice(2));
  for (const line of writeAllSounds(folder)) console.log(line);
  console.log(`written to ${folder}`);
}
