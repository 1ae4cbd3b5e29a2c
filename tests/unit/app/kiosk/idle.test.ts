// The idle timer with a fake clock: warning, reset, keep playing, input, pause.
import { describe, expect, it } from 'vitest';
import { IdleMachine } from '../../../../src/app/kiosk/idle';

function machine(): { m: IdleMachine; advance: (ms: number) => void } {
  let t = 1000;
  const m = new IdleMachine({ warningMs: 60_000, resetMs: 90_000 }, () => t);
  return { m, advance: (ms) => (t += ms) };
}

describe('IdleMachine', () => {
  it('starts in attract; time alone never leaves it', () => {
    const { m, advance } = machine();
    advance(1e6);
    expect(m.tick()).toBeNull();
    m.input();
    expect(m.phase).toBe('attract');
  });

  it('playing → warning after the warning time → attract after the reset time', () => {
    const { m, advance } = machine();
    m.begin();
    advance(59_999);
    expect(m.tick()).toBeNull();
    advance(1);
    expect(m.tick()).toBe('warn');
    expect(m.phase).toBe('warning');
    expect(m.msUntilReset()).toBe(30_000);
    advance(10_000);
    expect(m.tick()).toBeNull();
    expect(m.msUntilReset()).toBe(20_000);
    advance(20_000);
    expect(m.tick()).toBe('reset');
    expect(m.phase).toBe('attract');
    expect(m.tick()).toBeNull();
  });

  it('input while playing restarts the wait; input during the warning does not end it', () => {
    const { m, advance } = machine();
    m.begin();
    advance(50_000);
    m.input();
    advance(50_000);
    expect(m.tick()).toBeNull();
    advance(10_000);
    expect(m.tick()).toBe('warn');
    m.input();
    advance(30_000);
    expect(m.tick()).toBe('reset');
  });

  it('keep playing cancels the reset and gives a whole new wait', () => {
    const { m, advance } = machine();
    m.begin();
    advance(85_000);
    expect(m.tick()).toBe('warn');
    m.keepPlaying();
    expect(m.phase).toBe('playing');
    advance(59_000);
    expect(m.tick()).toBeNull();
    advance(1_000);
    expect(m.tick()).toBe('warn');
  });

  it('a tick that comes late (a sleeping tab) goes straight to reset', () => {
    const { m, advance } = machine();
    m.begin();
    advance(200_000);
    expect(m.tick()).toBe('reset');
  });

  it('pause stops the clock; resume continues where it stopped', () => {
    const { m, advance } = machine();
    m.begin();
    advance(50_000);
    m.pause();
    advance(500_000);
    expect(m.tick()).toBeNull();
    expect(m.paused).toBe(true);
    m.resume();
    advance(9_999);
    expect(m.tick()).toBeNull();
    advance(1);
    expect(m.tick()).toBe('warn');
  });

  it('reset from anywhere goes to attract; keepPlaying there does nothing', () => {
    const { m } = machine();
    m.begin();
    m.reset();
    expect(m.phase).toBe('attract');
    m.keepPlaying();
    expect(m.phase).toBe('attract');
  });
});
