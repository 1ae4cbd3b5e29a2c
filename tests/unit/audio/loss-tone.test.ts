// Loss sonification: the loss → pitch map (known answers and a property), the throttle (at most
// 10 pitch changes a second, the last value always lands), and the fades in and out.
import fc from 'fast-check';
import type { Howl } from 'howler';
import { describe, expect, it } from 'vitest';
import {
  LossTone,
  MIN_RATE_INTERVAL_MS,
  TONE_FADE_IN_MS,
  TONE_FADE_OUT_MS,
  TONE_LEVEL,
  TONE_MAX_RATE,
  TONE_MIN_RATE,
  lossToRate,
} from '../../../src/audio/loss-tone';
import { FakeHowl, ManualTimers } from './fakes';

function setup(): { tone: LossTone; howl: FakeHowl; timers: ManualTimers } {
  const timers = new ManualTimers();
  const howl = new FakeHowl({ src: ['loss-tone.wav'], loop: true });
  const tone = new LossTone(timers);
  tone.attach(howl as unknown as Howl);
  return { tone, howl, timers };
}

describe('lossToRate', () => {
  it('spans two octaves, exponentially: 0 → 0.5, 0.5 → 1, 1 → 2', () => {
    expect(lossToRate(0)).toBe(0.5);
    expect(lossToRate(0.5)).toBeCloseTo(1, 12);
    expect(lossToRate(1)).toBe(2);
    expect(lossToRate(0.25)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('clamps out-of-range losses, and a diverged (non-finite) loss sounds at the top', () => {
    expect(lossToRate(-3)).toBe(TONE_MIN_RATE);
    expect(lossToRate(7)).toBe(TONE_MAX_RATE);
    expect(lossToRate(Number.NaN)).toBe(TONE_MAX_RATE);
    expect(lossToRate(Number.POSITIVE_INFINITY)).toBe(TONE_MAX_RATE);
    expect(lossToRate(Number.NEGATIVE_INFINITY)).toBe(TONE_MAX_RATE);
  });

  it('a lower finite loss never sounds higher', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(lossToRate(lo)).toBeLessThanOrEqual(lossToRate(hi));
        },
      ),
    );
  });
});

describe('LossTone', () => {
  it('starts one looping voice, silent, at the right pitch, and fades it in', () => {
    const { tone, howl } = setup();
    tone.set(0.5);
    expect(howl.callsOf('play')).toHaveLength(1);
    const voice = 1000;
    expect(howl.callsOf('volume')).toEqual([[0, voice]]);
    expect(howl.callsOf('rate')).toEqual([[lossToRate(0.5), voice]]);
    expect(howl.callsOf('fade')).toEqual([[0, TONE_LEVEL, TONE_FADE_IN_MS, voice]]);
    expect(tone.playing).toBe(true);
  });

  it('changes pitch at most 10 times a second however often it is told, and the last value lands', () => {
    const { tone, howl, timers } = setup();
    // 1,000 training steps over two seconds, loss falling from 1 to ~0.
    for (let step = 0; step < 1000; step++) {
      tone.set(1 - step / 1000);
      timers.advance(2);
    }
    timers.advance(MIN_RATE_INTERVAL_MS);
    const rates = howl.callsOf('rate');
    expect(rates.length).toBeGreaterThanOrEqual(15);
    expect(rates.length).toBeLessThanOrEqual(1 + Math.ceil(2000 / MIN_RATE_INTERVAL_MS) + 1);
    expect(rates.at(-1)![0]).toBe(lossToRate(1 - 999 / 1000));
    expect(howl.callsOf('play')).toHaveLength(1);
  });

  it('spaces pitch changes at least 100 ms apart', () => {
    const { tone, howl, timers } = setup();
    const times: number[] = [];
    const rate = howl.rate.bind(howl);
    howl.rate = (r: number, v: number) => {
      times.push(timers.now());
      return rate(r, v);
    };
    for (let i = 0; i < 300; i++) {
      tone.set((i % 7) / 7);
      timers.advance(3 + (i % 5));
    }
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(MIN_RATE_INTERVAL_MS);
  });

  it('does not touch howler when the pitch has not changed', () => {
    const { tone, howl, timers } = setup();
    tone.set(0.3);
    for (let i = 0; i < 10; i++) {
      timers.advance(150);
      tone.set(0.3);
    }
    expect(howl.callsOf('rate')).toHaveLength(1);
  });

  it('null fades out from the current volume, then stops the voice', () => {
    const { tone, howl, timers } = setup();
    tone.set(0.2);
    howl.setVoiceVolume(1000, 0.4); // half-way through the fade-in
    tone.set(null);
    expect(howl.callsOf('fade').at(-1)).toEqual([0.4, 0, TONE_FADE_OUT_MS, 1000]);
    expect(tone.playing).toBe(false);
    expect(howl.callsOf('stop')).toHaveLength(0);
    timers.advance(TONE_FADE_OUT_MS);
    expect(howl.callsOf('stop')).toEqual([[1000]]);
    expect(timers.pendingCount).toBe(0);
  });

  it('a pending pitch change is dropped when the tone fades out', () => {
    const { tone, howl, timers } = setup();
    tone.set(0.2);
    timers.advance(10);
    tone.set(0.9); // throttled: scheduled for later
    tone.set(null);
    timers.advance(1000);
    expect(howl.callsOf('rate')).toHaveLength(1);
  });

  it('switched back on during the fade-out: the same voice fades back up, nothing stops', () => {
    const { tone, howl, timers } = setup();
    tone.set(0.2);
    tone.set(null);
    howl.setVoiceVolume(1000, 0.3);
    timers.advance(TONE_FADE_OUT_MS / 2);
    tone.set(0.6);
    expect(howl.callsOf('fade').at(-1)).toEqual([0.3, TONE_LEVEL, TONE_FADE_IN_MS, 1000]);
    timers.advance(TONE_FADE_OUT_MS * 2);
    expect(howl.callsOf('stop')).toHaveLength(0);
    expect(howl.callsOf('play')).toHaveLength(1);
    expect(howl.callsOf('rate').at(-1)).toEqual([lossToRate(0.6), 1000]);
    expect(tone.playing).toBe(true);
  });

  it('after a full fade-out, the next value starts a fresh voice; null while off does nothing', () => {
    const { tone, howl, timers } = setup();
    tone.set(null);
    expect(howl.calls).toHaveLength(0);
    tone.set(0.1);
    tone.set(null);
    timers.advance(TONE_FADE_OUT_MS);
    tone.set(null);
    tone.set(0.8);
    expect(howl.callsOf('play')).toHaveLength(2);
    expect(howl.callsOf('rate').at(-1)).toEqual([lossToRate(0.8), 1001]);
  });

  it('stopNow stops at once and cancels every timer', () => {
    const { tone, howl, timers } = setup();
    tone.set(0.5);
    timers.advance(5);
    tone.set(0.7);
    tone.stopNow();
    expect(howl.callsOf('stop')).toEqual([[1000]]);
    expect(timers.pendingCount).toBe(0);
    tone.set(0.4); // detached: ignored
    expect(howl.callsOf('play')).toHaveLength(1);
  });

  it('does nothing before it has a loop', () => {
    const timers = new ManualTimers();
    const tone = new LossTone(timers);
    expect(() => tone.set(0.5)).not.toThrow();
    expect(tone.playing).toBe(false);
  });
});
