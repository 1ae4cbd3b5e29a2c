/** The background every screen shares: a deep blue pond with soft light. */
import type * as Phaser from 'phaser';

export function drawPond(g: Phaser.GameObjects.Graphics, width: number, height: number): void {
  g.clear();
  g.fillGradientStyle(0x1d2d50, 0x1d2d50, 0x0e1830, 0x0e1830, 1);
  g.fillRect(0, 0, width, height);
  // Soft light spots, placed by a fixed pattern so the pond looks the same every time.
  for (let i = 0; i < 14; i++) {
    const x = ((i * 977) % 1000) / 1000;
    const y = ((i * 631) % 1000) / 1000;
    const r = 40 + ((i * 53) % 120);
    g.fillStyle(0x2ec4b6, 0.035);
    g.fillCircle(x * width, y * height, r);
  }
}
