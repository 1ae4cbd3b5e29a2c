// The generated sounds: the committed files are exactly what `npm run audio` makes (deterministic),
// each is a valid mono 16-bit 22,050 Hz WAV, never clips, starts and ends at silence (no clicks),
// and the loss-tone loop joins itself smoothly. The WAV reader below is written independently of
// the encoder, from the RIFF layout, so an encoder bug cannot hide behind itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIO_DIR, soundFileBytes } from '../../../scripts/make-audio';
import { SOUND_FILES, SOUND_NAMES, soundUrls } from '../../../src/audio/sounds';
import type { SoundName } from '../../../src/audio/sounds';

interface ParsedWav {
  format: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  samples: Int16Array;
}

function fourCC(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

/** Reads a RIFF/WAVE file chunk by chunk; throws on anything malformed. */
function parseWav(bytes: Uint8Array): ParsedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (fourCC(view, 0) !== 'RIFF' || fourCC(view, 8) !== 'WAVE') throw new Error('not RIFF/WAVE');
  if (view.getUint32(4, true) !== bytes.length - 8) throw new Error('RIFF size does not match the file');
  let fmt: Omit<ParsedWav, 'samples'> | null = null;
  let samples: Int16Array | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = fourCC(view, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (body + size > bytes.length) throw new Error(`chunk ${id} runs past the end`);
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        byteRate: view.getUint32(body + 8, true),
        blockAlign: view.getUint16(body + 12, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (size % 2 !== 0) throw new Error('odd data size for 16-bit samples');
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + 2 * i, true);
    }
    offset = body + size + (size % 2);
  }
  if (offset !== bytes.length) throw new Error('trailing bytes after the last chunk');
  if (fmt === null || samples === null) throw new Error('missing fmt or data chunk');
  return { ...fmt, samples };
}

const FULL_SCALE = 32768;
/** −1 dBFS in int16 steps: the generator's ceiling, so no sample can clip. */
const CEILING = Math.ceil(32767 * 10 ** (-1 / 20));

function committed(name: SoundName): Uint8Array {
  return new Uint8Array(readFileSync(join(DEFAULT_AUDIO_DIR, SOUND_FILES[name])));
}

function peak(samples: Int16Array): number {
  let p = 0;
  for (const s of samples) p = Math.max(p, Math.abs(s));
  return p;
}

/** Sign changes per second: rises with pitch for these mostly tonal sounds. */
function crossingsPerSecond(samples: Int16Array, from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (samples[i - 1]! < 0 !== samples[i]! < 0) count++;
  return (count * 22_050) / (to - from);
}

