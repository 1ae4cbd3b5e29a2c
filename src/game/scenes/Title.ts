/** Title: weightlings drifting over a night-blue pond; the DOM overlay holds the title and menu. */
import * as Phaser from 'phaser';
import { reducedMotion } from '../../app/motion';
import { PortraitAtlas } from '../art/atlas';
import { randomSkin } from '../art/networkSkin';
import { drawPond } from '../art/pond';
import { fitToParent } from '../fit';
import type { GameServices } from '../services';

/** How many weightlings drift over the title. */
const DRIFTERS = 7;

export class TitleScene extends Phaser.Scene {
  private drifters: { img: Phaser.GameObjects.Image; vx: number; vy: number; spin: number }[] = [];
  private pond: Phaser.GameObjects.Graphics | null = null;

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
    for (let i = 0; i < DRIFTERS; i++) {
      const frame = atlas.drawCreature(i, i % 3 === 0 ? 'blob' : 'moth', randomSkin(1000 + i));
      const img = this.add.image(rng.between(0, this.scale.width), rng.between(0, this.scale.height), atlas.key, frame);
      img.setScale(rng.realInRange(0.6, 1.1)).setAlpha(0.9);
      this.drifters.push({
        img,
        vx: rng.realInRange(-18, 18),
        vy: rng.realInRange(-12, 12),
        spin: rng.realInRange(-0.2, 0.2),
      });
    }
    atlas.flush();
    const onResize = (size: Phaser.Structs.Size): void => {
      if (this.pond) drawPond(this.pond, size.width, size.height);
    };
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
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

  update(_time: number, delta: number): void {
    if (reducedMotion()) return;
    const dt = delta / 1000;
    const { width, height } = this.scale;
    for (const d of this.drifters) {
      d.img.x += d.vx * dt;
      d.img.y += d.vy * dt;
      d.img.rotation += d.spin * dt;
      if (d.img.x < -80) d.img.x = width + 80;
      if (d.img.x > width + 80) d.img.x = -80;
      if (d.img.y < -80) d.img.y = height + 80;
      if (d.img.y > height + 80) d.img.y = -80;
    }
  }
}
