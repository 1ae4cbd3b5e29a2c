/**
 * The forage world: a walled pond with food (yellow) and hazards (purple). Evolve: the whole
 * population swims in one shared arena, each creature steered by its own brain; tap creatures to
 * pick parents. Train: the trainee swims alone, its feelers drawn; with "show it yourself" the
 * player steers it (arrow keys or the on-screen stick) and every moment becomes an example.
 */
import type * as Phaser from 'phaser';
import type { NetworkSpec } from '../../core/network';
import { ForageArena as ForageSimArena } from '../../core/tasks/forage-arena';
import type { ForageConfig } from '../../core/tasks/forage-config';
import type { DemoRecorder } from '../../core/tasks/forage-demo';
import { PortraitAtlas } from '../art/atlas';
import { solidSkin } from '../art/creature';
import { genomeColour } from '../art/genomeColour';
import { Joystick } from './joystick';
import type { Arena, ArenaCallbacks, ArenaState } from './types';

/** Simulation ticks per second of play: 2 a frame at 60 fps, the same speed at 30 fps (Turbo, a Run). */
const TICKS_PER_SECOND = 120;
/** At most this many ticks in one frame, so a stalled frame does not jump the creatures across the pond. */
const MAX_TICKS_PER_FRAME = 8;
const MAX_CREATURES = 32;

