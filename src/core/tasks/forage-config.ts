/**
 * The forage task's world, as plain JSON a level can carry: the arena, its walls, food and hazards,
 * the creature's body and its ray sensors. `validateForageConfig` checks one at the border and names
 * the field that is wrong; everything after it trusts the config.
 *
 * Units: lengths in arena units (the arena spans [0, width] × [0, height]); time in ticks (one fixed
 * step each); angles in radians; speeds in units per tick; turn rates in radians per tick.
 *
 * Network inputs, in this order (see `forageInputSize`):
 *   for each ray k = 0 … rays.count − 1 (angle θ_k from −fov/2 to +fov/2, ascending), for each
 *   channel in `rays.channels` order: closeness = 1 − distance/range, 0 when nothing within range;
 *   then the energy in [0, 1] when `energy.enabled`; then a constant 1 (bias).
 * Outputs: turn (× maxTurn radians this tick; positive = towards positive θ) and thrust (−1 = stop,
 * +1 = full speed), each clamped to [−1, 1].
 */
import { MAX_LAYER_SIZE } from '../network';
import { err, ok, type Result } from '../result';
import { rayOffsets } from './forage-geometry';

export type ForageChannel = 'food' | 'wall' | 'hazard';
export const FORAGE_CHANNELS: readonly ForageChannel[] = ['food', 'wall', 'hazard'];

/** An axis-aligned inner wall; (x, y) is its corner with the smallest coordinates. */
export interface ForageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ForagePoint {
  readonly x: number;
  readonly y: number;
}

export interface ForageConfig {
  /** Arena size in units; the border is always a wall. */
  readonly width: number;
  readonly height: number;
  /** Inner walls (may be empty). */
  readonly boxes: readonly ForageBox[];
  readonly food: {
    readonly count: number;
    readonly radius: number;
    /** Eaten food reappears at once at a seeded random place; otherwise it is gone. */
    readonly respawn: boolean;
    /** Moving food: units per tick in a seeded direction, bouncing off walls (0 = still). */
    readonly speed: number;
    /** Fixed starting places (count of them); when absent they are seeded. Respawns are always seeded. */
    readonly positions?: readonly ForagePoint[];
  };
  readonly hazards: {
    readonly count: number;
    readonly radius: number;
    /** Fixed centres (count of them); when absent the centres are placed from `layoutSeed`. */
    readonly positions?: readonly ForagePoint[];
  };
  /** Seed of the fixed layout (hazard placement); evaluation seeds place food and the creature. */
  readonly layoutSeed: number;
  readonly ticks: number;
  readonly rays: {
    readonly count: number;
    /** Field of view in radians, 0 < fov ≤ 2π, rays spread evenly across it. */
    readonly fov: number;
    /** Sensing range in units. */
    readonly range: number;
    readonly channels: readonly ForageChannel[];
  };
  readonly creature: {
    readonly radius: number;
    /** Units per tick at thrust +1. */
    readonly maxSpeed: number;
    /** Radians per tick at turn ±1 (< π/2). */
    readonly maxTurn: number;
    /** Fraction of the gap to the thrust's target speed closed each tick, in (0, 1]. */
    readonly acceleration: number;
  };
  readonly energy: {
    /** Energy in [0, 1] is simulated and fed to the network as an input. */
    readonly enabled: boolean;
    /** Energy lost per tick, plus thrustCost × (thrust + 1)/2. */
    readonly drainPerTick: number;
    readonly thrustCost: number;
    readonly foodGain: number;
    /** Energy lost per tick of contact with a hazard. */
    readonly hazardCost: number;
    /** A creature whose energy reaches 0 stops for good. */
    readonly starve: boolean;
  };
  /** fitness = eaten − hazardWeight × touches + survivalWeight × (ticks alive / ticks). */
  readonly fitness: {
    readonly hazardWeight: number;
    readonly survivalWeight: number;
  };
  /** Mirror every position and direction, x → width − x (a level's mirrored variant; symmetry tests). */
  readonly mirrorX?: boolean;
}

/**
 * The benchmark world of issue 3 §8, fixed so figures stay comparable: an 800×600 walled arena,
 * 30 respawning pellets, 8 hazards, 7 rays over 120° with range 200 and 3 channels, energy input
 * and bias: 7·3 + 1 + 1 = 23 inputs; 1,000 ticks.
 */
