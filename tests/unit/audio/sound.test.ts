// The sound service against a recording stand-in for howler: remembered mute and volume, lazy
// start, effects (gated while locked, muted or repeated too fast), the loss tone, and quiet
// degradation to `silent` when audio cannot work — never a throw, never a console error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lossToRate } from '../../../src/audio/loss-tone';
import { DEFAULT_VOLUME, MIN_REPEAT_MS, MUTED_KEY, SoundService, VOLUME_KEY } from '../../../src/audio/sound';
import { EFFECT_NAMES, SOUND_NAMES, soundUrls } from '../../../src/audio/sounds';
import { FakeHowl, ManualTimers, MemoryStorage, fakeHowler } from './fakes';

vi.mock('howler', async () => {
  const fakes = await import('./fakes');
  return { Howl: fakes.FakeHowl, Howler: fakes.fakeHowler };
});

let timers: ManualTimers;
let storage: MemoryStorage;
const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];

function service(): SoundService {
  return new SoundService({ urls: soundUrls, storage, timers });
}

function loadAll(ok = true): void {
  for (const howl of FakeHowl.instances) howl.finishLoading(ok);
}

beforeEach(() => {
  FakeHowl.reset();
  fakeHowler.reset();
  timers = new ManualTimers();
  storage = new MemoryStorage();
  for (const level of ['error', 'warn'] as const) consoleSpies.push(vi.spyOn(console, level));
});

afterEach(() => {
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  consoleSpies.length = 0;
  vi.restoreAllMocks();
});

