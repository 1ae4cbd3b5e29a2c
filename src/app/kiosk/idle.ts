/**
 * The kiosk's idle timer as a state machine over a clock it is given (milliseconds), so tests run
 * it with a fake clock:
 *
 *   attract ──begin──▶ playing ──(warningMs without input)──▶ warning ──(resetMs without input)──▶ attract
 *                        ▲  input restarts the wait                │
 *                        └──────────────── keepPlaying ◀───────────┘
 *
 * Both waits count from the last input, so the countdown on the warning shows
 * (lastInput + resetMs − now). Input during the warning does not end it — only keepPlaying does
 * (the warning covers the screen; a stray touch must not hide it). While paused (the operator menu
 * is open) no time passes for the machine. `reset` and `fail` lead back to attract from anywhere.
 */

export type KioskPhase = 'attract' | 'playing' | 'warning';

/** What a tick decided. */
export type IdleEvent = 'warn' | 'reset';

export interface IdleTimes {
  /** No input for this long (ms) while playing → warning. */
  readonly warningMs: number;
  /** No input for this long (ms) → back to attract. Longer than warningMs. */
  readonly resetMs: number;
}

export class IdleMachine {
  private state: KioskPhase = 'attract';
  private lastInput = 0;
  private pausedAt: number | null = null;

  constructor(
    private readonly times: IdleTimes,
    private readonly now: () => number,
  ) {}

  get phase(): KioskPhase {
    return this.state;
  }

  /** The visitor starts playing (the tap on the attract screen). */
  begin(): void {
    this.state = 'playing';
    this.lastInput = this.now();
    this.pausedAt = null;
  }

  /** Any touch, click, key or wheel. Restarts the wait while playing; nothing else. */
  input(): void {
    if (this.state === 'playing' && this.pausedAt === null) this.lastInput = this.now();
  }

  /** The keep-playing button: back to playing with a fresh wait. */
  keepPlaying(): void {
    if (this.state === 'attract') return;
    this.state = 'playing';
    this.lastInput = this.now();
  }

  /** Back to the attract loop (after a reset or a failure). */
  reset(): void {
    this.state = 'attract';
    this.pausedAt = null;
  }

  /** Stops the clock (the operator is at the kiosk); `resume` continues where it stopped. */
  pause(): void {
    if (this.pausedAt === null) this.pausedAt = this.now();
  }

  resume(): void {
    if (this.pausedAt === null) return;
    this.lastInput += this.now() - this.pausedAt;
    this.pausedAt = null;
  }

  get paused(): boolean {
    return this.pausedAt !== null;
  }

  /** Milliseconds until the reset (for the countdown); 0 once due. */
  msUntilReset(): number {
    const at = this.pausedAt ?? this.now();
    return Math.max(0, this.lastInput + this.times.resetMs - at);
  }

  /** Advances the machine to now; returns what happened, if anything. Call it often (e.g. every 250 ms). */
  tick(): IdleEvent | null {
    if (this.pausedAt !== null || this.state === 'attract') return null;
    const idle = this.now() - this.lastInput;
    if (idle >= this.times.resetMs) {
      this.state = 'attract';
      return 'reset';
    }
    if (this.state === 'playing' && idle >= this.times.warningMs) {
      this.state = 'warning';
      return 'warn';
    }
    return null;
  }
}
