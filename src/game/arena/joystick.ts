/** An on-screen stick for touch: drag from its centre; left/right is turn, up/down is thrust, each in [−1, 1]. */
import type * as Phaser from 'phaser';

const RADIUS = 64;

export class Joystick {
  turn = 0;
  thrust = 0;
  private readonly base: Phaser.GameObjects.Arc;
  private readonly knob: Phaser.GameObjects.Arc;
  private pointerId = -1;
  private cx = 0;
  private cy = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.base = scene.add.circle(0, 0, RADIUS, 0xfdf6e3, 0.15).setStrokeStyle(4, 0xfdf6e3, 0.6).setDepth(10);
    this.knob = scene.add.circle(0, 0, RADIUS * 0.45, 0xffb703, 0.95).setDepth(11);
    this.base.setInteractive();
    this.base.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.pointerId = p.id;
      this.move(p);
    });
    scene.input.on('pointermove', this.onMove);
    scene.input.on('pointerup', this.onUp);
    this.setVisible(false);
  }

  private readonly onMove = (p: Phaser.Input.Pointer): void => {
    if (p.id === this.pointerId) this.move(p);
  };

  private readonly onUp = (p: Phaser.Input.Pointer): void => {
    if (p.id !== this.pointerId) return;
    this.pointerId = -1;
    this.turn = 0;
    this.thrust = 0;
    this.knob.setPosition(this.cx, this.cy);
  };

  private move(p: Phaser.Input.Pointer): void {
    let dx = p.x - this.cx;
    let dy = p.y - this.cy;
    const d = Math.hypot(dx, dy);
    if (d > RADIUS) {
      dx = (dx / d) * RADIUS;
      dy = (dy / d) * RADIUS;
    }
    this.knob.setPosition(this.cx + dx, this.cy + dy);
    this.turn = dx / RADIUS;
    this.thrust = -dy / RADIUS;
  }

  place(x: number, y: number): void {
    this.cx = x;
    this.cy = y;
    this.base.setPosition(x, y);
    this.knob.setPosition(x, y);
  }

  setVisible(on: boolean): void {
    this.base.setVisible(on);
    this.knob.setVisible(on);
    if (!on) {
      this.turn = 0;
      this.thrust = 0;
    }
  }

  destroy(): void {
    this.scene.input.off('pointermove', this.onMove);
    this.scene.input.off('pointerup', this.onUp);
    this.base.destroy();
    this.knob.destroy();
  }
}
