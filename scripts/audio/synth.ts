/**
 * Tiny offline synthesiser for the game's sound effects: sample buffers, oscillators with phase
 * accumulators, envelopes, seeded noise, filters and level normalisation.
 *
 * Units: time in seconds, frequency in hertz, amplitude as a linear factor where ±1 is digital full
 * scale. A buffer is a mono `Float32Array` at `SAMPLE_RATE` samples per second.
 *
 * Output is deterministic: noise comes from the engine's seeded `Rng`, and the only transcendental
 * functions are `Math.sin`/`Math.exp`, which V8 computes with its fdlibm port (the same bits on
 * every machine running the same Node). `tests/unit/audio` re-renders and compares with the
 * committed files, so any drift is caught.
 */
import { Rng } from '../../src/core/rng';

/** Samples per second of every generated file: small files, and effects need nothing above 11 kHz. */
export const SAMPLE_RATE = 22_050;

const TWO_PI = 2 * Math.PI;

/** A silent buffer `seconds` long (rounded to whole samples). */
export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** Adds `source` into `target` starting at `atSeconds`, scaled by `gain`; samples past the end are dropped. */
export function mixInto(target: Float32Array, source: Float32Array, atSeconds: number, gain = 1): void {
  const start = Math.round(atSeconds * SAMPLE_RATE);
  const end = Math.min(target.length, start + source.length);
  for (let i = Math.max(0, start); i < end; i++) {
    target[i] = (target[i] as number) + gain * (source[i - start] as number);
  }
}

/** Multiplies `target` sample by sample by `envelope` (same length). */
export function applyEnvelope(target: Float32Array, envelope: Float32Array): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) * (envelope[i] as number);
}

/** One partial of an additive tone: `ratio` × the fundamental, at `gain`. */
export interface Partial {
  ratio: number;
  gain: number;
}

/**
 * Additive tone whose fundamental follows `frequencyAt(t)` (hertz at time t seconds); each partial
 * keeps its own phase accumulator (radians), so gliding pitches stay continuous. All phases start
 * at 0, so the tone starts at exactly 0.
 */
export function additiveTone(
  seconds: number,
  frequencyAt: (t: number) => number,
  partials: readonly Partial[] = [{ ratio: 1, gain: 1 }],
): Float32Array {
  const out = silence(seconds);
  const phases = new Float64Array(partials.length);
  for (let i = 0; i < out.length; i++) {
    const fundamental = frequencyAt(i / SAMPLE_RATE);
    let sum = 0;
    for (let p = 0; p < partials.length; p++) {
      const partial = partials[p] as Partial;
      const frequency = fundamental * partial.ratio;
      // Partials at or above Nyquist would alias into wrong pitches: drop them.
      if (frequency < SAMPLE_RATE / 2) sum += partial.gain * Math.sin(phases[p] as number);
      phases[p] = ((phases[p] as number) + (TWO_PI * frequency) / SAMPLE_RATE) % TWO_PI;
    }
    out[i] = sum;
  }
  return out;
}

/** Smooth 0→1 ramp (raised cosine) for x in [0, 1]; 0 below, 1 above. */
export function smoothStep01(x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return 0.5 - 0.5 * Math.cos(Math.PI * x);
}

/** Shape of a percussive envelope, every time in seconds. */
export interface EnvelopeShape {
  /** Raised-cosine rise from 0 to 1. */
  attack: number;
  /** Time constant of the exponential decay after the attack (Infinity = sustain at 1). */
  decay: number;
  /** Raised-cosine fade to exactly 0 over the last `release` seconds of the buffer. */
  release: number;
}

/**
 * Envelope `seconds` long: rise, exponential decay, and a final fade so the first and the last
 * sample are exactly 0 (no click when the sound starts or stops).
 */
