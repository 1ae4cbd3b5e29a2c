/**
 * The game's one sound service (howler). Plays the effects, sonifies the training loss, and holds
 * the master mute and volume, remembered through a storage the caller passes in.
 *
 * howler's global `Howler` owns the only AudioContext in the game (Phaser's audio is off). The
 * service touches howler lazily: nothing is created until `preload()`, `unlock()` or the first
 * `play()`/`setTone()`, so calling `unlock()` from the first user gesture creates the context
 * already running (no autoplay warning). Sound is a garnish: when audio cannot play (no device,
 * headless browser, decoding fails, howler throws) the service swallows the failure, logs nothing,
 * and turns `silent`; every method stays safe to call.
 */
import { Howl, Howler } from 'howler';
import { LossTone, browserTimers } from './loss-tone';
import type { AudioTimers } from './loss-tone';
import { EFFECT_NAMES } from './sounds';
import type { EffectName, SoundUrls } from './sounds';

/** Where the service remembers mute and volume (e.g. a wrapper over localStorage, supplied by app/). */
export interface SettingsStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface SoundServiceOptions {
  urls: SoundUrls;
  storage: SettingsStorage;
  /** Clock and timers for throttling and fades; defaults to performance.now and global timers. */
  timers?: AudioTimers;
}

export const MUTED_KEY = 'weightlings.audio.muted';
export const VOLUME_KEY = 'weightlings.audio.volume';
/** Master volume before the player has chosen one, 0..1. */
export const DEFAULT_VOLUME = 0.8;
/** The same effect is not restarted within this many milliseconds (a Turbo burst stays one sound). */
export const MIN_REPEAT_MS = 60;

/** How long after `unlock()` plays may wait for the context to resume, milliseconds. */
const RESUME_GRACE_MS = 500;

type Lifecycle = 'dormant' | 'live' | 'silent' | 'disposed';

