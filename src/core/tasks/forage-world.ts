/**
 * The forage arena: walls (the border and inner boxes), hazards (fixed circles) and food (circles
 * that are eaten, respawn at seeded places and may move). Creatures live in `forage-sim.ts`.
 *
 * Coordinates are centred: x' = x − width/2, y' = y − height/2 (arena units), and with `mirrorX`
 * every x' is negated. Negation is exact in floating point and every formula downstream is
 * symmetric under it, so a mirrored world runs exactly mirrored (tests check it bit for bit).
 *
 * Randomness: the hazard layout comes from `layoutSeed` (fixed per level); food placement, food
 * respawns and creature starts come from the evaluation seed given to `reset`.
 */
import { Rng } from '../rng';
import type { ForageConfig } from './forage-config';
import { CircleGrid } from './forage-grid';

/** How many random draws a placement tries before it accepts the last one. */
const PLACEMENT_TRIES = 64;

export class ForageWorld {
  readonly config: ForageConfig;
  readonly halfWidth: number;
  readonly halfHeight: number;
  /** +1, or −1 when the world is mirrored. */
  readonly mirror: number;
  /** Inner walls, 4 numbers each: x0, y0, x1, y1 (centred, x0 < x1, y0 < y1). */
  readonly boxes: Float64Array;
  readonly boxCount: number;

  readonly hazardCount: number;
  readonly hazardRadius: number;
  /** [hazardRadius], as an array so hot loops can read it without a double argument. */
  readonly hazardRadii: Float64Array;
  readonly hazardX: Float64Array;
  readonly hazardY: Float64Array;
  readonly hazardGrid: CircleGrid;

  readonly foodCount: number;
  readonly foodRadius: number;
  readonly foodRadii: Float64Array;
  readonly foodX: Float64Array;
  readonly foodY: Float64Array;
  /** Velocity of moving food, units per tick. */
  readonly foodVX: Float64Array;
  readonly foodVY: Float64Array;
  /** 1 while a pellet is in the arena, 0 once eaten (without respawn). */
  readonly foodActive: Uint8Array;
  readonly foodGrid: CircleGrid;

  /** The evaluation's random stream (food, respawns, creature starts). */
  readonly rng = new Rng(0);
  /** Output of `randomFreePoint`. */
  pointX = 0;
  pointY = 0;
  /** Counts changes of the food (placed, eaten, respawned, moved): sensors remake their lists when it changes. */
  foodVersion = 0;
  private foodDirty = true;

  constructor(config: ForageConfig) {
    this.config = config;
    const hw = config.width / 2;
    const hh = config.height / 2;
    this.halfWidth = hw;
    this.halfHeight = hh;
    this.mirror = config.mirrorX === true ? -1 : 1;
    this.boxCount = config.boxes.length;
    this.boxes = new Float64Array(4 * this.boxCount);
    for (let b = 0; b < this.boxCount; b++) {
      const box = config.boxes[b]!;
      const xa = this.mirror * (box.x - hw);
      const xb = this.mirror * (box.x + box.width - hw);
      this.boxes[4 * b] = xa < xb ? xa : xb;
      this.boxes[4 * b + 1] = box.y - hh;
      this.boxes[4 * b + 2] = xa < xb ? xb : xa;
      this.boxes[4 * b + 3] = box.y + box.height - hh;
    }
    const range = config.rays.range;
    // Cells as wide as the sensing range measured fastest on the benchmark world (range/2: +4 %,
    // range/3: +10 %, one cell, i.e. brute force: +22 %).
    const cell = Math.max(32, Math.min(range, Math.max(config.width, config.height)));

    this.hazardCount = config.hazards.count;
    this.hazardRadius = config.hazards.radius;
    this.hazardRadii = Float64Array.of(this.hazardRadius);
    this.hazardX = new Float64Array(this.hazardCount);
    this.hazardY = new Float64Array(this.hazardCount);
    this.hazardGrid = new CircleGrid(config.width, config.height, cell, this.hazardCount);
    this.placeHazards();

    this.foodCount = config.food.count;
    this.foodRadius = config.food.radius;
    this.foodRadii = Float64Array.of(this.foodRadius);
    this.foodX = new Float64Array(this.foodCount);
    this.foodY = new Float64Array(this.foodCount);
    this.foodVX = new Float64Array(this.foodCount);
    this.foodVY = new Float64Array(this.foodCount);
    this.foodActive = new Uint8Array(this.foodCount);
    this.foodGrid = new CircleGrid(config.width, config.height, cell, this.foodCount);
  }

  private placeHazards(): void {
    const c = this.config;
    const fixed = c.hazards.positions;
    const r = this.hazardRadius;
    const layout = new Rng(c.layoutSeed);
    for (let h = 0; h < this.hazardCount; h++) {
      if (fixed) {
        const p = fixed[h]!;
        this.hazardX[h] = this.mirror * (p.x - this.halfWidth);
        this.hazardY[h] = p.y - this.halfHeight;
        continue;
      }
      // Hazards keep clear of the walls and of each other (by a creature's width).
      const clearance = r + 2 * c.creature.radius + 4;
      let x = 0;
      let y = 0;
      for (let t = 0; t < PLACEMENT_TRIES; t++) {
        x = this.mirror * layout.range(-(this.halfWidth - clearance), this.halfWidth - clearance);
        y = layout.range(-(this.halfHeight - clearance), this.halfHeight - clearance);
        let free = !this.insideBox(x, y, clearance);
        for (let o = 0; o < h && free; o++) {
          const dx = x - (this.hazardX[o] as number);
          const dy = y - (this.hazardY[o] as number);
          if (dx * dx + dy * dy < (r + clearance) * (r + clearance)) free = false;
        }
        if (free) break;
      }
      this.hazardX[h] = x;
      this.hazardY[h] = y;
    }
    const all = new Uint8Array(this.hazardCount).fill(1);
    this.hazardGrid.build(this.hazardX, this.hazardY, all, this.hazardCount);
  }

