/**
 * Frame pacing of the Phaser game. While the workers stream results (Turbo, a training Run) the
 * screen changes a few times a second (the play screen refreshes at most every 200 ms), yet every
 * frame drawn is a full redraw of the WebGL canvas — and, where WebGL is drawn in software
 * (SwiftShader in headless Chromium, machines without a GPU driver), a read-back of the canvas that
 * holds the main thread. So while busy the game draws fewer frames: BUSY_FPS in a world whose
 * creatures move on their own (forage: the simulation counts time, not frames, so it keeps its
 * speed), BUSY_STILL_FPS in a world that only changes when results arrive.
 *
 * The microscope (a second WebGL canvas) is drawn from the game's clock too. While the game is
 * paced it draws in a task of its own after the game's frame (`OffBeat`) and hands its work to the
 * GPU at once: the next browser frame, which the paced game skips, finds it drawn and only presents
 * it. So no frame draws and reads back both canvases, and neither holds the main thread for the work
 * of two. The player sees the microscope change one frame (about 17 ms) later.
 */
import type * as Phaser from 'phaser';

export const BUSY_FPS = 30;
export const BUSY_STILL_FPS = 12;

/** The frame rate the game should draw at: unlimited when idle, fewer frames while busy. */
export function busyFrameRate(busy: boolean, animatedWorld: boolean): number {
  if (!busy) return 0;
  return animatedWorld ? BUSY_FPS : BUSY_STILL_FPS;
}

/** Limits the game loop to `fps` frames a second (0: no limit); does nothing when already so. */
export function paceGame(game: Phaser.Game, fps: number): void {
  if (game.loop.fpsLimit !== fps) game.loop.setFPSLimit(fps);
}

/**
 * Runs `draw` from the game's frames: within the frame when the game is not paced; else as a task of
 * its own right after the game's frame. Its drawing then reaches the GPU (or SwiftShader) while the
 * main thread waits for the next frame, which the paced game skips: that frame only presents it.
 * At most one draw is pending; `cancel()` drops it.
 */
export class OffBeat {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly game: Phaser.Game,
    private readonly draw: () => void,
  ) {}

  /** Call once per game frame (from the scene's update). */
  frame(): void {
    if (this.game.loop.fpsLimit === 0) {
      this.cancel();
      this.draw();
      return;
    }
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.draw();
    }, 0);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
