/**
 * One recipe per game sound: how it is synthesised and how loud it ends up. Friendly and soft on
 * purpose (the youngest players are about 10): no harsh square waves, no low booms, gentle attacks.
 *
 * Levels: `loudnessDb` is the RMS of the loudest 50 ms in dBFS (see `normalise`); the peak never
 * exceeds −1 dBFS. Frequent, small sounds (taps, ticks) sit lower than rewards.
 */
import type { SoundName } from '../../src/audio/sounds';
import {
  SAMPLE_RATE,
  additiveTone,
  applyEnvelope,
  envelope,
  mixInto,
  normalise,
  removeDc,
  silence,
  smoothStep01,
  stateVariableFilter,
  whiteNoise,
} from './synth';

export interface Recipe {
  /** What it should sound like, for people reading the script output. */
  description: string;
  /** Target short-term loudness in dBFS (peak-limited to −1 dBFS). */
  loudnessDb: number;
  render(): Float32Array;
}

/** Fundamental of the loss-tone loop in hertz; an integer, so exactly this many cycles fill one second. */
export const LOSS_TONE_HZ = 330;
/** Length of the loss-tone loop in seconds: a whole number of cycles of every partial and of the tremolo. */
export const LOSS_TONE_SECONDS = 1;

/** A mellow timbre: fundamental with a little second and third harmonic. */
const SOFT: readonly { ratio: number; gain: number }[] = [
  { ratio: 1, gain: 1 },
  { ratio: 2, gain: 0.25 },
  { ratio: 3, gain: 0.08 },
];

/** Glide from `from` to `to` hertz over `seconds` along a raised cosine, then hold `to`. */
function glide(from: number, to: number, seconds: number): (t: number) => number {
  return (t) => from + (to - from) * smoothStep01(t / seconds);
}

/** Exponential pitch drop from `from` to `to` hertz with time constant `tau` seconds. */
function drop(from: number, to: number, tau: number): (t: number) => number {
  return (t) => to + (from - to) * Math.exp(-t / tau);
}

/** An enveloped tone: `additiveTone` × `envelope`. */
function note(
  seconds: number,
  frequencyAt: (t: number) => number,
  partials: readonly { ratio: number; gain: number }[],
  attack: number,
  decay: number,
  release: number,
): Float32Array {
  const tone = additiveTone(seconds, frequencyAt, partials);
  applyEnvelope(tone, envelope(seconds, { attack, decay, release }));
  return tone;
}

function birth(): Float32Array {
  // A soft rising blip: a bubble-like glide up an octave, then a quick fade.
  return note(0.4, glide(330, 660, 0.15), SOFT, 0.015, 0.12, 0.06);
}

function mutation(): Float32Array {
  // A short warble: 14 Hz vibrato (±10 %) and matching tremolo on a gently falling tone.
  const seconds = 0.45;
  const tone = additiveTone(seconds, (t) => (560 - 80 * t) * (1 + 0.1 * Math.sin(2 * Math.PI * 14 * t)), [
    { ratio: 1, gain: 1 },
    { ratio: 3, gain: 0.11 },
  ]);
  const shape = envelope(seconds, { attack: 0.02, decay: 0.25, release: 0.08 });
  for (let i = 0; i < shape.length; i++) {
    const t = i / SAMPLE_RATE;
    shape[i] = (shape[i] as number) * (0.75 + 0.25 * Math.cos(2 * Math.PI * 14 * t));
  }
  applyEnvelope(tone, shape);
  return tone;
}

function eat(): Float32Array {
  // A bright pop (fast pitch drop) with a little crunch: three short grains of band-passed noise.
  const seconds = 0.17;
  const out = note(seconds, drop(1200, 260, 0.012), [{ ratio: 1, gain: 1 }], 0.002, 0.035, 0.03);
  for (let grain = 0; grain < 3; grain++) {
    const noise = whiteNoise(0.05, 0xea7 + grain);
    stateVariableFilter(noise, () => 3200 - 500 * grain, 0.7, 'band');
    applyEnvelope(noise, envelope(0.05, { attack: 0.002, decay: 0.008, release: 0.01 }));
    mixInto(out, noise, 0.004 + 0.032 * grain, 0.9 - 0.2 * grain);
  }
  removeDc(out);
  applyEnvelope(out, envelope(seconds, { attack: 0.001, decay: Infinity, release: 0.01 }));
  return out;
}

