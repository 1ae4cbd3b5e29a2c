/**
 * The pattern world: moths resting on bark. Each moth's wings are the picture its network paints
 * (the phenotype), and the bark is the target texture, tiled one tile per moth, so a well-
 * camouflaged moth vanishes into its tile. Evolve: the player is the bird and taps the moths they
 * can see. Train: one moth, large, on a large patch of bark, repainting itself step by step.
 */
import * as Phaser from 'phaser';
import { createPatternTask, type PatternConfig, type PatternTask } from '../../core/tasks/pattern';
import type { NetworkSpec } from '../../core/network';
import { reducedMotion } from '../../app/motion';
import { PortraitAtlas } from '../art/atlas';
import { cpuCanvas } from '../art/canvas';
import { creatureTexture, type Skin } from '../art/creature';
import type { Arena, ArenaCallbacks, ArenaState } from './types';

const SKIN_RES = 32;
const BARK_KEY = 'pattern-bark';
const TRAINEE_KEY = 'moth-trainee';

function imageCanvas(img: Skin): HTMLCanvasElement {
  const { canvas: c, ctx } = cpuCanvas(img.width, img.height);
  if (!ctx) return c;
  const data = ctx.createImageData(img.width, img.height);
  for (let i = 0; i < img.width * img.height; i++) {
    for (let ch = 0; ch < 3; ch++) {
      const v = img.pixels[i * img.channels + (img.channels === 3 ? ch : 0)] ?? 0;
      data.data[i * 4 + ch] = Math.round(255 * Math.min(1, Math.max(0, v)));
    }
    data.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
  return c;
}

function sameGenome(a: Float32Array | null, b: Float32Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class PatternArena implements Arena {
  private readonly task: PatternTask;
  private readonly bark: Phaser.GameObjects.Image;
  /** The bark's one 64-px tile; `layout` tiles it over the whole world. */
  private readonly barkTile: HTMLCanvasElement;
  private readonly moths = new Map<
    number,
    { img: Phaser.GameObjects.Image; x: number; y: number; chosen: boolean; genome: Float32Array | null; slot: number }
  >();
  private readonly layer: Phaser.GameObjects.Container;
  private state: ArenaState | null = null;
  private width: number;
  private height: number;
  private tile = 96;
  private glitchMs = 0;
  private readonly atlas: PortraitAtlas;

  constructor(
    private readonly scene: Phaser.Scene,
    config: PatternConfig,
    spec: NetworkSpec,
    private readonly callbacks: ArenaCallbacks,
  ) {
    const t = createPatternTask(config, spec);
    if (!t.ok) throw new Error(t.error.message);
    this.task = t.value;
    this.width = scene.scale.width;
    this.height = scene.scale.height;
    this.barkTile = imageCanvas(this.task.targetImage(64));
    // An Image of a canvas tiled here, not a TileSprite: under the Canvas renderer Phaser's TileSprite
    // makes a texture of its own that its destroy leaves in the texture manager, full size, for good.
    this.bark = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0);
    this.layer = scene.add.container(0, 0);
    this.atlas = new PortraitAtlas(scene, 'moth-atlas', 128, 32);
    this.layout();
  }

  private layout(): void {
    // One bark tile per moth-sized cell; the texture is 64 px, scaled to the tile.
    this.tile = Math.max(72, Math.min(140, Math.floor(Math.min(this.width / 5, this.height / 3.4))));
    this.paintBark();
  }

  /** The bark over the whole world, one 64-px tile per cell of `tile` px, from the top left. */
  private paintBark(): void {
    const width = Math.max(1, Math.ceil(this.width));
    const height = Math.max(1, Math.ceil(this.height));
    const { canvas, ctx } = cpuCanvas(width, height);
    if (ctx)
      for (let y = 0; y < height; y += this.tile)
        for (let x = 0; x < width; x += this.tile) ctx.drawImage(this.barkTile, x, y, this.tile, this.tile);
    const textures = this.scene.textures;
    this.bark.setTexture('__DEFAULT');
    if (textures.exists(BARK_KEY)) textures.remove(BARK_KEY);
    textures.addCanvas(BARK_KEY, canvas);
    this.bark.setTexture(BARK_KEY);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.layout();
    if (this.state) this.rebuild(this.state);
  }

  setState(state: ArenaState): void {
    const idsChanged = state.mode === 'evolve' && state.creatures.some((c) => !this.moths.has(c.id));
    const rebuild =
      !this.state || idsChanged || state.generationKey !== this.state.generationKey || state.mode !== this.state.mode;
    const prev = this.state;
    this.state = state;
    if (state.glitch && !prev?.glitch) this.glitchMs = 900;
    if (rebuild) {
      this.rebuild(state);
      return;
    }
    if (state.mode === 'train' && state.trainee) this.paintTrainee(state.trainee.genome);
    const repaint = state.mode === 'evolve' && prev !== null && state.version !== prev.version;
    for (const c of state.creatures) {
      const m = this.moths.get(c.id);
      if (m && repaint && !sameGenome(m.genome, c.genome)) {
        this.atlas.drawCreature(m.slot, 'moth', this.task.skin(c.genome, SKIN_RES));
        m.genome = c.genome.slice();
      }
      if (!m || m.chosen === c.chosen) continue;
      m.chosen = c.chosen;
      this.scene.tweens.add({
        targets: m.img,
        alpha: c.chosen ? 0.18 : 1,
        // Relative to the moth's size on its tile (frames are 128 px): un-picked, it is its old size again.
        scale: (this.tile / 128) * (c.chosen ? 0.7 : 1),
        duration: reducedMotion() ? 0 : 180,
      });
    }
  }

  private clearMoths(): void {
    this.layer.removeAll(true);
    this.moths.clear();
  }

  /** Cells of the tile grid, in a seeded shuffle, for moths to rest on (aligned with the bark). */
  private cells(count: number, seed: number): { x: number; y: number }[] {
    const cols = Math.max(1, Math.floor(this.width / this.tile));
    const rows = Math.max(1, Math.floor(this.height / this.tile));
    const all: { x: number; y: number }[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) all.push({ x: (c + 0.5) * this.tile, y: (r + 0.5) * this.tile });
    const rnd = new Phaser.Math.RandomDataGenerator([String(seed)]);
    rnd.shuffle(all);
    return all.slice(0, count);
  }

  private rebuild(state: ArenaState): void {
    this.clearMoths();
    if (state.mode === 'train' && state.trainee) {
      this.paintTrainee(state.trainee.genome);
      return;
    }
    const cells = this.cells(state.creatures.length, state.generationKey);
    state.creatures.forEach((c, i) => {
      const cell = cells[i % Math.max(1, cells.length)] ?? { x: this.width / 2, y: this.height / 2 };
      const frame = this.atlas.drawCreature(i, 'moth', this.task.skin(c.genome, SKIN_RES));
      const img = this.scene.add.image(cell.x, cell.y, this.atlas.key, frame).setDisplaySize(this.tile, this.tile);
      img.setInteractive({ useHandCursor: true, pixelPerfect: false });
      img.on('pointerdown', () => this.callbacks.tapCreature(c.id));
      img.setAlpha(c.chosen ? 0.18 : 1);
      this.layer.add(img);
      this.moths.set(c.id, { img, x: cell.x, y: cell.y, chosen: c.chosen, genome: c.genome.slice(), slot: i });
      // A soft arrival: moths flutter in.
      img.setScale(img.scaleX * 0.6);
      this.scene.tweens.add({
        targets: img,
        scale: this.tile / 128,
        duration: reducedMotion() ? 0 : 260,
        delay: reducedMotion() ? 0 : i * 25,
        ease: 'Back.Out',
      });
    });
  }

  private paintTrainee(genome: Float32Array): void {
    const size = Math.floor(Math.min(this.width, this.height) * 0.62);
    creatureTexture(this.scene, TRAINEE_KEY, 'moth', this.task.skin(genome, 48), 256);
    let img = this.moths.get(-1)?.img;
    if (!img) {
      img = this.scene.add.image(this.width / 2, this.height / 2, TRAINEE_KEY);
      this.layer.add(img);
      this.moths.set(-1, { img, x: this.width / 2, y: this.height / 2, chosen: false, genome: null, slot: -1 });
    } else img.setTexture(TRAINEE_KEY);
    img.setDisplaySize(size, size).setPosition(this.width / 2, this.height / 2);
  }

  update(dtMs: number): void {
    this.atlas.flush();
    if (this.glitchMs <= 0) return;
    this.glitchMs -= dtMs;
    const shake = this.glitchMs > 0 ? 8 : 0;
    for (const m of this.moths.values()) {
      m.img.x = m.x + (Math.random() - 0.5) * shake;
      m.img.y = m.y + (Math.random() - 0.5) * shake;
      m.img.setTint(this.glitchMs > 0 && Math.random() < 0.5 ? 0xff66cc : 0xffffff);
    }
  }

  creatureAt(id: number): { x: number; y: number; r: number } | null {
    const m = this.moths.get(id);
    return m ? { x: m.x, y: m.y, r: m.img.displayWidth / 2 } : null;
  }

  destroy(): void {
    this.clearMoths();
    this.atlas.destroy();
    this.layer.destroy();
    this.bark.destroy();
    // The world's own textures go with it (the soak counts the textures a visit leaves behind).
    for (const key of [BARK_KEY, TRAINEE_KEY]) if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
  }
}
