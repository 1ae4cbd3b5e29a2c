/** Title: weightlings drifting over a night-blue pond; the DOM overlay holds the title and menu. */
import * as Phaser from 'phaser';
import { reducedMotion } from '../../app/motion';
import { PortraitAtlas } from '../art/atlas';
import { randomSkin } from '../art/networkSkin';
import { drawPond } from '../art/pond';
import { fitToParent } from '../fit';
import type { GameServices, PageBox } from '../services';
import { DriftField, type Drifter } from './drift';

/** How many weightlings drift over the title. */
const DRIFTERS = 7;
/** How often the overlay's boxes are measured again (ms); also on every resize. */
const KEEP_OUT_EVERY_MS = 250;

export class TitleScene extends Phaser.Scene {
  private drifters: (Drifter & { img: Phaser.GameObjects.Image; spin: number })[] = [];
  private pond: Phaser.GameObjects.Graphics | null = null;
  /** The words and buttons over the canvas, in canvas px, that the drifters keep clear of. */
  private readonly field = new DriftField();
  private measuredAt = -Infinity;

  constructor(private readonly services: GameServices) {
    super('title');
  }

  create(): void {
    // A class's ?ancestor= link, else the address's ?level=.
    const start = this.services.startLevel?.() ?? this.services.firstLevel?.() ?? null;
    if (start) {
      this.scene.start('play', { levelId: start });
      return;
    }
    this.services.inspect.setScene('title');
    this.pond = this.add.graphics();
    drawPond(this.pond, this.scale.width, this.scale.height);
    this.drifters = [];
    const rng = new Phaser.Math.RandomDataGenerator(['weightlings-title']);
    // One texture for all the drifters, as the play arenas draw theirs: separate small canvas
    // textures lost triangles under software WebGL (SwiftShader).
    const atlas = new PortraitAtlas(this, 'title-atlas', 128, DRIFTERS);
    this.measureKeepOut();
    for (let i = 0; i < DRIFTERS; i++) {
      const frame = atlas.drawCreature(i, i % 3 === 0 ? 'blob' : 'moth', randomSkin(1000 + i));
      const scale = rng.realInRange(0.6, 1.1);
      // Half the frame: no part of the creature reaches past it.
      const r = 64 * scale;
      const spot = this.field.freeSpot(r, () => [rng.between(0, this.scale.width), rng.between(0, this.scale.height)]);
      const img = this.add.image(spot[0], spot[1], atlas.key, frame);
      img.setScale(scale).setAlpha(0.9);
      this.drifters.push({
        img,
        x: spot[0],
        y: spot[1],
        r,
        vx: rng.realInRange(-18, 18),
        vy: rng.realInRange(-12, 12),
        spin: rng.realInRange(-0.2, 0.2),
      });
    }
    atlas.flush();
    const onResize = (size: Phaser.Structs.Size): void => {
      if (this.pond) drawPond(this.pond, size.width, size.height);
      this.measuredAt = -Infinity;
    };
    this.scale.on('resize', onResize);
    this.services.inspect.setProbe?.({
      creatureIds: () => this.drifters.map((_, i) => i),
      creaturePoint: (i) => this.pagePoint(i),
      genePoint: () => null,
      familyLine: () => [],
    });
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.services.inspect.setProbe?.(null);
      atlas.destroy();
    });
    const classroom = this.services.classroom?.() ?? null;
    this.services.screens.title({
      play: () => this.scene.start('levelmap'),
      lab: () => this.scene.start('levelmap', { lab: true }),
      ...(classroom && { classArena: () => this.scene.start('classarena'), guide: () => classroom.guide() }),
    });
    fitToParent(this);
  }

  update(time: number, delta: number): void {
    if (time - this.measuredAt >= KEEP_OUT_EVERY_MS) this.measureKeepOut(time);
    const still = reducedMotion();
    const dt = still ? 0 : delta / 1000;
    const { width, height } = this.scale;
    for (const d of this.drifters) {
      this.field.step(d, dt, width, height);
      d.img.setPosition(d.x, d.y);
      if (!still) d.img.rotation += d.spin * dt;
    }
  }

  /** The overlay's words and buttons, from page px to canvas px. */
  private measureKeepOut(time = 0): void {
    this.measuredAt = time;
    const boxes: readonly PageBox[] = this.services.screens.keepOut?.() ?? [];
    const c = this.game.canvas.getBoundingClientRect();
    const sx = c.width > 0 ? this.scale.width / c.width : 1;
    const sy = c.height > 0 ? this.scale.height / c.height : 1;
    this.field.setBoxes(
      boxes.map((b) => ({
        left: (b.left - c.left) * sx,
        top: (b.top - c.top) * sy,
        right: (b.right - c.left) * sx,
        bottom: (b.bottom - c.top) * sy,
      })),
    );
  }

  /** A drifter's centre and radius on the page (CSS px), for tests. */
  private pagePoint(i: number): { x: number; y: number; r: number } | null {
    const d = this.drifters[i];
    if (!d) return null;
    const c = this.game.canvas.getBoundingClientRect();
    const k = c.width / Math.max(1, this.scale.width);
    return { x: c.left + d.x * k, y: c.top + d.y * k, r: d.r * k };
  }
}