export const BENCH_FORAGE_CONFIG: ForageConfig = {
  width: 800,
  height: 600,
  boxes: [],
  food: { count: 30, radius: 5, respawn: true, speed: 0 },
  hazards: { count: 8, radius: 22 },
  layoutSeed: 20261129,
  ticks: 1000,
  rays: { count: 7, fov: (2 * Math.PI) / 3, range: 200, channels: ['food', 'wall', 'hazard'] },
  creature: { radius: 8, maxSpeed: 4, maxTurn: 0.2, acceleration: 0.25 },
  energy: {
    enabled: true,
    drainPerTick: 0.001,
    thrustCost: 0.001,
    foodGain: 0.25,
    hazardCost: 0.1,
    starve: false,
  },
  fitness: { hazardWeight: 1, survivalWeight: 0 },
};

/** The brain of the benchmark world: 23-12-2, tanh throughout (turn and thrust in [−1, 1]). */
export const BENCH_FORAGE_SPEC = { layers: [23, 12, 2], activations: ['tanh', 'tanh'] } as const;

/** Inputs the network needs for this config: rays × channels (+ energy) + bias. */
export function forageInputSize(c: ForageConfig): number {
  return c.rays.count * c.rays.channels.length + (c.energy.enabled ? 1 : 0) + 1;
}

/** Outputs: turn and thrust. */
export const FORAGE_OUTPUTS = 2;

export interface ForageConfigError {
  readonly code: 'bad-forage-config';
  /** Dotted path of the wrong field, e.g. "rays.fov". */
  readonly field: string;
  readonly message: string;
}

function bad(field: string, message: string): Result<ForageConfig, ForageConfigError> {
  return err({ code: 'bad-forage-config', field, message: `${field}: ${message}` });
}

function num(v: unknown, lo: number, hi: number): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
}

function int(v: unknown, lo: number, hi: number): boolean {
  return num(v, lo, hi) && Number.isInteger(v);
}

