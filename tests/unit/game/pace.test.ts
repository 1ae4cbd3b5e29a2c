import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { BUSY_FPS, BUSY_STILL_FPS, busyFrameRate, OffBeat } from '../../../src/game/pace';

/** Just the part of a Phaser game that OffBeat reads: the loop's frame limit. */
function fakeGame(fpsLimit: number): { game: Phaser.Game; loop: { fpsLimit: number } } {
  const loop = { fpsLimit };
  return { game: { loop } as unknown as Phaser.Game, loop };
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('busyFrameRate', () => {
  it('no limit when idle; fewer frames while busy, fewest in a still world', () => {
    expect(busyFrameRate(false, true)).toBe(0);
    expect(busyFrameRate(true, true)).toBe(BUSY_FPS);
    expect(busyFrameRate(true, false)).toBe(BUSY_STILL_FPS);
    expect(BUSY_STILL_FPS).toBeLessThan(BUSY_FPS);
  });
});

describe('OffBeat', () => {
  it('draws within the game frame when the game is not paced', () => {
    let draws = 0;
    const beat = new OffBeat(fakeGame(0).game, () => draws++);
    beat.frame();
    expect(draws).toBe(1);
    beat.frame();
    expect(draws).toBe(2);
  });

  it('while paced, draws once in a task of its own after the frame, however many frames asked', async () => {
    let draws = 0;
    const beat = new OffBeat(fakeGame(BUSY_FPS).game, () => draws++);
    beat.frame();
    beat.frame();
    beat.frame();
    expect(draws).toBe(0);
    await nextTask();
    expect(draws).toBe(1);
    beat.frame();
    await nextTask();
    expect(draws).toBe(2);
  });

  it('cancel drops a pending draw; back to unpaced, it draws at once', async () => {
    let draws = 0;
    const { game, loop } = fakeGame(BUSY_STILL_FPS);
    const beat = new OffBeat(game, () => draws++);
    beat.frame();
    beat.cancel();
    await nextTask();
    expect(draws).toBe(0);
    beat.frame();
    loop.fpsLimit = 0;
    beat.frame();
    expect(draws).toBe(1);
    await nextTask();
    expect(draws).toBe(1);
  });
});
