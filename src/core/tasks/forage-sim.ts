/**
 * The forage simulation on a fixed time step: creatures (position, heading, speed, energy) in one
 * ForageWorld. Two ways to use it, both supported:
 *
 * - ALONE (this is fitness): one creature per world; `reset(seed, 1)`, then per tick
 *   sense(0) → brain → act(0, turn, thrust) → endTick(). Every creature of a generation is run in
 *   its own fresh copy of the world from the same seed, so its fitness depends only on its genome
 *   and the seed (and a population can be split between workers by index range).
 * - SHARED (display, the class race): `reset(seed, count)` puts `count` creatures in one world;
 *   each tick sense all, think all, act all in index order (the lower index eats a contested pellet
 *   first), then endTick(). Creatures do not collide with or sense each other.
 *
 * One tick of act(i): turn the heading by turn·maxTurn radians (a rotation by sin δ and √(1 − sin²δ),
 * then renormalised); relax the speed towards maxSpeed·(thrust + 1)/2 by `acceleration`; move;
 * stay inside the walls; overlapping a hazard (the lowest index, if several) pushes the creature
 * just outside it, stops it and costs hazardCost energy every tick of contact, and counts one touch
 * when a contact begins (pressing on is not a new touch); every pellet it overlaps is eaten (ascending
 * index, so respawns draw the seeded stream in a fixed order). Coordinates are centred (see
 * forage-world.ts). No allocation after construction.
 */
import type { ForageConfig } from './forage-config';
import { forageInputSize } from './forage-config';
import { SIN_3, SIN_5, SIN_7, SIN_9, SIN_11, SIN_13 } from './forage-geometry';
import type { CircleGrid } from './forage-grid';
import { NearbyCircles } from './forage-nearby';
import { RaySensors } from './forage-sensors';
import { ForageWorld } from './forage-world';

/** How far outside a hazard's edge a touching creature is put back (units), so it does not re-touch by rounding. */
const HAZARD_PUSH = 0.01;

export class ForageSim {
  readonly config: ForageConfig;
  readonly world: ForageWorld;
  readonly sensors: RaySensors;
  readonly capacity: number;
  readonly inputSize: number;
  /** Creatures in play since the last reset. */
  count = 0;
  /** Ticks run since the last reset. */
  tick = 0;
  /** Centred position (units), unit heading vector, speed (units per tick), energy in [0, 1]. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly hx: Float64Array;
  readonly hy: Float64Array;
  readonly speed: Float64Array;
  readonly energy: Float64Array;
  readonly eaten: Int32Array;
  readonly touched: Int32Array;
  readonly aliveTicks: Int32Array;
  readonly alive: Uint8Array;
  /** 1 while touching a hazard: a touch counts when contact begins, not every tick of it. */
  readonly inContact: Uint8Array;
  /** Each creature's last sensed network input (count × inputSize), and last clamped action. */
  readonly inputs: Float64Array;
  readonly turn: Float64Array;
  readonly thrust: Float64Array;
  private readonly overlapFood: Int32Array;
  /** Candidate lists for the collisions: pellets and hazards near the creature (forage-nearby.ts). */
  private readonly foodNear: NearbyCircles;
  private readonly hazardNear: NearbyCircles;
  private readonly pending = new Float64Array(2);
  /**
   * Creature radius and the border limits of its centre (half-width − radius, half-height − radius).
   * Read from a Float64Array so V8 keeps the positions they clamp unboxed: integer sizes (the usual
   * case) would be small-integer values, and mixing them into a double variable boxes it.
   */
  private readonly body: Float64Array;

  constructor(config: ForageConfig, capacity = 1) {
    this.config = config;
    this.world = new ForageWorld(config);
    this.sensors = new RaySensors(config);
    this.capacity = capacity;
    this.inputSize = forageInputSize(config);
    this.x = new Float64Array(capacity);
    this.y = new Float64Array(capacity);
    this.hx = new Float64Array(capacity);
    this.hy = new Float64Array(capacity);
    this.speed = new Float64Array(capacity);
    this.energy = new Float64Array(capacity);
    this.eaten = new Int32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.aliveTicks = new Int32Array(capacity);
    this.alive = new Uint8Array(capacity);
    this.inContact = new Uint8Array(capacity);
    this.inputs = new Float64Array(capacity * this.inputSize);
    this.turn = new Float64Array(capacity);
    this.thrust = new Float64Array(capacity);
    this.overlapFood = new Int32Array(Math.max(1, config.food.count));
    this.foodNear = new NearbyCircles(config.food.count, config.food.radius + config.creature.radius);
    this.hazardNear = new NearbyCircles(config.hazards.count, config.hazards.radius + config.creature.radius);
    const r = config.creature.radius;
    this.body = Float64Array.of(r, config.width / 2 - r, config.height / 2 - r);
  }