describe('generated sound files', () => {
  it('are exactly what the generator makes, and the generator is deterministic', () => {
    for (const name of SOUND_NAMES) {
      const first = soundFileBytes(name);
      expect(soundFileBytes(name), `${name} twice`).toEqual(first);
      expect(Buffer.from(committed(name)).equals(Buffer.from(first)), `${name} committed == generated`).toBe(true);
    }
  });

  it('`npm run audio` (the CLI) writes the same bytes into a fresh folder, and nothing else', () => {
    const out = mkdtempSync(join(tmpdir(), 'weightlings-audio-'));
    try {
      const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
      const script = fileURLToPath(new URL('../../../scripts/make-audio.ts', import.meta.url));
      const run = spawnSync(process.execPath, [tsx, script, '--out', out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual(Object.values(SOUND_FILES).sort());
      for (const name of SOUND_NAMES) {
        const written = readFileSync(join(out, SOUND_FILES[name]));
        expect(written.equals(Buffer.from(committed(name))), name).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('assets/audio holds exactly the game sounds (and its README), under 600 KB in all', () => {
    const files = readdirSync(DEFAULT_AUDIO_DIR)
      .filter((file) => file !== 'README.md')
      .sort();
    expect(files).toEqual(Object.values(SOUND_FILES).sort());
    const total = SOUND_NAMES.reduce((sum, name) => sum + committed(name).length, 0);
    expect(total).toBeLessThan(600 * 1024);
  });

  it.each(SOUND_NAMES)('%s is a valid mono 16-bit 22,050 Hz PCM WAV', (name) => {
    const wav = parseWav(committed(name));
    expect(wav.format).toBe(1);
    expect(wav.channels).toBe(1);
    expect(wav.sampleRate).toBe(22_050);
    expect(wav.bitsPerSample).toBe(16);
    expect(wav.blockAlign).toBe(2);
    expect(wav.byteRate).toBe(44_100);
    expect(wav.samples.length).toBeGreaterThan(22_050 * 0.03);
  });

  it.each(SOUND_NAMES)('%s never clips, is clearly audible, and has no DC offset', (name) => {
    const { samples } = parseWav(committed(name));
    const p = peak(samples);
    expect(p).toBeLessThanOrEqual(CEILING);
    expect(p).toBeGreaterThan(FULL_SCALE * 10 ** (-20 / 20)); // peak above −20 dBFS
    const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
    expect(Math.abs(mean)).toBeLessThan(FULL_SCALE * 0.005);
  });

  it.each(SOUND_NAMES.filter((name) => name !== 'lossTone'))(
    '%s starts and ends at silence, with no step at either edge (no click)',
    (name) => {
      const { samples } = parseWav(committed(name));
      const p = peak(samples);
      expect(Math.abs(samples[0]!)).toBeLessThanOrEqual(3);
      expect(Math.abs(samples[samples.length - 1]!)).toBeLessThanOrEqual(3);
      // The first and last 4 samples (0.18 ms) stay within 5 % of the peak: the envelope ramps.
      for (let i = 0; i < 4; i++) {
        expect(Math.abs(samples[i]!), `start ${i}`).toBeLessThanOrEqual(0.05 * p);
        expect(Math.abs(samples[samples.length - 1 - i]!), `end ${i}`).toBeLessThanOrEqual(0.05 * p);
      }
    },
  );

  it('the loss-tone loop starts at zero and joins itself with no bigger step than its own waveform', () => {
    const { samples } = parseWav(committed('lossTone'));
    expect(samples.length).toBe(22_050);
    expect(Math.abs(samples[0]!)).toBeLessThanOrEqual(3);
    let largestStep = 0;
    for (let i = 1; i < samples.length; i++)
      largestStep = Math.max(largestStep, Math.abs(samples[i]! - samples[i - 1]!));
    const wrapStep = Math.abs(samples[0]! - samples[samples.length - 1]!);
    expect(wrapStep).toBeLessThanOrEqual(largestStep);
    // 330 Hz fundamental: about 660 zero crossings a second (harmonics are too weak to add more).
    expect(crossingsPerSecond(samples, 0, samples.length)).toBeCloseTo(660, -1);
  });

  it('lengths suit their use: short effects, a ~1.5 s fanfare', () => {
    const seconds = (name: SoundName): number => parseWav(committed(name)).samples.length / 22_050;
    expect(seconds('levelComplete')).toBeGreaterThanOrEqual(1.2);
    expect(seconds('levelComplete')).toBeLessThanOrEqual(1.8);
    for (const name of ['birth', 'mutation', 'eat', 'select', 'uiTap', 'explode'] as const) {
      expect(seconds(name), name).toBeLessThanOrEqual(1);
    }
    expect(seconds('select')).toBeLessThanOrEqual(0.1);
    expect(seconds('uiTap')).toBeLessThanOrEqual(0.1);
  });

  it('birth rises in pitch and the explosion fizzles downwards', () => {
    const birth = parseWav(committed('birth')).samples;
    expect(crossingsPerSecond(birth, 0, 1500)).toBeLessThan(crossingsPerSecond(birth, 4000, 6000));
    const explode = parseWav(committed('explode')).samples;
    expect(crossingsPerSecond(explode, 200, 3000)).toBeGreaterThan(crossingsPerSecond(explode, 9000, 14000));
  });

  it('soundUrls point at these files', () => {
    for (const name of SOUND_NAMES) {
      const path = fileURLToPath(soundUrls[name]);
      expect(path, name).toBe(join(DEFAULT_AUDIO_DIR, SOUND_FILES[name]));
    }
  });
});
