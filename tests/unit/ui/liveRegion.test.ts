import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveRegion } from '../../../src/ui/liveRegion';

describe('LiveRegion', () => {
  let clock = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const advance = (ms: number): void => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  it('speaks at once, then at most once an interval, and never drops the latest message', () => {
    const node = { textContent: '' } as HTMLElement;
    const live = new LiveRegion(node, 1500, () => clock);
    live.say('Generation 0');
    expect(node.textContent).toBe('Generation 0');
    advance(200);
    live.say('Generation 1');
    live.say('Generation 2');
    expect(node.textContent).toBe('Generation 0');
    advance(1299);
    expect(node.textContent).toBe('Generation 0');
    advance(1);
    expect(node.textContent).toBe('Generation 2');
    advance(5000);
    live.say('Generation 3');
    expect(node.textContent).toBe('Generation 3');
  });

  it('cancel drops a pending message', () => {
    const node = { textContent: '' } as HTMLElement;
    const live = new LiveRegion(node, 1500, () => clock);
    live.say('a');
    live.say('b');
    live.cancel();
    advance(2000);
    expect(node.textContent).toBe('a');
  });
});