export class ForageArena implements Arena {
  private readonly sim: ForageSimArena;
  private readonly floor: Phaser.GameObjects.Graphics;
  private readonly food: Phaser.GameObjects.Graphics;
  private readonly rays: Phaser.GameObjects.Graphics;
  private readonly bodies: Phaser.GameObjects.Image[] = [];
  private readonly rings: Phaser.GameObjects.Arc[] = [];
  private readonly positions = new Float64Array(MAX_CREATURES * 3);
  private genomes = new Float32Array(0);
  private ids: number[] = [];
  private state: ArenaState | null = null;
  private scale = 1;
  private ox = 0;
  private oy = 0;
  private tick = 0;
  /** Play time not yet simulated, in ticks (fractional). */
  private tickDebt = 0;
  private seed = 1;
  private glitchMs = 0;
  private driving: DemoRecorder | null = null;
  private readonly joystick: Joystick;
  private readonly atlas: PortraitAtlas;
  private readonly cursors: Phaser.Types.Input.Keyboard.CursorKeys | null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly config: ForageConfig,
    spec: NetworkSpec,
    private readonly callbacks: ArenaCallbacks,
  ) {
    this.sim = new ForageSimArena(config, spec, MAX_CREATURES);
    this.floor = scene.add.graphics();
    this.food = scene.add.graphics();
    this.rays = scene.add.graphics();
    this.joystick = new Joystick(scene);
    this.atlas = new PortraitAtlas(scene, 'forager-atlas', 64, MAX_CREATURES);
    this.cursors = scene.input.keyboard ? scene.input.keyboard.createCursorKeys() : null;
    scene.input.on('pointerdown', this.onPointer);
    this.resize(scene.scale.width, scene.scale.height);
  }

  /** While a recorder is given, the player steers the trainee and each tick is recorded. */
  setDriving(recorder: DemoRecorder | null): void {
    this.driving = recorder;
    this.joystick.setVisible(recorder !== null);
    if (!recorder) this.sim.drive(-1, 0, 0, null);
  }

  resize(width: number, height: number): void {
    const margin = 16;
    this.scale = Math.min((width - 2 * margin) / this.config.width, (height - 2 * margin) / this.config.height);
    this.ox = (width - this.config.width * this.scale) / 2;
    this.oy = (height - this.config.height * this.scale) / 2;
    this.joystick.place(90, height - 90);
    this.drawFloor();
  }

  private drawFloor(): void {
    const g = this.floor;
    const s = this.scale;
    g.clear();
    g.fillStyle(0x1d3b4f, 1).fillRoundedRect(this.ox, this.oy, this.config.width * s, this.config.height * s, 18);
    g.lineStyle(6, 0x7fb7be, 1).strokeRoundedRect(this.ox, this.oy, this.config.width * s, this.config.height * s, 18);
    for (const b of this.config.boxes) {
      g.fillStyle(0x7fb7be, 1).fillRoundedRect(this.ox + b.x * s, this.oy + b.y * s, b.width * s, b.height * s, 6);
    }
  }

  setState(state: ArenaState): void {
    const prev = this.state;
    this.state = state;
    if (state.glitch && !prev?.glitch) this.glitchMs = 900;
    const fresh = !prev || prev.generationKey !== state.generationKey || prev.mode !== state.mode;
    const list = state.mode === 'train' && state.trainee ? [state.trainee] : state.creatures;
    const n = Math.min(MAX_CREATURES, list.length);
    const P = this.sim.network.paramCount;
    if (this.genomes.length !== n * P) this.genomes = new Float32Array(n * P);
    for (let i = 0; i < n; i++) this.genomes.set((list[i] as { genome: Float32Array }).genome, i * P);
    this.ids = list.slice(0, n).map((c) => c.id);
    this.sim.setGenomes(this.genomes, n);
    if (fresh) {
      this.seed = (state.generationKey * 7919 + 17) >>> 0;
      this.sim.init(this.seed);
      this.tick = 0;
      this.makeBodies(list.slice(0, n));
    }
    state.creatures.forEach((c, i) => {
      const ring = this.rings[i];
      if (ring && state.mode === 'evolve') ring.setVisible(c.chosen);
    });
  }

  /** Bodies for the creatures, reusing the display objects already made (only their look is redrawn). */
  private makeBodies(list: readonly { id: number; genome: Float32Array }[]): void {
    const size = Math.max(30, 3.2 * this.config.creature.radius * this.scale);
    while (this.bodies.length < list.length) {
      const i = this.bodies.length;
      this.rings.push(
        this.scene.add
          .circle(0, 0, size * 0.75)
          .setStrokeStyle(4, 0xffb703)
          .setVisible(false),
      );
      this.bodies.push(this.scene.add.image(0, 0, this.atlas.key, String(i)));
    }
    this.bodies.forEach((img, i) => {
      const c = list[i];
      img.setVisible(c !== undefined);
      this.rings[i]?.setVisible(false).setRadius(size * 0.75);
      if (!c) return;
      const [r, g, b] = genomeColour(c.genome);
      this.atlas.drawCreature(i, 'blob', solidSkin(r, g, b));
      img.setDisplaySize(size, size);
    });
  }

  private readonly onPointer = (pointer: Phaser.Input.Pointer): void => {
    if (!this.state || this.state.mode !== 'evolve') return;
    const reach = Math.max(30, 2 * this.config.creature.radius * this.scale);
    let best = -1;
    let bestD = reach * reach;
    for (let i = 0; i < this.ids.length; i++) {
      const dx = this.ox + (this.positions[3 * i] as number) * this.scale - pointer.x;
      const dy = this.oy + (this.positions[3 * i + 1] as number) * this.scale - pointer.y;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) this.callbacks.tapCreature(this.ids[best] as number);
  };

  update(dtMs: number): void {
    this.atlas.flush();
    if (this.ids.length === 0) return;
    if (this.driving) {
      let turn = this.joystick.turn;
      let thrust = this.joystick.thrust;
      if (this.cursors) {
        if (this.cursors.left.isDown) turn = -1;
        if (this.cursors.right.isDown) turn = 1;
        if (this.cursors.up.isDown) thrust = 1;
        if (this.cursors.down.isDown) thrust = -1;
      }
      this.sim.drive(0, turn, thrust, this.driving);
    }
    this.tickDebt = Math.min(MAX_TICKS_PER_FRAME, this.tickDebt + (dtMs * TICKS_PER_SECOND) / 1000);
    const ticks = Math.floor(this.tickDebt);
    this.tickDebt -= ticks;
    for (let k = 0; k < ticks; k++) {
      this.sim.step();
      if (++this.tick >= this.config.ticks) {
        this.sim.init(++this.seed);
        this.tick = 0;
      }
    }
    this.sim.writePositions(this.positions);
    this.drawFoodAndRays();
    let shake = 0;
    if (this.glitchMs > 0) {
      this.glitchMs -= dtMs;
      shake = 6;
    }
    for (let i = 0; i < this.bodies.length; i++) {
      const x = this.ox + (this.positions[3 * i] as number) * this.scale + (Math.random() - 0.5) * shake;
      const y = this.oy + (this.positions[3 * i + 1] as number) * this.scale + (Math.random() - 0.5) * shake;
      const body = this.bodies[i] as Phaser.GameObjects.Image;
      body.setPosition(x, y).setRotation((this.positions[3 * i + 2] as number) + Math.PI / 2);
      this.rings[i]?.setPosition(x, y);
    }
  }

  private drawFoodAndRays(): void {
    const w = this.sim.sim.world;
    const s = this.scale;
    const g = this.food;
    g.clear();
    for (let h = 0; h < w.hazardCount; h++) {
      const x = this.ox + ((w.hazardX[h] as number) + w.halfWidth) * s;
      const y = this.oy + ((w.hazardY[h] as number) + w.halfHeight) * s;
      const r = w.hazardRadius * s;
      g.fillStyle(0x7b2cbf, 0.9).fillCircle(x, y, r);
      g.lineStyle(3, 0xc77dff, 1).strokeCircle(x, y, r);
    }
    g.fillStyle(0xffd60a, 1);
    for (let f = 0; f < w.foodCount; f++) {
      if (!w.foodActive[f]) continue;
      const x = this.ox + ((w.foodX[f] as number) + w.halfWidth) * s;
      const y = this.oy + ((w.foodY[f] as number) + w.halfHeight) * s;
      g.fillCircle(x, y, Math.max(3, w.foodRadius * s));
    }
    const r = this.rays;
    r.clear();
    if (this.state?.mode !== 'train' || this.ids.length === 0) return;
    const cfg = this.config.rays;
    const x0 = this.ox + (this.positions[0] as number) * s;
    const y0 = this.oy + (this.positions[1] as number) * s;
    const heading = this.positions[2] as number;
    r.lineStyle(2, 0xfdf6e3, 0.35);
    for (let k = 0; k < cfg.count; k++) {
      const a = heading - cfg.fov / 2 + (cfg.count === 1 ? cfg.fov / 2 : (k * cfg.fov) / (cfg.count - 1));
      r.lineBetween(x0, y0, x0 + Math.cos(a) * cfg.range * s, y0 + Math.sin(a) * cfg.range * s);
    }
  }

  creatureAt(id: number): { x: number; y: number } | null {
    const i = this.ids.indexOf(id);
    if (i < 0) return null;
    return {
      x: this.ox + (this.positions[3 * i] as number) * this.scale,
      y: this.oy + (this.positions[3 * i + 1] as number) * this.scale,
    };
  }

  destroy(): void {
    this.scene.input.off('pointerdown', this.onPointer);
    for (const b of this.bodies) b.destroy();
    for (const r of this.rings) r.destroy();
    this.floor.destroy();
    this.food.destroy();
    this.rays.destroy();
    this.joystick.destroy();
    this.atlas.destroy();
  }
}
