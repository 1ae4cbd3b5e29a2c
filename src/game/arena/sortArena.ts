/**
 * The sort world: berries that differ in colour and spikes; some are tasty, some make you sick.
 * A creature's phenotype is its taste map — which berries it would eat — drawn as a plate under it
 * (blue: eats, orange: leaves it). Evolve: tap the tasters with the best plates. Train: one big
 * taste map with the berries on it, the true boundary dashed.
 *
 * Two valleys on one brain ("Don't forget": one output head per valley): the plate is the valley map
 * (core/tasks/valleyMap.ts), each side read from its own valley's head, with both valleys' berries.
 */
import type * as Phaser from 'phaser';
import type { NetworkSpec } from '../../core/network';
import { createSortTask, type SortConfig, type SortTask } from '../../core/tasks/sort';
import { valleyMap, valleyOwners, valleyRule } from '../../core/tasks/valleyMap';
import { PortraitAtlas } from '../art/atlas';
import { cpuCanvas } from '../art/canvas';
import { solidSkin } from '../art/creature';
import { genomeColour } from '../art/genomeColour';
import type { Arena, ArenaCallbacks, ArenaState } from './types';

const EAT = [0x3b, 0x82, 0xf6] as const;
const AVOID = [0xf5, 0x9e, 0x0b] as const;

/**
 * The plate's pixels: eat-probabilities from orange to blue, the rule's edge in white. With two
 * valleys (`valley`: which valley each cell is in) an edge is drawn only inside one valley: where the
 * valleys meet the two rules differ, but that is the valleys' border, not a boundary of either rule.
 */
function tasteCanvas(
  map: Float32Array,
  res: number,
  rule: Float32Array | null,
  valley: Uint8Array | null = null,
): HTMLCanvasElement {
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
        const i = r * res + col;
        const differs = (j: number): boolean => rule[i] !== rule[j] && (!valley || valley[i] === valley[j]);
        const edge = (col + 1 < res && differs(i + 1)) || (r + 1 < res && differs(i + res));
        if (edge) for (let ch = 0; ch < 3; ch++) img.data[o + ch] = 253;
      }
    }
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

export class SortArena implements Arena {
  private readonly task: SortTask;
  /** The second valley's task when its head and its side of the map differ from the first's, else null. */
  private readonly second: SortTask | null;
  /** Which valley each cell of the plate is in (two valleys only). */
  private readonly valley: Uint8Array | null;
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
    secondConfig: SortConfig | null = null,
  ) {
    const t = createSortTask(config, spec);
    if (!t.ok) throw new Error(t.error.message);
    this.task = t.value;
    const second = secondConfig ? createSortTask(secondConfig, spec) : null;
    const rule = second?.ok ? valleyRule(this.task, second.value) : null;
    this.second = rule && second?.ok ? second.value : null;
    this.rule = rule ?? this.task.ruleMap();
    this.valley = this.second ? valleyOwners(this.task, this.second) : null;
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

  /** The creature's taste map: the valley map with two valleys, else the task's own phenotype. */
  private tasteMap(genome: Float32Array): { map: Float32Array; resolution: number; valley: Uint8Array | null } | null {
    if (this.second) return valleyMap(this.task, this.second, genome, 0);
    const ph = this.task.phenotype(genome, 0);
    return ph.kind === 'sort' ? { map: ph.map, resolution: ph.resolution, valley: null } : null;
  }

  private plate(key: string, genome: Float32Array, withRule: boolean): string {
    const ph = this.tasteMap(genome);
    if (!ph) return key;
    if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    this.scene.textures.addCanvas(key, tasteCanvas(ph.map, ph.resolution, withRule ? this.rule : null, ph.valley));
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
      const ph = this.tasteMap(c.genome);
      const plateFrame = ph ? this.plates.drawCanvas(i, tasteCanvas(ph.map, ph.resolution, null, ph.valley)) : '0';
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
    const valleys = this.second ? [this.task, this.second] : [this.task];
    const perValley = Math.floor(160 / valleys.length);
    this.drawBorder(dots, x, y, size);
    for (const task of valleys) this.drawBerries(dots, task, perValley, x, y, size);
    this.objects.push(plate, dots);
    this.spots.set(-1, { x, y, ring: null });
  }

  /** The border between the two valleys on the plate: a dark line along every cell edge where they meet. */
  private drawBorder(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
    const valley = this.valley;
    if (!valley) return;
    const res = Math.round(Math.sqrt(valley.length));
    const cell = size / res;
    const left = x - size / 2;
    const top = y - size / 2;
    g.lineStyle(4, 0x14213d, 0.9);
    for (let r = 0; r < res; r++) {
      for (let c = 0; c < res; c++) {
        const i = r * res + c;
        // Row 0 is the lowest feature value, drawn at the bottom.
        const py = top + (res - 1 - r) * cell;
        if (c + 1 < res && valley[i] !== valley[i + 1])
          g.lineBetween(left + (c + 1) * cell, py, left + (c + 1) * cell, py + cell);
        if (r + 1 < res && valley[i] !== valley[i + res]) g.lineBetween(left + c * cell, py, left + (c + 1) * cell, py);
      }
    }
  }

  /** Up to `count` of a task's berries on the plate: good ones as rings, bad ones as triangles. */
  private drawBerries(
    dots: Phaser.GameObjects.Graphics,
    task: SortTask,
    count: number,
    x: number,
    y: number,
    size: number,
  ): void {
    const data = task.trainingSet(this.itemSeed);
    const [fx, fy] = this.config.mapFeatures ?? [0, 1];
    const nF = this.config.features.length;
    const k = task.network.outputSize;
    for (let i = 0; i < Math.min(data.count, count); i++) {
      const u = data.inputs[i * nF + fx] as number;
      const v = data.inputs[i * nF + fy] as number;
      const px = x + (u * size) / 2;
      const py = y - (v * size) / 2;
      if ((data.targets[i * k + task.head] as number) > 0.5) {
        dots.fillStyle(0x14213d, 1).fillCircle(px, py, 6);
        dots.fillStyle(0xfdf6e3, 1).fillCircle(px, py, 3.5);
      } else {
        dots.fillStyle(0x14213d, 1).fillTriangle(px, py - 7, px - 6, py + 5, px + 6, py + 5);
      }
    }
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