export class SoundService {
  private lifecycle: Lifecycle = 'dormant';
  private isMuted: boolean;
  private masterVolume: number;
  private readonly effects = new Map<EffectName, Howl>();
  private loop: Howl | null = null;
  /** Sounds by state of their file: still loading, decoded, or failed (never playable here). */
  private readonly loading = new Set<string>();
  private readonly loaded = new Set<string>();
  private readonly broken = new Set<string>();
  private settleListeners: (() => void)[] = [];
  private readonly lastPlayedAt = new Map<EffectName, number>();
  private readonly tone: LossTone;
  private readonly timers: AudioTimers;
  /**
   * Until this time (timers.now(), ms) an `unlock()` is resuming the context: plays in between are
   * let through (howler holds them until it runs). Bounded, so a resume that never completes (unlock
   * called outside a gesture) cannot pile up sounds that would burst out later.
   */
  private resumingUntil = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: SoundServiceOptions) {
    this.timers = options.timers ?? browserTimers;
    this.tone = new LossTone(this.timers);
    this.isMuted = readStored(options.storage, MUTED_KEY) === '1';
    this.masterVolume = parseVolume(readStored(options.storage, VOLUME_KEY));
  }

  /** True once audio turned out to be unavailable; the service then does nothing, quietly. */
  get silent(): boolean {
    return this.lifecycle === 'silent';
  }

  get muted(): boolean {
    return this.isMuted;
  }

  /** Master volume, 0..1 (independent of mute). */
  get volume(): number {
    return this.masterVolume;
  }

  /**
   * Creates howler's context and loads every sound. Resolves (never rejects) with the number of
   * sounds that loaded, when each has loaded or failed. Optional: `unlock()`/`play()` load too.
   */
  preload(): Promise<number> {
    this.start();
    return new Promise((resolve) => {
      const done = (): void => resolve(this.loaded.size);
      if (this.lifecycle !== 'live' || this.loading.size === 0) done();
      else this.settleListeners.push(done);
    });
  }

  /** Call from the first user gesture (pointerdown, keydown): lets the browser start audio. */
  unlock(): void {
    this.start();
    if (this.lifecycle !== 'live') return;
    const context = Howler.ctx as AudioContext | null | undefined;
    if (!context || context.state === 'running') return;
    this.resumingUntil = this.timers.now() + RESUME_GRACE_MS;
    const resumed = (): void => {
      this.resumingUntil = Number.NEGATIVE_INFINITY;
    };
    this.guard(() => context.resume().then(resumed, resumed));
  }

  /** Plays one effect. Ignored while muted, while audio is locked, or if the same effect just played. */
  play(name: EffectName): void {
    this.start();
    if (this.lifecycle !== 'live' || this.isMuted || !this.audioRunning()) return;
    const howl = this.effects.get(name);
    if (howl === undefined || this.broken.has(name)) return;
    const now = this.timers.now();
    if (now - (this.lastPlayedAt.get(name) ?? Number.NEGATIVE_INFINITY) < MIN_REPEAT_MS) return;
    this.lastPlayedAt.set(name, now);
    this.guard(() => howl.play());
  }

  /**
   * Loss sonification: `loss01` is the loss normalised to [0, 1] (0 = solved), mapped to pitch;
   * null fades the tone out. Safe to call every training step: pitch changes at most 10 times a second.
   */
  setTone(loss01: number | null): void {
    if (loss01 !== null) this.start();
    if (this.lifecycle !== 'live' || this.broken.has('lossTone')) return;
    this.guard(() => this.tone.set(loss01));
  }

  setMuted(muted: boolean): void {
    this.isMuted = muted;
    writeStored(this.options.storage, MUTED_KEY, muted ? '1' : '0');
    if (this.lifecycle === 'live') this.guard(() => Howler.mute(muted));
  }

  /** Sets the master volume (clamped to 0..1; a non-number is ignored) and remembers it. */
  setVolume(volume: number): void {
    if (!Number.isFinite(volume)) return;
    this.masterVolume = Math.min(1, Math.max(0, volume));
    writeStored(this.options.storage, VOLUME_KEY, String(Math.round(this.masterVolume * 100) / 100));
    if (this.lifecycle === 'live') this.guard(() => Howler.volume(this.masterVolume));
  }

  /** Stops everything and unloads this service's sounds. The service stays safe to call, and silent. */
  dispose(): void {
    if (this.lifecycle === 'disposed') return;
    const howls = this.allHowls();
    this.lifecycle = 'disposed';
    try {
      this.tone.stopNow();
      for (const howl of howls) howl.unload();
    } catch {
      // Unloading from a context that already failed: nothing left to release.
    }
    this.effects.clear();
    this.loop = null;
    this.loading.clear();
    this.releaseSettleListeners();
  }

  /** Creates the howler objects on first use. */
  private start(): void {
    if (this.lifecycle !== 'dormant') return;
    this.lifecycle = 'live';
    this.guard(() => {
      // Without auto-suspend the context is only ever suspended when the browser has locked it,
      // which `audioRunning` relies on; an idle running context costs next to nothing.
      Howler.autoSuspend = false;
      Howler.volume(this.masterVolume);
      Howler.mute(this.isMuted);
      if (Howler.noAudio) {
        this.lifecycle = 'silent';
        return;
      }
      for (const name of EFFECT_NAMES) this.effects.set(name, this.createHowl(name, false));
      this.loop = this.createHowl('lossTone', true);
      this.tone.attach(this.loop);
    });
  }

  private createHowl(name: EffectName | 'lossTone', loop: boolean): Howl {
    this.loading.add(name);
    return new Howl({
      src: [this.options.urls[name]],
      format: ['wav'],
      loop,
      preload: true,
      onload: () => this.settle(name, true),
      onloaderror: () => this.settle(name, false),
    });
  }

  private settle(name: string, ok: boolean): void {
    this.loading.delete(name);
    if (ok) {
      this.loaded.add(name);
    } else {
      this.broken.add(name);
      // Not one file decodes: this browser cannot play our sounds at all.
      if (this.loaded.size === 0 && this.loading.size === 0) this.goSilent();
    }
    if (this.loading.size === 0) this.releaseSettleListeners();
  }

  private releaseSettleListeners(): void {
    const listeners = this.settleListeners;
    this.settleListeners = [];
    for (const listener of listeners) listener();
  }

  /** Plays are dropped while the browser keeps the context locked (so they do not burst out later). */
  private audioRunning(): boolean {
    const context = Howler.ctx as AudioContext | null | undefined;
    return !context || context.state === 'running' || this.timers.now() < this.resumingUntil;
  }

  private allHowls(): Howl[] {
    const howls = [...this.effects.values()];
    if (this.loop !== null) howls.push(this.loop);
    return howls;
  }

  /** Runs a howler call; if it throws, audio is unusable here: go silent without a word. */
  private guard(action: () => unknown): void {
    try {
      action();
    } catch {
      this.goSilent();
    }
  }

  /** Audio does not work here: stop the tone if it got as far as playing, and do nothing from now on. */
  private goSilent(): void {
    if (this.lifecycle !== 'live') return;
    this.lifecycle = 'silent';
    try {
      this.tone.stopNow();
    } catch {
      // The tone's voice went down with the audio stack.
    }
  }
}

function parseVolume(stored: string | null): number {
  if (stored === null) return DEFAULT_VOLUME;
  const value = Number(stored);
  return stored.trim() !== '' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : DEFAULT_VOLUME;
}

function readStored(storage: SettingsStorage, key: string): string | null {
  try {
    return storage.get(key);
  } catch {
    return null;
  }
}

function writeStored(storage: SettingsStorage, key: string, value: string): void {
  try {
    storage.set(key, value);
  } catch {
    // A full or forbidden storage only means the setting is not remembered.
  }
}
