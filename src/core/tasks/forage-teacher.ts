/**
 * The teacher: a scripted expert that sees only what the creature's sensors see (so a network can
 * imitate it), and the datasets made from it.
 *
 * Policy, from one input row (rays k = 0 … n−1 at angles θ_k), a steering field:
 *   pull_k = FOOD_PULL·food_k⁴ + OPEN_PULL·(1 − max(wall_k, hazard_k)) − THREAT_PUSH·threat_k,
 *   threat_k = hazard_k² + wall_k³ (a wall only matters up close);
 *   desired direction = Σ_k pull_k·(cos θ_k, sin θ_k); turn = its angle / maxTurn (face it now);
 *   thrust = 1 − THRUST_BRAKE·(max threat ahead) − TURN_BRAKE·|angle|, clamped to [THRUST_FLOOR, 1]
 *   (it never stops dead: a creature at rest can spin between two readings for ever; on the
 *   benchmark world a floor of 0, i.e. half speed, ate 26 pellets per 1,000 ticks against 15 at −1).
 * So it steers to the nearest visible pellet (food⁴ lets the nearest dominate), away from hazards
 * and walls, and towards open space when it sees no food. The sums run in mirror pairs
 * (k with n−1−k), so the teacher is exactly mirror-equivariant: mirrored sensors give the negated
 * turn and the same thrust, bit for bit.
 *
 * Datasets: `teacherDataset` records the teacher driving (sensors → its action); `daggerExamples`
 * lets a network drive and records the teacher's action for each state the network visits (DAgger,
 * Ross et al. 2011). Both are MSE imitation targets for the outputs (turn, thrust).
 */
import type { Dataset } from '../loss';
import { forwardAt } from '../forward';
import type { Network, Weights } from '../network';
import type { ForageConfig } from './forage-config';
import { DemoRecorder } from './forage-demo';
import { detAtan2 } from './forage-geometry';
import type { RaySensors } from './forage-sensors';
import { ForageSim } from './forage-sim';

/** Weights of the steering field (see the file header). */
const FOOD_PULL = 6;
const OPEN_PULL = 0.4;
const THREAT_PUSH = 2;
/** Thrust lost per unit of threat straight ahead, and per radian of desired turn. */
const THRUST_BRAKE = 3;
const TURN_BRAKE = 0.6;
/** Lowest thrust the teacher uses (0 = half speed). */
const THRUST_FLOOR = 0;
/** Rays within this angle of straight ahead count as "ahead" for braking (radians). */
const AHEAD_ANGLE = 0.4;

function clampUnit(v: number): number {
  return v > 1 ? 1 : v < -1 ? -1 : v;
}

/** hazard² + wall³ of one ray's block at inputs[o…]: how much the teacher fears that direction. */
function threat(inputs: ArrayLike<number>, o: number, ws: number, hs: number): number {
  const h = hs >= 0 ? (inputs[o + hs] as number) : 0;
  const w = ws >= 0 ? (inputs[o + ws] as number) : 0;
  return h * h + w * w * w;
}

/** The pull of one ray: food⁴ (the nearest pellet dominates) + openness − threat. */
function pull(inputs: ArrayLike<number>, o: number, fs: number, ws: number, hs: number): number {
  const f = fs >= 0 ? (inputs[o + fs] as number) : 0;
  const f2 = f * f;
  const h = hs >= 0 ? (inputs[o + hs] as number) : 0;
  const w = ws >= 0 ? (inputs[o + ws] as number) : 0;
  const blocked = h > w ? h : w;
  return FOOD_PULL * f2 * f2 + OPEN_PULL * (1 - blocked) - THREAT_PUSH * threat(inputs, o, ws, hs);
}

/**
 * The teacher's action for the input row at inputs[off…]: writes turn to out[outOff] and thrust to
 * out[outOff + 1], each in [−1, 1]. `maxTurn` is the creature's radians per tick at turn 1.
 */
