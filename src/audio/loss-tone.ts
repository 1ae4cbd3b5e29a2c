/**
 * Loss sonification: one looping voice whose pitch follows the training loss. The loop
 * (assets/audio/loss-tone.wav, a 330 Hz tone) is played faster or slower with howler's `rate`,
 * which scales its pitch: rate 0.5 sounds one octave down, rate 2 one octave up.
 *
 * Pitch updates are throttled to at most one per `MIN_RATE_INTERVAL_MS` (the trailing value always
 * lands), and the voice fades in and out so switching it on or off never clicks.
 */
import type { Howl } from 'howler';

/**
 * The clock and timers the sound service uses for throttling and fades, passed in so tests can
 * drive time by hand. In the game the defaults (performance.now and the global timers) are used.
 */
export interface AudioTimers {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Runs `callback` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimers: AudioTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

/** Playback rate at loss 0 (a solved task): 330 Hz × 0.5 = 165 Hz. */
export const TONE_MIN_RATE = 0.5;
/** Playback rate at loss 1 (or a loss that is not a finite number): 330 Hz × 2 = 660 Hz. */
export const TONE_MAX_RATE = 2;
/** Shortest time between two pitch changes, milliseconds: at most 10 updates a second. */
export const MIN_RATE_INTERVAL_MS = 100;
/** Fade-in and fade-out durations, milliseconds. */
export const TONE_FADE_IN_MS = 250;
export const TONE_FADE_OUT_MS = 300;
/** Volume of the loop voice once faded in (the master volume applies on top). */
export const TONE_LEVEL = 0.7;

/**
 * Maps a normalised loss in [0, 1] to a playback rate, exponentially so equal loss steps are equal
 * musical intervals: rate = 0.5 · 4^loss01 (two octaves). Values outside [0, 1] are clamped; NaN
 * and ±∞ (a diverged run) give the top of the range.
 */
export function lossToRate(loss01: number): number {
  if (!Number.isFinite(loss01)) return TONE_MAX_RATE;
  const x = Math.min(1, Math.max(0, loss01));
  return TONE_MIN_RATE * (TONE_MAX_RATE / TONE_MIN_RATE) ** x;
}

export class LossTone {
  private howl: Howl | null = null;
  /** howler's id of the playing loop voice, or null when the tone is off. */
  private voice: number | null = null;
  private stopTimer: unknown = null;
  private rateTimer: unknown = null;
  private pendingRate: number | null = null;
  private appliedRate = Number.NaN;
  private lastRateAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly timers: AudioTimers) {}

  /** Gives the tone its loop once the sound service has created it. */
  attach(howl: Howl): void {
    this.howl = howl;
  }

  get playing(): boolean {
    return this.voice !== null && this.stopTimer === null;
  }

  /** Sets the pitch from a normalised loss, or fades the tone out with null. May throw (howler). */
  set(loss01: number | null): void {
    const howl = this.howl;
    if (howl === null) return;
    if (loss01 === null) {
      this.fadeOut(howl);
      return;
    }
    const rate = lossToRate(loss01);
    if (this.voice === null) {
      this.start(howl, rate);
      return;
    }
    if (this.stopTimer !== null) {
      // Switched back on while fading out: keep the voice and fade it back up.
      this.timers.clearTimeout(this.stopTimer);
      this.stopTimer = null;
      howl.fade(this.currentVolume(howl, this.voice), TONE_LEVEL, TONE_FADE_IN_MS, this.voice);
    }
    this.pendingRate = rate;
    const wait = this.lastRateAt + MIN_RATE_INTERVAL_MS - this.timers.now();
    if (wait <= 0) this.flushRate();
    else if (this.rateTimer === null) this.rateTimer = this.timers.setTimeout(() => this.flushRate(), wait);
  }

  /** Stops at once, without a fade, and forgets the loop (the service is being disposed). */
  stopNow(): void {
    this.cancelTimers();
    if (this.howl !== null && this.voice !== null) this.howl.stop(this.voice);
    this.voice = null;
    this.howl = null;
  }

  private start(howl: Howl, rate: number): void {
    const voice = howl.play();
    if (typeof voice !== 'number') return;
    this.voice = voice;
    howl.volume(0, voice);
    howl.rate(rate, voice);
    howl.fade(0, TONE_LEVEL, TONE_FADE_IN_MS, voice);
    this.appliedRate = rate;
    this.lastRateAt = this.timers.now();
  }

  private fadeOut(howl: Howl): void {
    const voice = this.voice;
    if (voice === null || this.stopTimer !== null) return;
    if (this.rateTimer !== null) this.timers.clearTimeout(this.rateTimer);
    this.rateTimer = null;
    this.pendingRate = null;
    howl.fade(this.currentVolume(howl, voice), 0, TONE_FADE_OUT_MS, voice);
    this.stopTimer = this.timers.setTimeout(() => {
      this.stopTimer = null;
      if (this.voice === voice) {
        this.voice = null;
        try {
          howl.stop(voice);
        } catch {
          // The voice is gone with its audio context: nothing left to stop.
        }
      }
    }, TONE_FADE_OUT_MS);
  }

  private flushRate(): void {
    this.rateTimer = null;
    const rate = this.pendingRate;
    this.pendingRate = null;
    if (rate === null || this.howl === null || this.voice === null || rate === this.appliedRate) return;
    try {
      this.howl.rate(rate, this.voice);
    } catch {
      // A rate change that fails leaves the old pitch; the next update tries again.
      return;
    }
    this.appliedRate = rate;
    this.lastRateAt = this.timers.now();
  }

  private currentVolume(howl: Howl, voice: number): number {
    const volume = howl.volume(voice);
    return typeof volume === 'number' && Number.isFinite(volume) ? volume : 0;
  }

  private cancelTimers(): void {
    if (this.stopTimer !== null) this.timers.clearTimeout(this.stopTimer);
    if (this.rateTimer !== null) this.timers.clearTimeout(this.rateTimer);
    this.stopTimer = null;
    this.rateTimer = null;
    this.pendingRate = null;
  }
}
