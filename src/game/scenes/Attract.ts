/**
 * The museum kiosk's attract loop: a self-playing demo behind the "Touch to play" overlay. Left,
 * a population evolving by natural selection towards the goal moth (the parents of the next
 * generation glow, newborns pop in); right, one moth trained towards the same goal, its loss
 * falling. The canvas carries no text: headings, captions and buttons are the DOM overlay.
 */
import * as Phaser from 'phaser';
import { creatureTexture } from '../art/creature';
import { drawPond } from '../art/pond';
import { fitToParent } from '../fit';
import type { AttractDemoView, GameServices } from '../services';

/** Milliseconds between generations. */
const GENERATION_MS = 1300;
const TEX = 128;
const COLS = 4;

interface Slot {
  img: Phaser.GameObjects.Image;
  glow: Phaser.GameObjects.Arc;
  id: number;
  /** Scale the slot's cell gives the image, and the scene clock (ms) when its creature was born. */
  scale: number;
  bornAt: number;
}

/** How long a newborn takes to pop in (ms), and the slight overshoot of the pop. */
const POP_MS = 380;

function pop(t: number): number {
  const c = 1.70158;
  const u = t - 1;
  return 1 + (c + 1) * u * u * u + c * u * u;
}

export class AttractScene extends Phaser.Scene {
  private demo: AttractDemoView | null = null;
  private slots: Slot[] = [];
  private trainee: Phaser.GameObjects.Image | null = null;
  private goal: Phaser.GameObjects.Image | null = null;
  private pond: Phaser.GameObjects.Graphics | null = null;
  private chart: Phaser.GameObjects.Graphics | null = null;
  private sinceGeneration = 0;
  /** The scene's own clock (ms), from the frame deltas. */
  private clock = 0;
  private reported = false;

  constructor(private readonly services: GameServices) {
    super('attract');
  }

  create(): void {
    const port = this.services.attract;
    this.services.inspect.setScene('attract');
    this.services.screens.clear();
    this.reported = false;
    this.sinceGeneration = 0;
    this.clock = 0;
    this.pond = this.add.graphics();
    this.chart = this.add.graphics();
    this.demo = port ? port.demo() : null;
    const demo = this.demo;
    this.slots = [];
    if (demo) {
      const count = demo.creatures().length;
      for (let p = 0; p < count; p++) {
        const glow = this.add.circle(0, 0, 10, 0xffb703, 0.35).setVisible(false);
        const img = this.add.image(0, 0, creatureTexture(this, `attract-${p}`, 'moth', demo.skin(p, 32), TEX));
        this.slots.push({ img, glow, id: -1, scale: 1, bornAt: -Infinity });
      }
      this.goal = this.add.image(0, 0, creatureTexture(this, 'attract-goal', 'moth', demo.goal(32), TEX));
      this.trainee = this.add.image(0, 0, creatureTexture(this, 'attract-trainee', 'moth', demo.traineeSkin(32), TEX));
      this.showGeneration(false);
    }
    this.layout();
    const onResize = (): void => this.layout();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.demo = null;
    });
    port?.show({ play: () => this.scene.start('play', { levelId: port.startLevel }) });
    fitToParent(this);
  }

  /** Where things go: evolution on the left, the goal in the middle, training on the right. */
  private layout(): void {
    const { width: w, height: h } = this.scale;
    if (this.pond) drawPond(this.pond, w, h);
    const top = h * 0.2;
    const bottom = h * 0.66;
    const rows = Math.ceil(this.slots.length / COLS);
    const left = w * 0.04;
    const gridW = w * 0.46;
    const cell = Math.min(gridW / COLS, (bottom - top) / Math.max(1, rows));
    this.slots.forEach((s, i) => {
      const x = left + cell * ((i % COLS) + 0.5) + (gridW - cell * COLS) / 2;
      const y = top + cell * (Math.floor(i / COLS) + 0.5);
      s.scale = (cell * 0.86) / TEX;
      s.img.setPosition(x, y).setScale(s.scale);
      s.glow.setPosition(x, y).setRadius(cell * 0.47);
    });
    const goalSize = Math.min(w * 0.1, (bottom - top) * 0.45);
    this.goal?.setPosition(w * 0.575, (top + bottom) / 2).setScale(goalSize / TEX);
    const big = Math.min(w * 0.24, (bottom - top) * 0.62);
    this.trainee?.setPosition(w * 0.8, top + big / 2).setScale(big / TEX);
    this.drawChart();
  }

  /** The training run's loss, falling: a line under the trained moth (no numbers: the canvas has no text). */
  private drawChart(): void {
    const g = this.chart;
    const demo = this.demo;
    if (!g || !demo) return;
    const { width: w, height: h } = this.scale;
    const x0 = w * 0.67;
    const x1 = w * 0.93;
    const y0 = h * 0.56;
    const y1 = h * 0.66;
    g.clear();
    g.fillStyle(0x0e1830, 0.6).fillRoundedRect(x0 - 10, y0 - 10, x1 - x0 + 20, y1 - y0 + 20, 10);
    const losses = demo.losses;
    if (losses.length < 2) return;
    const first = losses[0] as number;
    const n = Math.max(losses.length, 200);
    g.lineStyle(4, 0xf59e0b, 1).beginPath();
    const stride = Math.max(1, Math.floor(losses.length / 200));
    for (let i = 0; i < losses.length; i += stride) {
      const v = Math.min(1, (losses[i] as number) / (first || 1));
      const x = x0 + ((x1 - x0) * i) / n;
      const y = y1 - (y1 - y0) * v;
      if (i === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.strokePath();
  }

  /** Redraws the population; newborns pop in, the parents of the next generation glow. */
  private showGeneration(animate: boolean): void {
    const demo = this.demo;
    if (!demo) return;
    const creatures = demo.creatures();
    creatures.forEach((c, p) => {
      const slot = this.slots[p];
      if (!slot) return;
      const born = slot.id !== c.id;
      slot.id = c.id;
      if (born) creatureTexture(this, `attract-${p}`, 'moth', demo.skin(p, 32), TEX);
      slot.glow.setVisible(c.survivor);
      if (born && animate) slot.bornAt = this.clock + p * 30;
    });
  }

  update(_time: number, delta: number): void {
    const demo = this.demo;
    if (!this.reported) {
      this.reported = true;
      this.services.attract?.running();
    }
    if (!demo) return;
    const dt = Number.isFinite(delta) && delta > 0 ? Math.min(delta, 1000) : 16;
    this.clock += dt;
    for (const slot of this.slots) {
      const t = (this.clock - slot.bornAt) / POP_MS;
      slot.img.setScale(t >= 1 ? slot.scale : t <= 0 ? 0.01 : slot.scale * pop(t));
    }
    this.sinceGeneration += dt;
    if (this.sinceGeneration >= GENERATION_MS) {
      this.sinceGeneration = 0;
      demo.evolve();
      this.showGeneration(true);
    }
    // About one training step per 60th of a second, whatever the frame rate (at most 4 a frame).
    demo.train(Math.max(1, Math.min(4, Math.round(dt / 16))));
    if (this.trainee) creatureTexture(this, 'attract-trainee', 'moth', demo.traineeSkin(32), TEX);
    this.drawChart();
  }
}
