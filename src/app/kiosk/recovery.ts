/**
 * The kiosk's self-recovery policy, over a clock it is given (ms). After a failure (an uncaught
 * error, an unhandled rejection, a worker crash, a lost WebGL context) the kiosk shows
 * "Restarting…" and goes back to the attract loop in the app; if that does not arrive by the
 * deadline, or failures come too thick to trust the app's state, the page is reloaded.
 *
 *   failure()  → 'restart' (reset in the app), 'reload' (start the page afresh) or 'ignore' (a
 *                restart is already under way: the failure is counted, nothing more)
 *   reached()  → the attract loop is running again
 *   overdue()  → true once a restart has missed its deadline: reload
 */

export interface RecoveryTimes {
  /** How long "Restarting…" shows before the reset (ms), so a visitor sees what happened. */
  readonly showMs: number;
  /** A restart must reach the attract loop within this (ms) of the failure, or the page reloads. */
  readonly deadlineMs: number;
  /** More than this many restarts inside `windowMs` → reload instead. */
  readonly maxRestarts: number;
  readonly windowMs: number;
}

export const KIOSK_RECOVERY: RecoveryTimes = { showMs: 800, deadlineMs: 4000, maxRestarts: 3, windowMs: 60_000 };

export type RecoveryAction = 'restart' | 'reload' | 'ignore';

export class RecoveryPlan {
  private restartingSince: number | null = null;
  private readonly recent: number[] = [];
  /** Failures seen in all (for ?inspect and the operator menu). */
  failures = 0;
  /** Restarts that reached the attract loop, and how long the last one took (ms, failure to attract). */
  recovered = 0;
  lastRecoveryMs: number | null = null;

  constructor(
    private readonly times: RecoveryTimes,
    private readonly now: () => number,
  ) {}

  get restarting(): boolean {
    return this.restartingSince !== null;
  }

  failure(): RecoveryAction {
    this.failures++;
    const t = this.now();
    if (this.restartingSince !== null) return 'ignore';
    while (this.recent.length > 0 && t - (this.recent[0] as number) > this.times.windowMs) this.recent.shift();
    this.recent.push(t);
    this.restartingSince = t;
    return this.recent.length > this.times.maxRestarts ? 'reload' : 'restart';
  }

  reached(): void {
    if (this.restartingSince === null) return;
    this.lastRecoveryMs = this.now() - this.restartingSince;
    this.restartingSince = null;
    this.recovered++;
  }

  overdue(): boolean {
    return this.restartingSince !== null && this.now() - this.restartingSince >= this.times.deadlineMs;
  }
}

/** Errors the browser reports on window that are not failures of the game: Chromium's "ResizeObserver loop" notice. */
export function isBenignError(message: string): boolean {
  return /ResizeObserver loop/i.test(message);
}