  /** A fresh world from `seed` with `count` creatures at seeded free places and headings. */
  reset(seed: number, count = 1): void {
    if (count < 0 || count > this.capacity) throw new RangeError(`count ${count} is outside 0…${this.capacity}`);
    const w = this.world;
    w.reset(seed);
    this.count = count;
    this.tick = 0;
    const r = this.config.creature.radius;
    for (let i = 0; i < count; i++) {
      w.randomFreePoint(r + 4);
      this.x[i] = w.pointX;
      this.y[i] = w.pointY;
      w.randomDirection();
      this.hx[i] = w.pointX;
      this.hy[i] = w.pointY;
      this.speed[i] = 0;
      this.energy[i] = 1;
      this.eaten[i] = 0;
      this.touched[i] = 0;
      this.aliveTicks[i] = 0;
      this.alive[i] = 1;
      this.inContact[i] = 0;
      this.turn[i] = 0;
      this.thrust[i] = 0;
    }
  }

  /** Puts creature i at centred (x, y) heading along (hx, hy) (normalised), at rest (for the game and tests). */
  placeCreature(i: number, x: number, y: number, hx: number, hy: number): void {
    const n = Math.sqrt(hx * hx + hy * hy);
    this.x[i] = x;
    this.y[i] = y;
    this.hx[i] = n > 0 ? hx / n : 1;
    this.hy[i] = n > 0 ? hy / n : 0;
    this.speed[i] = 0;
  }

  /** Fills creature i's input row: ray closeness values, energy (if enabled), bias 1. */
  sense(i: number): void {
    const off = i * this.inputSize;
    const s = this.sensors;
    s.cast(this.world, i, this.x, this.y, this.hx, this.hy, this.inputs, off);
    let j = off + s.count * s.channels;
    if (this.config.energy.enabled) this.inputs[j++] = this.energy[i] as number;
    this.inputs[j] = 1;
  }

  /** One tick of creature i's body given its turn and thrust in [−1, 1] (clamped; NaN counts as 0). */
  act(i: number, turn: number, thrust: number): void {
    this.pending[0] = turn;
    this.pending[1] = thrust;
    this.actFrom(i, this.pending, 0);
  }

