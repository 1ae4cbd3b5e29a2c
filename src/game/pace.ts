/**
 * Frame pacing of the Phaser game. While the workers stream results (Turbo, a training Run) the
 * screen changes a few times a second (the play screen refreshes at most every 200 ms), yet every
 * frame drawn is a full redraw of the WebGL canvas — and, where WebGL is drawn in software
 * (SwiftShader in headless Chromium, machines without a GPU driver), a read-back of the canvas that
 * holds the main thread. So while busy the game draws fewer frames: BUSY_FPS in a world whose
 * creatures move on their own (forage: the simulation counts time, not frames, so it keeps its
 * speed), BUSY_STILL_FPS in a world that only changes when results arrive. The microscope is
 * rendered from the same frames, so both canvases change together.
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
