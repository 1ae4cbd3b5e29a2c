/**
 * A SHARED forage arena, stepped live: many creatures in one world, for the game's display, the
 * class race and the player's demonstrations. (Fitness is evaluated ALONE, in forage.ts.)
 *
 *   const arena = new ForageArena(config, spec, 200);
 *   arena.setGenomes(population, 200);  // count × paramCount, back to back
 *   arena.init(seed);
 *   each frame: arena.step();  then read arena.sim.x / y / hx / hy / inputs / eaten …
 *
 * One step: every creature senses, then every brain runs, then every body acts in index order
 * (lower index first on a contested pellet), then the world ends its tick. Positions in `sim` are
 * centred; `writePositions` gives arena coordinates for drawing. A creature may be driven by the
 * player (`drive`): its action comes from the player, and each (sensors → action) pair is appended
 * to the recorder, building a demonstration dataset.
 */
import { forwardAt } from '../forward';
import { Network, type NetworkSpec, type Weights } from '../network';
import type { ForageConfig } from './forage-config';
import { FORAGE_OUTPUTS } from './forage-config';
import type { DemoRecorder } from './forage-demo';
import { detAtan2 } from './forage-geometry';
import { ForageSim } from './forage-sim';

export class ForageArena {
  readonly sim: ForageSim;
  readonly network: Network;
  readonly capacity: number;
  /** The brains' last outputs, count × 2: turn, thrust. */
  readonly actions: Float64Array;
  private genomes: Weights;
  private count = 0;
  private driven = -1;
  private driveTurn = 0;
  private driveThrust = 0;
  private recorder: DemoRecorder | null = null;

  constructor(config: ForageConfig, spec: NetworkSpec, capacity: number) {
    this.sim = new ForageSim(config, capacity);
    this.network = new Network(spec);
    this.capacity = capacity;
    this.actions = new Float64Array(capacity * FORAGE_OUTPUTS);
    this.genomes = new Float32Array(0);
  }

  /** The brains: `count` genomes of paramCount weights each, back to back (not copied). */
  setGenomes(genomes: Weights, count: number): void {
    if (count > this.capacity || genomes.length < count * this.network.paramCount) {
      throw new RangeError(`need ${count} genomes of ${this.network.paramCount} weights, capacity ${this.capacity}`);
    }
    this.genomes = genomes;
    this.count = count;
  }

  /** A fresh world from `seed`, creatures at seeded places. */
  init(seed: number): void {
    this.sim.reset(seed, this.count);
  }

  /**
   * The player drives creature i (−1: nobody) with turn and thrust in [−1, 1]; with a recorder,
   * each step appends (sensors → the player's action) to it.
   */
  drive(i: number, turn: number, thrust: number, recorder: DemoRecorder | null = null): void {
    this.driven = i;
    // Clamped here so the recorded targets are actions the creature can take (tanh range).
    this.driveTurn = turn > 1 ? 1 : turn < -1 ? -1 : turn === turn ? turn : 0;
    this.driveThrust = thrust > 1 ? 1 : thrust < -1 ? -1 : thrust === thrust ? thrust : 0;
    this.recorder = recorder;
  }

  /** One tick for every creature. */
  step(): void {
    const sim = this.sim;
    const n = sim.count;
    const P = this.network.paramCount;
    const acts = this.actions;
    for (let i = 0; i < n; i++) sim.sense(i);
    for (let i = 0; i < n; i++) {
      if (i === this.driven) {
        acts[2 * i] = this.driveTurn;
        acts[2 * i + 1] = this.driveThrust;
        if (this.recorder) this.recorder.appendAction(sim.inputs, i * sim.inputSize, this.driveTurn, this.driveThrust);
      } else {
        forwardAt(this.network, this.genomes, i * P, sim.inputs, i * sim.inputSize, acts, 2 * i);
      }
    }
    for (let i = 0; i < n; i++) sim.actFrom(i, acts, 2 * i);
    sim.endTick();
  }

  /** Arena coordinates for drawing: out[3i…] = x in [0, width], y in [0, height], heading (radians). */
  writePositions(out: Float32Array | Float64Array): void {
    const sim = this.sim;
    const w = sim.world;
    for (let i = 0; i < sim.count; i++) {
      out[3 * i] = (sim.x[i] as number) + w.halfWidth;
      out[3 * i + 1] = (sim.y[i] as number) + w.halfHeight;
      out[3 * i + 2] = detAtan2(sim.hy[i] as number, sim.hx[i] as number);
    }
  }
}
