/** Textures every scene shares, drawn once at boot (no image files needed for these). */
import type * as Phaser from 'phaser';

export function makeSharedTextures(scene: Phaser.Scene): void {
  if (scene.textures.exists('dot')) return;
  const dot = scene.textures.createCanvas('dot', 32, 32);
  if (dot) {
    const ctx = dot.getContext();
    const g = ctx.createRadialGradient(16, 16, 0, 16, 16, 16);
    g.addColorStop(0, 'rgba(255,255,255,1)');
    g.addColorStop(0.5, 'rgba(255,255,255,0.55)');
    g.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 32, 32);
    dot.refresh();
  }
}