function select(): Float32Array {
  // A tap-tick: a high, very short tone with an inharmonic partial, like a wooden tick.
  return note(
    0.08,
    () => 1500,
    [
      { ratio: 1, gain: 1 },
      { ratio: 2.76, gain: 0.35 },
    ],
    0.0015,
    0.014,
    0.02,
  );
}

function uiTap(): Float32Array {
  // A soft, low tap for ordinary buttons: lower and rounder than `select`.
  return note(0.07, drop(760, 520, 0.01), SOFT, 0.0015, 0.013, 0.02);
}

function levelComplete(): Float32Array {
  // A happy arpeggio: C5 E5 G5 C6, then a quiet E6 sparkle, bell-like notes ringing together.
  const seconds = 1.5;
  const out = silence(seconds);
  const bell = [
    { ratio: 1, gain: 1 },
    { ratio: 2, gain: 0.3 },
    { ratio: 3, gain: 0.1 },
    { ratio: 4.2, gain: 0.04 },
  ];
  const notes = [
    { hz: 523.25, at: 0, decay: 0.22, gain: 0.8 },
    { hz: 659.25, at: 0.13, decay: 0.22, gain: 0.8 },
    { hz: 783.99, at: 0.26, decay: 0.25, gain: 0.8 },
    { hz: 1046.5, at: 0.39, decay: 0.45, gain: 0.9 },
    { hz: 1318.51, at: 0.62, decay: 0.35, gain: 0.35 },
  ];
  for (const n of notes) {
    const length = seconds - n.at;
    mixInto(
      out,
      note(length, () => n.hz, bell, 0.006, n.decay, 0.15),
      n.at,
      n.gain,
    );
  }
  return out;
}

function explode(): Float32Array {
  // A diverging run: a soft fizzle (noise whose brightness falls away) over a falling "pew".
  // No low boom and no sharp crack: a 10-year-old should smile, not jump.
  const seconds = 0.75;
  const out = note(seconds, drop(700, 150, 0.18), SOFT, 0.01, 0.22, 0.1);
  const fizz = whiteNoise(seconds, 0xf122);
  stateVariableFilter(fizz, (t) => 300 + 3700 * Math.exp(-t / 0.15), 1.2);
  applyEnvelope(fizz, envelope(seconds, { attack: 0.008, decay: 0.2, release: 0.12 }));
  mixInto(out, fizz, 0, 1.6);
  removeDc(out);
  applyEnvelope(out, envelope(seconds, { attack: 0.004, decay: Infinity, release: 0.1 }));
  return out;
}

function lossTone(): Float32Array {
  // The sustained sonification loop. Every partial and the 2 Hz "breathing" complete whole cycles
  // in the loop, and all start at phase 0: the loop joins itself with no step (no click), while the
  // game changes its pitch with the playback rate.
  const tone = additiveTone(LOSS_TONE_SECONDS, () => LOSS_TONE_HZ, [
    { ratio: 1, gain: 1 },
    { ratio: 2, gain: 0.3 },
    { ratio: 3, gain: 0.12 },
    { ratio: 4, gain: 0.05 },
  ]);
  for (let i = 0; i < tone.length; i++) {
    const t = i / SAMPLE_RATE;
    tone[i] = (tone[i] as number) * (0.88 + 0.12 * Math.cos(2 * Math.PI * 2 * t));
  }
  return tone;
}

export const RECIPES: Readonly<Record<SoundName, Recipe>> = {
  birth: { description: 'soft rising blip', loudnessDb: -14, render: birth },
  mutation: { description: 'short warble', loudnessDb: -15, render: mutation },
  eat: { description: 'bright pop with a crunch', loudnessDb: -14, render: eat },
  select: { description: 'tap-tick', loudnessDb: -17, render: select },
  levelComplete: { description: 'happy arpeggio', loudnessDb: -13, render: levelComplete },
  uiTap: { description: 'soft button tap', loudnessDb: -19, render: uiTap },
  explode: { description: 'soft fizzle for a diverging run', loudnessDb: -15, render: explode },
  lossTone: { description: 'sustained loop for loss sonification', loudnessDb: -16, render: lossTone },
};

/** Renders one sound at its normalised level. */
export function renderSound(name: SoundName): Float32Array {
  const recipe = RECIPES[name];
  const samples = recipe.render();
  normalise(samples, recipe.loudnessDb);
  return samples;
}