/** Checks a config read from a level; the error names the first wrong field. */
export function validateForageConfig(c: ForageConfig): Result<ForageConfig, ForageConfigError> {
  if (!num(c.width, 50, 10000)) return bad('width', 'a number from 50 to 10000');
  if (!num(c.height, 50, 10000)) return bad('height', 'a number from 50 to 10000');
  if (!Array.isArray(c.boxes) || c.boxes.length > 32) return bad('boxes', 'a list of at most 32 boxes');
  for (let i = 0; i < c.boxes.length; i++) {
    const b = c.boxes[i] as ForageBox;
    const inside =
      num(b.x, 0, c.width) &&
      num(b.y, 0, c.height) &&
      num(b.width, 1, c.width - b.x) &&
      num(b.height, 1, c.height - b.y);
    if (!inside) return bad(`boxes[${i}]`, 'x, y, width, height of a box inside the arena');
  }
  if (!int(c.food?.count, 0, 500)) return bad('food.count', 'an integer from 0 to 500');
  if (!num(c.food.radius, 0.5, 100)) return bad('food.radius', 'a number from 0.5 to 100');
  if (typeof c.food.respawn !== 'boolean') return bad('food.respawn', 'true or false');
  if (!num(c.food.speed, 0, 20)) return bad('food.speed', 'a number from 0 to 20');
  const fp = c.food.positions;
  if (fp !== undefined) {
    if (!Array.isArray(fp) || fp.length !== c.food.count) return bad('food.positions', 'one point per pellet');
    for (let i = 0; i < fp.length; i++) {
      const p = fp[i] as ForagePoint;
      if (!num(p.x, 0, c.width) || !num(p.y, 0, c.height)) return bad(`food.positions[${i}]`, 'a point in the arena');
    }
  }
  if (!int(c.hazards?.count, 0, 200)) return bad('hazards.count', 'an integer from 0 to 200');
  if (!num(c.hazards.radius, 0.5, 200)) return bad('hazards.radius', 'a number from 0.5 to 200');
  const ps = c.hazards.positions;
  if (ps !== undefined) {
    if (!Array.isArray(ps) || ps.length !== c.hazards.count) return bad('hazards.positions', 'one point per hazard');
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i] as ForagePoint;
      if (!num(p.x, 0, c.width) || !num(p.y, 0, c.height))
        return bad(`hazards.positions[${i}]`, 'a point in the arena');
    }
  }
  if (!int(c.layoutSeed, 0, 4294967295)) return bad('layoutSeed', 'an integer from 0 to 2^32 − 1');
  if (!int(c.ticks, 1, 100000)) return bad('ticks', 'an integer from 1 to 100000');
  if (!int(c.rays?.count, 1, 32)) return bad('rays.count', 'an integer from 1 to 32');
  if (!num(c.rays.fov, 0.01, 2 * Math.PI)) return bad('rays.fov', 'radians in (0, 2π]');
  if (!num(c.rays.range, 1, 10000)) return bad('rays.range', 'a number from 1 to 10000');
  const ch = c.rays.channels;
  if (!Array.isArray(ch) || ch.length < 1 || ch.length > 3) return bad('rays.channels', '1 to 3 of food, wall, hazard');
  for (let i = 0; i < ch.length; i++) {
    if (!FORAGE_CHANNELS.includes(ch[i] as ForageChannel) || ch.indexOf(ch[i] as ForageChannel) !== i) {
      return bad(`rays.channels[${i}]`, 'food, wall or hazard, each at most once');
    }
  }
  if (forageInputSize(c) > MAX_LAYER_SIZE) {
    return bad('rays.count', `rays × channels + energy + bias is at most ${MAX_LAYER_SIZE} network inputs`);
  }
  const cr = c.creature;
  if (!num(cr?.radius, 0.5, 100)) return bad('creature.radius', 'a number from 0.5 to 100');
  if (!num(cr.maxSpeed, 0, 100)) return bad('creature.maxSpeed', 'a number from 0 to 100');
  if (!num(cr.maxTurn, 0, 1.5)) return bad('creature.maxTurn', 'radians per tick from 0 to 1.5');
  if (!num(cr.acceleration, 0.001, 1)) return bad('creature.acceleration', 'a number in (0, 1]');
  const e = c.energy;
  if (typeof e?.enabled !== 'boolean') return bad('energy.enabled', 'true or false');
  if (!num(e.drainPerTick, 0, 1)) return bad('energy.drainPerTick', 'a number from 0 to 1');
  if (!num(e.thrustCost, 0, 1)) return bad('energy.thrustCost', 'a number from 0 to 1');
  if (!num(e.foodGain, 0, 1)) return bad('energy.foodGain', 'a number from 0 to 1');
  if (!num(e.hazardCost, 0, 1)) return bad('energy.hazardCost', 'a number from 0 to 1');
  if (typeof e.starve !== 'boolean') return bad('energy.starve', 'true or false');
  if (!num(c.fitness?.hazardWeight, 0, 100)) return bad('fitness.hazardWeight', 'a number from 0 to 100');
  if (!num(c.fitness.survivalWeight, 0, 1000)) return bad('fitness.survivalWeight', 'a number from 0 to 1000');
  if (c.mirrorX !== undefined && typeof c.mirrorX !== 'boolean') return bad('mirrorX', 'true or false');
  return ok(c);
}

/** The same world mirrored left to right (x → width − x for everything, seeded placements included). */
export function mirrorForageConfig(c: ForageConfig): ForageConfig {
  return { ...c, mirrorX: !(c.mirrorX ?? false) };
}

/** Names of the outputs, in order (for the brain view). */
export const FORAGE_OUTPUT_LABELS: readonly string[] = ['turn', 'thrust'];

/**
 * A short name for each network input, in order (for the brain view): "ray −60° food", …,
 * "energy", "bias". Angles are relative to the heading, positive towards positive turn.
 */
export function forageInputLabels(c: ForageConfig): string[] {
  const n = c.rays.count;
  const theta = new Float64Array(n);
  rayOffsets(n, c.rays.fov, theta, new Float64Array(n), new Float64Array(n));
  const labels: string[] = [];
  for (let k = 0; k < n; k++) {
    const deg = Math.round(((theta[k] as number) * 180) / Math.PI);
    for (const ch of c.rays.channels) labels.push(`ray ${deg === 0 ? 0 : deg}° ${ch}`);
  }
  if (c.energy.enabled) labels.push('energy');
  labels.push('bias');
  return labels;
}