  /**
   * `act` with the action read from actions[off] (turn) and actions[off + 1] (thrust): the hot path
   * (V8 boxes double arguments of calls it does not inline; arrays and integers pass free).
   */
  actFrom(i: number, actions: Float64Array | Float32Array, off: number): void {
    if (this.alive[i] === 0) return;
    const cfg = this.config;
    const cr = cfg.creature;
    const turnIn = actions[off] as number;
    const thrustIn = actions[off + 1] as number;
    const turn = turnIn > 1 ? 1 : turnIn < -1 ? -1 : turnIn === turnIn ? turnIn : 0;
    const thrust = thrustIn > 1 ? 1 : thrustIn < -1 ? -1 : thrustIn === thrustIn ? thrustIn : 0;
    this.turn[i] = turn;
    this.thrust[i] = thrust;

    // Heading: rotate by δ = turn·maxTurn, then renormalise (keeps |h| = 1 against drift).
    // sin δ is sinSmall's polynomial written out (|δ| ≤ 1.5 < π/2; the same bits as sinApprox,
    // tested): a call V8 does not inline would box its double result every tick.
    const delta = turn * cr.maxTurn;
    const delta2 = delta * delta;
    let p = SIN_13;
    p = p * delta2 + SIN_11;
    p = p * delta2 + SIN_9;
    p = p * delta2 + SIN_7;
    p = p * delta2 + SIN_5;
    p = p * delta2 + SIN_3;
    const s = delta + delta * delta2 * p;
    const c = Math.sqrt(1 - s * s);
    const h0x = this.hx[i] as number;
    const h0y = this.hy[i] as number;
    let hx = h0x * c - h0y * s;
    let hy = h0x * s + h0y * c;
    const norm = Math.sqrt(hx * hx + hy * hy);
    hx /= norm;
    hy /= norm;
    this.hx[i] = hx;
    this.hy[i] = hy;

    const power = (thrust + 1) * 0.5;
    let speed = this.speed[i] as number;
    speed += (cr.maxSpeed * power - speed) * cr.acceleration;
    let energy = this.energy[i] as number;
    const en = cfg.energy;
    if (en.enabled) energy -= en.drainPerTick + en.thrustCost * power;

    const w = this.world;
    const r = cr.radius;
    this.x[i] = (this.x[i] as number) + hx * speed;
    this.y[i] = (this.y[i] as number) + hy * speed;
    this.keepOutOfWalls(i);

    // Hazards: the lowest-index one overlapping counts (an order-free choice, so mirrors agree).
    const hit = this.touchedHazard(i);
    if (hit >= 0) {
      const x = this.x[i];
      const y = this.y[i];
      const hcx = w.hazardX[hit] as number;
      const hcy = w.hazardY[hit] as number;
      const reach = w.hazardRadius + r + HAZARD_PUSH;
      const dx = x - hcx;
      const dy = y - hcy;
      const d = Math.sqrt(dx * dx + dy * dy);
      this.x[i] = d > 0 ? hcx + dx * (reach / d) : hcx - hx * reach;
      this.y[i] = d > 0 ? hcy + dy * (reach / d) : hcy - hy * reach;
      // A level may put a hazard near a wall: the push never takes the body into one.
      this.keepOutOfWalls(i);
      speed = 0;
      if (this.inContact[i] === 0) this.touched[i] = (this.touched[i] as number) + 1;
      if (en.enabled) energy -= en.hazardCost;
    }
    this.inContact[i] = hit >= 0 ? 1 : 0;

    const ate = this.eatOverlapping(i);
    if (ate > 0) {
      this.eaten[i] = (this.eaten[i] as number) + ate;
      if (en.enabled) energy += en.foodGain * ate;
    }
    if (energy > 1) energy = 1;
    if (energy <= 0) {
      energy = 0;
      if (en.enabled && en.starve) {
        this.alive[i] = 0;
        speed = 0;
      }
    }
    this.energy[i] = energy;
    this.speed[i] = speed;
    if (this.alive[i] !== 0) this.aliveTicks[i] = (this.aliveTicks[i] as number) + 1;
  }

  /**
   * Pushes creature i's body out of the inner boxes (to the nearest point of the box edge at one
   * radius; a centre inside a box leaves by the side of least depth, x sides first on a tie… then
   * the top), then clamps it inside the border.
   */
  private keepOutOfWalls(i: number): void {
    const w = this.world;
    const r = this.body[0] as number;
    const bx = w.boxes;
    let x = this.x[i] as number;
    let y = this.y[i] as number;
    for (let b = 0; b < w.boxCount; b++) {
      const o = 4 * b;
      const x0 = bx[o] as number;
      const y0 = bx[o + 1] as number;
      const x1 = bx[o + 2] as number;
      const y1 = bx[o + 3] as number;
      const qx = Math.min(Math.max(x, x0), x1);
      const qy = Math.min(Math.max(y, y0), y1);
      const dx = x - qx;
      const dy = y - qy;
      const d2 = dx * dx + dy * dy;
      if (d2 >= r * r) continue;
      if (d2 > 0) {
        const k = r / Math.sqrt(d2);
        x = qx + dx * k;
        y = qy + dy * k;
        continue;
      }
      // Centre inside: leave by the shallowest side (mirror pairs left/right compared exactly).
      const left = x - x0;
      const right = x1 - x;
      const down = y - y0;
      const up = y1 - y;
      const side = left < right ? left : right;
      const vertical = down < up ? down : up;
      if (side < vertical) x = left < right ? x0 - r : left > right ? x1 + r : x;
      if (side >= vertical || left === right) y = down < up ? y0 - r : y1 + r;
    }
    const limX = this.body[1] as number;
    const limY = this.body[2] as number;
    if (x > limX) x = limX;
    else if (x < -limX) x = -limX;
    if (y > limY) y = limY;
    else if (y < -limY) y = -limY;
    this.x[i] = x;
    this.y[i] = y;
  }