export function envelope(seconds: number, shape: EnvelopeShape): Float32Array {
  const out = silence(seconds);
  const last = out.length - 1;
  for (let i = 0; i <= last; i++) {
    const t = i / SAMPLE_RATE;
    const rise = smoothStep01(t / shape.attack);
    const fall = t <= shape.attack || !Number.isFinite(shape.decay) ? 1 : Math.exp(-(t - shape.attack) / shape.decay);
    const tail = smoothStep01((last - i) / (shape.release * SAMPLE_RATE));
    out[i] = rise * fall * tail;
  }
  return out;
}

/** White noise in [-1, 1) from a seeded generator: the same seed always gives the same samples. */
export function whiteNoise(seconds: number, seed: number): Float32Array {
  const rng = new Rng(seed);
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) out[i] = 2 * rng.uniform() - 1;
  return out;
}

/**
 * Resonant low-pass (Chamberlin state-variable filter) in place, cutoff `cutoffAt(t)` hertz.
 * `resonance` is 1/Q: 1.4 is gentle, smaller rings more. With `mode: 'band'` it keeps the band
 * around the cutoff instead.
 */
export function stateVariableFilter(
  samples: Float32Array,
  cutoffAt: (t: number) => number,
  resonance: number,
  mode: 'low' | 'band' = 'low',
): void {
  let low = 0;
  let band = 0;
  for (let i = 0; i < samples.length; i++) {
    // Cap the cutoff well below Nyquist where this filter is stable.
    const cutoff = Math.min(cutoffAt(i / SAMPLE_RATE), SAMPLE_RATE / 6);
    const f = 2 * Math.sin((Math.PI * cutoff) / SAMPLE_RATE);
    low += f * band;
    const high = (samples[i] as number) - low - resonance * band;
    band += f * high;
    samples[i] = mode === 'low' ? low : band;
  }
}

/** Removes the mean (DC offset) of a buffer in place. */
export function removeDc(samples: Float32Array): void {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] as number;
  const mean = sum / samples.length;
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] as number) - mean;
}

/** Largest |sample|. */
export function peakOf(samples: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i] as number));
  return peak;
}

/** Length of the window over which loudness is measured, seconds (short-term, like a VU meter). */
const LOUDNESS_WINDOW = 0.05;

/** Root-mean-square level of the loudest `LOUDNESS_WINDOW` of the buffer (the whole buffer if shorter). */
export function loudestWindowRms(samples: Float32Array): number {
  const window = Math.min(samples.length, Math.round(LOUDNESS_WINDOW * SAMPLE_RATE));
  if (window === 0) return 0;
  let sumSquares = 0;
  for (let i = 0; i < window; i++) sumSquares += (samples[i] as number) ** 2;
  let best = sumSquares;
  for (let i = window; i < samples.length; i++) {
    sumSquares += (samples[i] as number) ** 2 - (samples[i - window] as number) ** 2;
    best = Math.max(best, sumSquares);
  }
  return Math.sqrt(Math.max(0, best) / window);
}

/** Linear amplitude of `db` decibels relative to full scale. */
export function dbToGain(db: number): number {
  return 10 ** (db / 20);
}

/** Decibels relative to full scale of a linear amplitude. */
export function gainToDb(gain: number): number {
  return 20 * Math.log10(gain);
}

/** Highest peak any generated file may reach: −1 dBFS leaves headroom, so nothing ever clips. */
export const PEAK_CEILING = dbToGain(-1);

/**
 * Scales a buffer in place so its loudest 50 ms has RMS `targetDb` dBFS, unless that would push the
 * peak above `PEAK_CEILING`, in which case the peak lands on the ceiling. Returns the gain applied.
 */
export function normalise(samples: Float32Array, targetDb: number): number {
  const rms = loudestWindowRms(samples);
  const peak = peakOf(samples);
  if (rms === 0 || peak === 0) return 1;
  const gain = Math.min(dbToGain(targetDb) / rms, PEAK_CEILING / peak);
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] as number) * gain;
  return gain;
}
