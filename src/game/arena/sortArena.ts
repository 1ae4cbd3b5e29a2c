/**
 * The sort world: berries that differ in colour and spikes; some are tasty, some make you sick.
 * A creature's phenotype is its taste map — which berries it would eat — drawn as a plate under it
 * (blue: eats, orange: leaves it). Evolve: tap the tasters with the best plates. Train: one big
 * taste map with the berries on it, the true boundary dashed.
 */
import type * as Phaser from 'phaser';
import type { NetworkSpec } from '../../core/network';
import { createSortTask, type SortConfig, type SortTask } from '../../core/tasks/sort';
import { PortraitAtlas } from '../art/atlas';
import { cpuCanvas } from '../art/canvas';
import { solidSkin } from '../art/creature';
import { genomeColour } from '../art/genomeColour';
import type { Arena, ArenaCallbacks, ArenaState } from './types';

const EAT = [0x3b, 0x82, 0xf6] as const;
const AVOID = [0xf5, 0x9e, 0x0b] as const;

function tasteCanvas(map: Float32Array, res: number, rule: Float32Array | null): HTMLCanvasElement {
  const { canvas: c, ctx } = cpuCanvas(res, res);
  if (!ctx) return c;
  const img = ctx.createImageData(res, res);
  for (let r = 0; r < res; r++) {
    for (let col = 0; col < res; col++) {
      // Row 0 of the map is the lowest feature value: draw it at the bottom.
      const p = map[r * res + col] as number;
      const o = ((res - 1 - r) * res + col) * 4;
      const t = Math.min(1, Math.max(0, p));
      for (let ch = 0; ch < 3; ch++) img.data[o + ch] = Math.round(AVOID[ch]! * (1 - t) + EAT[ch]! * t);
      img.data[o + 3] = 255;
      if (rule) {
        const edge =
          (col + 1 < res && rule[r * res + col] !== rule[r * res + col + 1]) ||
          (r + 1 < res && rule[r * res + col] !== rule[(r + 1) * res + col]);
        if (edge) for (let ch = 0; ch < 3; ch++) img.data[o + ch] = 253;
      }
    }
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

export class SortArena implements Arena {
  private readonly task: SortTask;
  private readonly rule: Float32Array;
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly spots = new Map<number, { x: number; y: number; ring: Phaser.GameObjects.Rectangle | null }>();
  private readonly keys: string[] = [];
  private readonly bodies: PortraitAtlas;
  private readonly plates: PortraitAtlas;
  private state: ArenaState | null = null;
  private width: number;
  private height: number;
  private glitchMs = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly config: SortConfig,
    spec: NetworkSpec,
    private readonly callbacks: ArenaCallbacks,
    private readonly itemSeed: number,
  ) {
    const t = createSortTask(config, spec);
    if (!t.ok) throw new Error(t.error.message);
    this.task = t.value;
    this.rule = this.task.ruleMap();
    this.width = scene.scale.width;
    this.height = scene.scale.height;
    this.bodies = new PortraitAtlas(scene, 'taster-atlas', 96, 32);
    this.plates = new PortraitAtlas(scene, 'plate-atlas', 64, 32);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    if (this.state) this.rebuild(this.state);
  }

  setState(state: ArenaState): void {
    const prev = this.state;
    this.state = state;
    if (state.glitch && !prev?.glitch) this.glitchMs = 900;
    const fresh =
      !prev || prev.generationKey !== state.generationKey || prev.mode !== state.mode || prev.version !== state.version;
    if (fresh) this.rebuild(state);
    else for (const c of state.creatures) this.spots.get(c.id)?.ring?.setVisible(c.chosen);
  }

  private clear(): void {
    for (const o of this.objects) o.destroy();
    this.objects.length = 0;
    this.spots.clear();
    for (const k of this.keys) if (this.scene.textures.exists(k)) this.scene.textures.remove(k);
    this.keys.length = 0;
  }

  private plate(key: string, genome: Float32Array, withRule: boolean): string {
    const ph = this.task.phenotype(genome, 0);
    if (ph.kind !== 'sort') return key;
    if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    this.scene.textures.addCanvas(key, tasteCanvas(ph.map, ph.resolution, withRule ? this.rule : null));
    this.keys.push(key);
    return key;
  }

  private rebuild(state: ArenaState): void {
    this.clear();
    if (state.mode === 'train' && state.trainee) {
      this.buildTrainee(state.trainee.genome);
      return;
    }
    const n = state.creatures.length;
    const cols = Math.ceil(Math.sqrt((n * this.width) / Math.max(1, this.height)));
    const rows = Math.ceil(n / cols);
    const cw = this.width / cols;
    const ch = this.height / rows;
    const size = Math.min(cw, ch) * 0.78;
    state.creatures.forEach((c, i) => {
      const x = (i % cols) * cw + cw / 2;
      const y = Math.floor(i / cols) * ch + ch / 2;
      const ph = this.task.phenotype(c.genome, 0);
      const plateFrame = ph.kind === 'sort' ? this.plates.drawCanvas(i, tasteCanvas(ph.map, ph.resolution, null)) : '0';
      const plate = this.scene.add
        .image(x, y + size * 0.12, this.plates.key, plateFrame)
        .setDisplaySize(size * 0.78, size * 0.6);
      const [r, g, b] = genomeColour(c.genome);
      const bodyFrame = this.bodies.drawCreature(i, 'taster', solidSkin(r, g, b));
      const body = this.scene.add
        .image(x, y - size * 0.3, this.bodies.key, bodyFrame)
        .setDisplaySize(size * 0.42, size * 0.42);
      const ring = this.scene.add
        .rectangle(x, y, size * 0.95, size * 0.95)
        .setStrokeStyle(5, 0xffb703)
        .setVisible(c.chosen);
      const hit = this.scene.add.zone(x, y, size, size).setInteractive({ useHandCursor: true });
      hit.on('pointerdown', () => this.callbacks.tapCreature(c.id));
      this.objects.push(plate, body, ring, hit);
      this.spots.set(c.id, { x, y, ring });
    });
  }

  private buildTrainee(genome: Float32Array): void {
    const size = Math.min(this.width, this.height) * 0.8;
    const x = this.width / 2;
    const y = this.height / 2;
    const key = this.plate('plate-trainee', genome, true);
    const plate = this.scene.add.image(x, y, key).setDisplaySize(size, size);
    const dots = this.scene.add.graphics();
    const data = this.task.trainingSet(this.itemSeed);
    const [fx, fy] = this.config.mapFeatures ?? [0, 1];
    const nF = this.config.features.length;
    const k = this.task.network.outputSize;
    for (let i = 0; i < Math.min(data.count, 160); i++) {
      const u = data.inputs[i * nF + fx] as number;
      const v = data.inputs[i * nF + fy] as number;
      const px = x + (u * size) / 2;
      const py = y - (v * size) / 2;
      if ((data.targets[i * k + this.task.head] as number) > 0.5) {
        dots.fillStyle(0x14213d, 1).fillCircle(px, py, 6);
        dots.fillStyle(0xfdf6e3, 1).fillCircle(px, py, 3.5);
      } else {
        dots.fillStyle(0x14213d, 1).fillTriangle(px, py - 7, px - 6, py + 5, px + 6, py + 5);
      }
    }
    this.objects.push(plate, dots);
    this.spots.set(-1, { x, y, ring: null });
  }

  update(dtMs: number): void {
    this.bodies.flush();
    this.plates.flush();
    if (this.glitchMs <= 0) return;
    this.glitchMs -= dtMs;
    const cam = this.camera();
    if (this.glitchMs > 0) cam?.setScroll((Math.random() - 0.5) * 10, (Math.random() - 0.5) * 10);
    else cam?.setScroll(0, 0);
  }

  /**
   * The scene's main camera, or undefined once the scene is shutting down: Phaser takes its cameras
   * down before the scene's own shutdown listeners (where the arena is destroyed) run.
   */
  private camera(): Phaser.Cameras.Scene2D.Camera | undefined {
    return this.scene.cameras?.main;
  }

  creatureAt(id: number): { x: number; y: number } | null {
    const s = this.spots.get(id);
    return s ? { x: s.x, y: s.y } : null;
  }

  destroy(): void {
    this.clear();
    this.bodies.destroy();
    this.plates.destroy();
    this.camera()?.setScroll(0, 0);
  }
}