  /** The lowest index of a hazard overlapping creature i, or −1. */
  private touchedHazard(i: number): number {
    const x = this.x[i] as number;
    const y = this.y[i] as number;
    const w = this.world;
    const reach = w.hazardRadius + this.config.creature.radius;
    const reach2 = reach * reach;
    const near = this.hazardNear;
    near.update(w.hazardGrid, 0, w.hazardX, w.hazardY, this.x, this.y, i);
    const list = near.items;
    let found = -1;
    for (let j = 0; j < near.length; j++) {
      const h = list[j] as number;
      const dx = x - (w.hazardX[h] as number);
      const dy = y - (w.hazardY[h] as number);
      if (dx * dx + dy * dy < reach2 && (found < 0 || h < found)) found = h;
    }
    return found;
  }

  /**
   * Creature i eats every active pellet it overlaps, in ascending index; returns how many. The
   * candidates come from the pellet list while the food grid is fresh; after a pellet was eaten this
   * tick (another creature of a shared arena) from the grid as it stands, as before the lists.
   */
  private eatOverlapping(i: number): number {
    const w = this.world;
    let n = 0;
    if (w.foodFresh) {
      const near = this.foodNear;
      near.update(w.foodGrid, w.foodVersion, w.foodX, w.foodY, this.x, this.y, i);
      const list = near.items;
      for (let j = 0; j < near.length; j++) n = this.overlapPellet(i, list[j] as number, n);
    } else {
      const g = w.foodGrid;
      coverCircle(g, this.x[i] as number, this.y[i] as number, w.foodRadius + this.config.creature.radius);
      for (let row = g.r0; row <= g.r1; row++) {
        for (let col = g.c0; col <= g.c1; col++) {
          const cell = row * g.cols + col;
          const end = g.cellStart[cell + 1] as number;
          for (let j = g.cellStart[cell] as number; j < end; j++) n = this.overlapPellet(i, g.items[j] as number, n);
        }
      }
    }
    const list = this.overlapFood;
    for (let k = 0; k < n; k++) w.eatFood(list[k] as number);
    return n;
  }

  /** If pellet f is active and overlaps creature i, inserts it into overlapFood[0 … n] in ascending order; returns the new count. */
  private overlapPellet(i: number, f: number, n: number): number {
    const w = this.world;
    if (w.foodActive[f] === 0) return n;
    const reach = w.foodRadius + this.config.creature.radius;
    const dx = (this.x[i] as number) - (w.foodX[f] as number);
    const dy = (this.y[i] as number) - (w.foodY[f] as number);
    if (dx * dx + dy * dy >= reach * reach) return n;
    // Insertion keeps the list ascending (it is almost always 0 or 1 long).
    const list = this.overlapFood;
    let k = n;
    while (k > 0 && (list[k - 1] as number) > f) {
      list[k] = list[k - 1] as number;
      k--;
    }
    list[k] = f;
    return n + 1;
  }

  /** End of a tick for the whole world (moving food, grid refresh). */
  endTick(): void {
    this.world.update();
    this.tick++;
  }

  /** Fitness of creature i so far: eaten − hazardWeight·touches + survivalWeight·aliveTicks/ticks. */
  fitnessOf(i: number): number {
    const f = this.config.fitness;
    const survival = f.survivalWeight > 0 ? (f.survivalWeight * (this.aliveTicks[i] as number)) / this.config.ticks : 0;
    return (this.eaten[i] as number) - f.hazardWeight * (this.touched[i] as number) + survival;
  }
}

/** Sets the grid's cell range to cover a circle (plus 1 unit for rounding). Kept tiny so it inlines. */
function coverCircle(g: CircleGrid, x: number, y: number, reach: number): void {
  const q = g.query;
  q[0] = x - reach - 1;
  q[1] = y - reach - 1;
  q[2] = x + reach + 1;
  q[3] = y + reach + 1;
  g.cover();
}