  /** True when a circle of radius `margin` at (x, y) overlaps an inner box. */
  insideBox(x: number, y: number, margin: number): boolean {
    const bx = this.boxes;
    for (let b = 0; b < this.boxCount; b++) {
      const o = 4 * b;
      if (
        x > (bx[o] as number) - margin &&
        x < (bx[o + 2] as number) + margin &&
        y > (bx[o + 1] as number) - margin &&
        y < (bx[o + 3] as number) + margin
      ) {
        return true;
      }
    }
    return false;
  }

  /** True when (x, y) is at least `clearance` from every hazard's edge. */
  clearOfHazards(x: number, y: number, clearance: number): boolean {
    const reach = this.hazardRadius + clearance;
    for (let h = 0; h < this.hazardCount; h++) {
      const dx = x - (this.hazardX[h] as number);
      const dy = y - (this.hazardY[h] as number);
      if (dx * dx + dy * dy < reach * reach) return false;
    }
    return true;
  }

  /**
   * A seeded place for a circle of radius `radius`: inside the walls, outside boxes and hazards
   * (after PLACEMENT_TRIES failures the last draw is kept). Writes pointX, pointY.
   */
  randomFreePoint(radius: number): void {
    const rng = this.rng;
    const mx = this.halfWidth - radius - 1;
    const my = this.halfHeight - radius - 1;
    let x = 0;
    let y = 0;
    for (let t = 0; t < PLACEMENT_TRIES; t++) {
      x = this.mirror * rng.range(-mx, mx);
      y = rng.range(-my, my);
      if (!this.insideBox(x, y, radius + 1) && this.clearOfHazards(x, y, radius + 2)) break;
    }
    this.pointX = x;
    this.pointY = y;
  }

  /** A seeded unit vector (rejection in the unit disc), written to pointX, pointY. */
  randomDirection(): void {
    const rng = this.rng;
    let u = 1;
    let v = 0;
    let n2 = 1;
    for (let t = 0; t < PLACEMENT_TRIES; t++) {
      u = rng.range(-1, 1);
      v = rng.range(-1, 1);
      n2 = u * u + v * v;
      if (n2 > 1e-6 && n2 <= 1) break;
    }
    if (!(n2 > 1e-6)) {
      u = 1;
      v = 0;
      n2 = 1;
    }
    const inv = 1 / Math.sqrt(n2);
    this.pointX = this.mirror * u * inv;
    this.pointY = v * inv;
  }

  /** True while the food grid files every pellet where it is (false from a pellet eaten until the end of the tick). */
  get foodFresh(): boolean {
    return !this.foodDirty;
  }

  /** Starts an evaluation: reseeds the stream and places every pellet. */
  reset(seed: number): void {
    this.rng.reseed(seed);
    for (let i = 0; i < this.foodCount; i++) this.placeFood(i, true);
    this.foodDirty = true;
    this.refreshGrids();
  }

  private placeFood(i: number, first = false): void {
    const fixed = this.config.food.positions;
    if (first && fixed) {
      const p = fixed[i]!;
      this.foodX[i] = this.mirror * (p.x - this.halfWidth);
      this.foodY[i] = p.y - this.halfHeight;
    } else {
      this.randomFreePoint(this.foodRadius);
      this.foodX[i] = this.pointX;
      this.foodY[i] = this.pointY;
    }
    this.foodActive[i] = 1;
    const speed = this.config.food.speed;
    if (speed > 0) {
      this.randomDirection();
      this.foodVX[i] = this.pointX * speed;
      this.foodVY[i] = this.pointY * speed;
    }
  }

  /** Pellet i was eaten: it respawns at a seeded place, or leaves the arena. */
  eatFood(i: number): void {
    if (this.config.food.respawn) this.placeFood(i);
    else this.foodActive[i] = 0;
    this.foodDirty = true;
  }

  /** Puts pellet i at centred (x, y) and makes it active (for levels, the game and tests). */
  setFood(i: number, x: number, y: number): void {
    this.foodX[i] = x;
    this.foodY[i] = y;
    this.foodActive[i] = 1;
    this.foodDirty = true;
    this.refreshGrids();
  }

  /** End of a tick: moving food moves (bouncing off walls), and the food grid follows. */
  update(): void {
    if (this.config.food.speed > 0) {
      const lim = this.halfWidth - this.foodRadius;
      const limY = this.halfHeight - this.foodRadius;
      for (let i = 0; i < this.foodCount; i++) {
        if (this.foodActive[i] === 0) continue;
        const vx = this.foodVX[i] as number;
        const vy = this.foodVY[i] as number;
        const nx = (this.foodX[i] as number) + vx;
        const ny = (this.foodY[i] as number) + vy;
        const hitX = nx > lim || nx < -lim;
        const hitY = ny > limY || ny < -limY;
        if (hitX) this.foodVX[i] = -vx;
        if (hitY) this.foodVY[i] = -vy;
        if (hitX || hitY || this.insideBox(nx, ny, this.foodRadius)) {
          if (!hitX && !hitY) {
            this.foodVX[i] = -vx;
            this.foodVY[i] = -vy;
          }
          continue;
        }
        this.foodX[i] = nx;
        this.foodY[i] = ny;
      }
      this.foodDirty = true;
    }
    this.refreshGrids();
  }

  private refreshGrids(): void {
    if (!this.foodDirty) return;
    this.foodGrid.build(this.foodX, this.foodY, this.foodActive, this.foodCount);
    this.foodDirty = false;
    this.foodVersion++;
  }
}