export function teacherAction(
  sensors: RaySensors,
  maxTurn: number,
  inputs: ArrayLike<number>,
  off: number,
  out: Float64Array | Float32Array,
  outOff: number,
): void {
  const n = sensors.count;
  const C = sensors.channels;
  const fs = sensors.foodSlot;
  const ws = sensors.wallSlot;
  const hs = sensors.hazardSlot;
  // Desired direction = Σ_k pull_k · (cos θ_k, sin θ_k), summed in mirror pairs (k, n−1−k).
  let fwd = 0;
  let lat = 0;
  let ahead = 0;
  for (let k = 0; k < n >> 1; k++) {
    const j = n - 1 - k;
    const pk = pull(inputs, off + k * C, fs, ws, hs);
    const pj = pull(inputs, off + j * C, fs, ws, hs);
    fwd += (pk + pj) * (sensors.cosK[k] as number);
    lat += (pj - pk) * (sensors.sinK[j] as number);
    if ((sensors.theta[j] as number) < AHEAD_ANGLE) {
      const tk = threat(inputs, off + k * C, ws, hs);
      const tj = threat(inputs, off + j * C, ws, hs);
      const t = tk > tj ? tk : tj;
      if (t > ahead) ahead = t;
    }
  }
  if ((n & 1) === 1) {
    const m = off + (n >> 1) * C;
    fwd += pull(inputs, m, fs, ws, hs);
    const t = threat(inputs, m, ws, hs);
    if (t > ahead) ahead = t;
  }
  const angle = lat === 0 ? 0 : detAtan2(lat, fwd);
  const absAngle = angle < 0 ? -angle : angle;
  out[outOff] = clampUnit(angle / maxTurn);
  out[outOff + 1] = Math.max(THRUST_FLOOR, clampUnit(1 - THRUST_BRAKE * ahead - TURN_BRAKE * absAngle));
}

/** What one teacher run produced. */
export interface TeacherRun {
  readonly eaten: number;
  readonly hazardsTouched: number;
  readonly fitness: number;
}

/**
 * Runs the teacher alone in the world of `seed` for config.ticks ticks, appending each
 * (sensors → teacher action) to `recorder` when given. Reuses `sim` (capacity ≥ 1).
 */
export function runTeacher(
  sim: ForageSim,
  seed: number,
  recorder: DemoRecorder | null,
  action: Float64Array,
): TeacherRun {
  const maxTurn = sim.config.creature.maxTurn;
  sim.reset(seed, 1);
  for (let t = 0; t < sim.config.ticks; t++) {
    sim.sense(0);
    teacherAction(sim.sensors, maxTurn, sim.inputs, 0, action, 0);
    if (recorder) recorder.appendAction(sim.inputs, 0, action[0] as number, action[1] as number);
    sim.actFrom(0, action, 0);
    sim.endTick();
  }
  return { eaten: sim.eaten[0] as number, hazardsTouched: sim.touched[0] as number, fitness: sim.fitnessOf(0) };
}

/** Seed of episode e of a dataset made from `seed` (episode 0 is the seed itself). */
export function episodeSeed(seed: number, e: number): number {
  return (seed + Math.imul(e, 0x9e3779b9)) >>> 0;
}

/** The teacher's examples over `episodes` runs (seeds from `episodeSeed`): sensors → (turn, thrust). */
export function teacherDataset(config: ForageConfig, seed: number, episodes = 3): Dataset {
  const sim = new ForageSim(config, 1);
  const rec = new DemoRecorder(sim.inputSize, 2, config.ticks * episodes);
  const action = new Float64Array(2);
  for (let e = 0; e < episodes; e++) runTeacher(sim, episodeSeed(seed, e), rec, action);
  return rec.toDataset();
}

/**
 * DAgger: the network (genome at genome[gOff…]) drives alone in the world of `seed`; every state it
 * visits is labelled with the teacher's action and appended to `recorder` (created when null).
 * `beta` in [0, 1] mixes control: the creature executes beta·teacher + (1 − beta)·network.
 */
export function daggerExamples(
  config: ForageConfig,
  net: Network,
  genome: Weights,
  gOff: number,
  seed: number,
  recorder: DemoRecorder | null = null,
  beta = 0,
): DemoRecorder {
  const sim = new ForageSim(config, 1);
  const rec = recorder ?? new DemoRecorder(sim.inputSize, 2, config.ticks);
  const label = new Float64Array(2);
  const out = new Float64Array(2);
  sim.reset(seed, 1);
  for (let t = 0; t < config.ticks; t++) {
    sim.sense(0);
    teacherAction(sim.sensors, config.creature.maxTurn, sim.inputs, 0, label, 0);
    rec.appendAction(sim.inputs, 0, label[0] as number, label[1] as number);
    forwardAt(net, genome, gOff, sim.inputs, 0, out, 0);
    const turn = beta * (label[0] as number) + (1 - beta) * (out[0] as number);
    const thrust = beta * (label[1] as number) + (1 - beta) * (out[1] as number);
    sim.act(0, turn, thrust);
    sim.endTick();
  }
  return rec;
}
