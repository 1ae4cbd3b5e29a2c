// Test doubles for the sound service: a hand-driven clock, and a stand-in for howler's Howl and
// Howler that records every call (the real howler needs a browser; see sound-node.test.ts for the
// real library in Node).
import type { AudioTimers } from '../../../src/audio/loss-tone';

/** A clock that moves only when the test says so, running due callbacks in time order. */
export class ManualTimers implements AudioTimers {
  private time = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Moves the clock forward by `ms`, firing every callback that falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | null = null;
      for (const entry of this.pending)
        if (entry[1].at <= end && (due === null || entry[1].at < due[1].at)) due = entry;
      if (due === null) break;
      this.pending.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = end;
  }
}

export interface HowlCall {
  method: string;
  args: unknown[];
}

export interface FakeHowlOptions {
  src: string[];
  loop?: boolean;
  onload?: () => void;
  onloaderror?: (id: number, error: unknown) => void;
}

/** Records calls; volumes per voice are tracked so fades can be checked. */
export class FakeHowl {
  static instances: FakeHowl[] = [];
  /** When set, the constructor throws (a browser whose audio stack is broken). */
  static throwOnCreate = false;

  readonly calls: HowlCall[] = [];
  private nextVoice = 1000;
  private readonly volumes = new Map<number, number>();
  loadState: 'loading' | 'loaded' | 'unloaded' = 'loading';

  constructor(readonly options: FakeHowlOptions) {
    if (FakeHowl.throwOnCreate) throw new Error('audio stack broken');
    FakeHowl.instances.push(this);
  }

  static reset(): void {
    FakeHowl.instances = [];
    FakeHowl.throwOnCreate = false;
  }

  static bySource(fragment: string): FakeHowl {
    const found = FakeHowl.instances.find((howl) => howl.options.src.some((src) => src.includes(fragment)));
    if (found === undefined) throw new Error(`no howl for ${fragment}`);
    return found;
  }

  /** Simulates the file decoding (or failing to). */
  finishLoading(ok: boolean): void {
    this.loadState = ok ? 'loaded' : 'unloaded';
    if (ok) this.options.onload?.();
    else this.options.onloaderror?.(0, 'decode failed');
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  state(): string {
    return this.loadState;
  }

  play(): number {
    this.calls.push({ method: 'play', args: [] });
    const voice = this.nextVoice++;
    this.volumes.set(voice, 1);
    return voice;
  }

  stop(voice?: number): this {
    this.calls.push({ method: 'stop', args: [voice] });
    return this;
  }

  rate(rate: number, voice: number): this {
    this.calls.push({ method: 'rate', args: [rate, voice] });
    return this;
  }

  volume(volumeOrVoice: number, voice?: number): this | number {
    if (voice === undefined) return this.volumes.get(volumeOrVoice) ?? 0;
    this.calls.push({ method: 'volume', args: [volumeOrVoice, voice] });
    this.volumes.set(voice, volumeOrVoice);
    return this;
  }

  /** Jumps straight to the target volume (the fade's shape is howler's business). */
  fade(from: number, to: number, ms: number, voice: number): this {
    this.calls.push({ method: 'fade', args: [from, to, ms, voice] });
    this.volumes.set(voice, to);
    return this;
  }

  /** Sets a voice's volume as if a fade were half-way. */
  setVoiceVolume(voice: number, volume: number): void {
    this.volumes.set(voice, volume);
  }

  unload(): void {
    this.calls.push({ method: 'unload', args: [] });
    this.loadState = 'unloaded';
  }
}

/** Stand-in for howler's global: a context whose state the test controls. */
export const fakeHowler = {
  noAudio: false,
  autoSuspend: true,
  ctx: null as null | { state: string; resume: () => Promise<void> },
  volumeCalls: [] as number[],
  muteCalls: [] as boolean[],
  volume(v: number): void {
    this.volumeCalls.push(v);
  },
  mute(m: boolean): void {
    this.muteCalls.push(m);
  },
  reset(): void {
    this.noAudio = false;
    this.autoSuspend = true;
    this.ctx = { state: 'running', resume: () => Promise.resolve() };
    this.volumeCalls = [];
    this.muteCalls = [];
  },
};

/** In-memory settings storage, like the app's wrapper over localStorage. */
export class MemoryStorage {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
}
