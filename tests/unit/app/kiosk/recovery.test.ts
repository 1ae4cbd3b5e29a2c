// Self-recovery policy with a fake clock: restart, ignore while restarting, deadline, restart storms.
import { describe, expect, it } from 'vitest';
import { isBenignError, KIOSK_RECOVERY, RecoveryPlan } from '../../../../src/app/kiosk/recovery';

function plan(): { p: RecoveryPlan; advance: (ms: number) => void } {
  let t = 0;
  return { p: new RecoveryPlan(KIOSK_RECOVERY, () => t), advance: (ms) => (t += ms) };
}

describe('RecoveryPlan', () => {
  it('a failure restarts; failures during the restart are counted and ignored', () => {
    const { p } = plan();
    expect(p.failure()).toBe('restart');
    expect(p.restarting).toBe(true);
    expect(p.failure()).toBe('ignore');
    expect(p.failures).toBe(2);
    p.reached();
    expect(p.restarting).toBe(false);
    expect(p.recovered).toBe(1);
  });

  it('a restart that misses its deadline is overdue (→ reload); the deadline leaves time inside 5 s', () => {
    const { p, advance } = plan();
    expect(KIOSK_RECOVERY.showMs).toBeLessThan(KIOSK_RECOVERY.deadlineMs);
    expect(KIOSK_RECOVERY.deadlineMs).toBeLessThanOrEqual(4000);
    p.failure();
    advance(KIOSK_RECOVERY.deadlineMs - 1);
    expect(p.overdue()).toBe(false);
    advance(1);
    expect(p.overdue()).toBe(true);
    p.reached();
    expect(p.overdue()).toBe(false);
    expect(p.lastRecoveryMs).toBe(KIOSK_RECOVERY.deadlineMs);
  });

  it('more than maxRestarts inside the window → reload; spread out they are restarts', () => {
    const { p, advance } = plan();
    for (let i = 0; i < KIOSK_RECOVERY.maxRestarts; i++) {
      expect(p.failure()).toBe('restart');
      p.reached();
      advance(1000);
    }
    expect(p.failure()).toBe('reload');
    p.reached();
    advance(KIOSK_RECOVERY.windowMs + 1);
    expect(p.failure()).toBe('restart');
  });

  it("Chromium's ResizeObserver notice is not a failure; an empty message is", () => {
    expect(isBenignError('ResizeObserver loop completed with undelivered notifications.')).toBe(true);
    expect(isBenignError('')).toBe(false);
    expect(isBenignError('TypeError: x is undefined')).toBe(false);
  });
});