describe('mute and volume', () => {
  it('default to unmuted at 0.8, and are remembered through the storage passed in', () => {
    const first = service();
    expect(first.muted).toBe(false);
    expect(first.volume).toBe(DEFAULT_VOLUME);
    first.setMuted(true);
    first.setVolume(0.347);
    expect(storage.values.get(MUTED_KEY)).toBe('1');
    expect(storage.values.get(VOLUME_KEY)).toBe('0.35');
    const second = service();
    expect(second.muted).toBe(true);
    expect(second.volume).toBe(0.35);
  });

  it('clamp volume to 0..1, ignore non-numbers, and survive garbage or a throwing storage', () => {
    const s = service();
    s.setVolume(3);
    expect(s.volume).toBe(1);
    s.setVolume(-1);
    expect(s.volume).toBe(0);
    s.setVolume(Number.NaN);
    expect(s.volume).toBe(0);
    for (const garbage of ['', 'loud', 'NaN', '1e999', '<b>']) {
      storage.values.set(VOLUME_KEY, garbage);
      expect(service().volume, garbage).toBe(DEFAULT_VOLUME);
    }
    storage.values.set(VOLUME_KEY, '7');
    expect(service().volume).toBe(1);
    const broken = {
      get: (): string | null => {
        throw new Error('SecurityError');
      },
      set: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    const s2 = new SoundService({ urls: soundUrls, storage: broken, timers });
    expect(s2.volume).toBe(DEFAULT_VOLUME);
    expect(() => s2.setMuted(true)).not.toThrow();
    expect(s2.muted).toBe(true);
  });

  it('reach howler only once it has started, then apply at once', () => {
    const s = service();
    s.setVolume(0.5);
    s.setMuted(true);
    expect(fakeHowler.volumeCalls).toEqual([]);
    expect(FakeHowl.instances).toHaveLength(0);
    s.unlock();
    expect(fakeHowler.volumeCalls).toEqual([0.5]);
    expect(fakeHowler.muteCalls).toEqual([true]);
    s.setVolume(0.25);
    s.setMuted(false);
    expect(fakeHowler.volumeCalls.at(-1)).toBe(0.25);
    expect(fakeHowler.muteCalls.at(-1)).toBe(false);
  });
});

describe('starting and playing', () => {
  it('is lazy: constructing creates nothing; unlock creates one Howl per sound and no auto-suspend', () => {
    const s = service();
    expect(FakeHowl.instances).toHaveLength(0);
    s.unlock();
    expect(FakeHowl.instances).toHaveLength(SOUND_NAMES.length);
    expect(fakeHowler.autoSuspend).toBe(false);
    expect(FakeHowl.bySource('loss-tone.wav').options.loop).toBe(true);
    expect(FakeHowl.bySource('eat.wav').options.loop).toBe(false);
    s.unlock();
    expect(FakeHowl.instances).toHaveLength(SOUND_NAMES.length);
  });

  it('plays every effect, each from its own file', () => {
    const s = service();
    s.unlock();
    loadAll();
    for (const name of EFFECT_NAMES) s.play(name);
    for (const howl of FakeHowl.instances) {
      const isLoop = howl.options.loop === true;
      expect(howl.callsOf('play'), howl.options.src[0]).toHaveLength(isLoop ? 0 : 1);
    }
  });

  it('drops a repeat of the same effect within 60 ms, but not of a different one', () => {
    const s = service();
    s.unlock();
    for (let i = 0; i < 20; i++) {
      s.play('birth');
      s.play('eat');
      timers.advance(5);
    }
    expect(FakeHowl.bySource('birth.wav').callsOf('play')).toHaveLength(Math.ceil(100 / MIN_REPEAT_MS));
    expect(FakeHowl.bySource('eat.wav').callsOf('play')).toHaveLength(Math.ceil(100 / MIN_REPEAT_MS));
  });

  it('stays quiet while muted or while the browser keeps audio locked (no burst afterwards)', () => {
    const s = service();
    s.setMuted(true);
    s.unlock();
    s.play('eat');
    s.setMuted(false);
    fakeHowler.ctx = { state: 'suspended', resume: () => new Promise<void>(() => undefined) };
    timers.advance(100);
    s.play('eat');
    expect(FakeHowl.bySource('eat.wav').callsOf('play')).toHaveLength(0);
  });

  it('unlock resumes a locked context; plays made while it resumes go through', async () => {
    let resumed = 0;
    const ctx = {
      state: 'suspended',
      resume: (): Promise<void> => {
        resumed++;
        return Promise.resolve().then(() => {
          ctx.state = 'running';
        });
      },
    };
    fakeHowler.ctx = ctx;
    const s = service();
    s.unlock();
    expect(resumed).toBe(1);
    s.play('uiTap');
    await Promise.resolve();
    await Promise.resolve();
    timers.advance(100);
    s.play('uiTap');
    expect(FakeHowl.bySource('ui-tap.wav').callsOf('play')).toHaveLength(2);
  });

  it('a resume that never completes lets plays through only briefly, so nothing piles up', () => {
    fakeHowler.ctx = { state: 'suspended', resume: () => new Promise<void>(() => undefined) };
    const s = service();
    s.unlock();
    s.play('select');
    timers.advance(1000);
    for (let i = 0; i < 10; i++) {
      s.play('select');
      timers.advance(100);
    }
    expect(FakeHowl.bySource('select.wav').callsOf('play')).toHaveLength(1);
  });

  it('a context that refuses to resume is swallowed: no unhandled rejection, no console error', async () => {
    fakeHowler.ctx = { state: 'suspended', resume: () => Promise.reject(new Error('NotAllowedError')) };
    const s = service();
    s.unlock();
    await new Promise((resolve) => setTimeout(resolve, 0));
    s.play('select');
    expect(FakeHowl.bySource('select.wav').callsOf('play')).toHaveLength(0);
    expect(s.silent).toBe(false);
  });

  it('setTone drives the loop (pitch from loss), null fades it out', () => {
    const s = service();
    s.setTone(0.75);
    const loop = FakeHowl.bySource('loss-tone.wav');
    expect(loop.callsOf('play')).toHaveLength(1);
    expect(loop.callsOf('rate')).toEqual([[lossToRate(0.75), 1000]]);
    s.setTone(null);
    timers.advance(1000);
    expect(loop.callsOf('stop')).toEqual([[1000]]);
  });

  it('setTone(null) on a service that never started creates nothing', () => {
    const s = service();
    s.setTone(null);
    expect(FakeHowl.instances).toHaveLength(0);
  });

  it('preload resolves with how many sounds loaded, even when some fail', async () => {
    const s = service();
    const done = s.preload();
    FakeHowl.bySource('eat.wav').finishLoading(false);
    for (const howl of FakeHowl.instances) if (!howl.options.src[0]!.includes('eat.wav')) howl.finishLoading(true);
    await expect(done).resolves.toBe(SOUND_NAMES.length - 1);
    s.play('eat');
    s.play('birth');
    expect(FakeHowl.bySource('eat.wav').callsOf('play')).toHaveLength(0);
    expect(FakeHowl.bySource('birth.wav').callsOf('play')).toHaveLength(1);
    expect(s.silent).toBe(false);
    await expect(s.preload()).resolves.toBe(SOUND_NAMES.length - 1);
  });
});

describe('when audio cannot work', () => {
  it('no audio at all (Howler.noAudio): silent, creates no sounds, every call is harmless', async () => {
    fakeHowler.noAudio = true;
    const s = service();
    await expect(s.preload()).resolves.toBe(0);
    expect(s.silent).toBe(true);
    expect(FakeHowl.instances).toHaveLength(0);
    expect(() => {
      s.play('birth');
      s.setTone(0.5);
      s.setTone(null);
      s.setVolume(0.1);
      s.setMuted(true);
      s.unlock();
      s.dispose();
    }).not.toThrow();
  });

  it('howler throwing: silent, nothing thrown', () => {
    FakeHowl.throwOnCreate = true;
    const s = service();
    expect(() => s.play('eat')).not.toThrow();
    expect(s.silent).toBe(true);
    expect(() => s.setTone(0.3)).not.toThrow();
  });

  it('howler throwing while the tone plays: silent, and the loop is stopped rather than left running', () => {
    const s = service();
    s.setTone(0.5);
    const loop = FakeHowl.bySource('loss-tone.wav');
    loop.fade = () => {
      throw new Error('InvalidStateError');
    };
    expect(() => s.setTone(null)).not.toThrow();
    expect(s.silent).toBe(true);
    expect(loop.callsOf('stop')).toEqual([[1000]]);
    expect(timers.pendingCount).toBe(0);
  });

  it('every file failing to decode: silent', async () => {
    const s = service();
    const done = s.preload();
    loadAll(false);
    await expect(done).resolves.toBe(0);
    expect(s.silent).toBe(true);
  });

  it('dispose stops the tone, unloads every sound, and later calls do nothing', async () => {
    const s = service();
    s.setTone(0.5);
    const pending = s.preload();
    s.dispose();
    await expect(pending).resolves.toBe(0);
    const loop = FakeHowl.bySource('loss-tone.wav');
    expect(loop.callsOf('stop')).toHaveLength(1);
    for (const howl of FakeHowl.instances) expect(howl.callsOf('unload')).toHaveLength(1);
    s.play('birth');
    s.setTone(0.9);
    expect(FakeHowl.bySource('birth.wav').callsOf('play')).toHaveLength(0);
    expect(loop.callsOf('play')).toHaveLength(1);
    expect(timers.pendingCount).toBe(0);
    expect(() => s.dispose()).not.toThrow();
  });
});
