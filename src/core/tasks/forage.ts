/**
 * The forage task: a creature with ray sensors steers (turn, thrust) in a 2-D arena of walls, food
 * and hazards on a fixed time step (see forage-config.ts for the world and the network's inputs).
 *
 * Fitness = food eaten − hazardWeight × hazard touches + survivalWeight × (ticks alive / ticks),
 * evaluated ALONE: the creature runs in its own fresh copy of the world made from the seed (the
 * same seed gives every creature the same food and start), so fitness depends only on genome,
 * config and seed, to the bit, and a population may be split by index range (`fitnessMany`)
 * with identical results. Range: [−hazardWeight·ticks, maxFood + survivalWeight] where maxFood =
 * food.count without respawn and food.count·(ticks + 1) with it (a loose bound: a good forager on
 * the benchmark world eats a few dozen pellets in 1,000 ticks; see `teacherFitness`).
 * SHARED arenas (many creatures in one world, for display and the class race) are `ForageArena`
 * in forage-arena.ts.
 *
 * Training is imitation: the loss is MSE between the network's (turn, thrust) and the teacher's on
 * the teacher's examples (`trainingSet`), a player's demonstration or DAgger labels (forage-teacher.ts).
 */
import { forwardAt } from '../forward';
import { forwardSparseRowsAt, SparseFirstLayer } from '../forwardSparse';
import type { Dataset, LossKind } from '../loss';
import { Network, type NetworkSpec, type Weights } from '../network';
import { err, ok, type Result } from '../result';
import { BENCH_FORAGE_SPEC, FORAGE_OUTPUTS, forageInputSize, validateForageConfig } from './forage-config';
import type { ForageConfig, ForageConfigError } from './forage-config';
import { detAtan2 } from './forage-geometry';
import { ForageSim } from './forage-sim';
import { runTeacher, teacherDataset, type TeacherRun } from './forage-teacher';
import { specFits, type Evaluation, type Phenotype, type Task } from './task';

/** Teacher episodes in `trainingSet` (ticks examples each). */
export const TEACHER_EPISODES = 3;

export class ForageTask implements Task {
  readonly kind = 'forage' as const;
  readonly config: ForageConfig;
  readonly network: Network;
  readonly fitnessRange: readonly [number, number];
  readonly lossKind: LossKind = 'mse';
  /** The creature's world for alone evaluations (reused; not re-entrant). */
  readonly sim: ForageSim;
  private readonly action = new Float64Array(FORAGE_OUTPUTS);
  /** The running genome's first layer, prepared for the sparse pass. */
  private readonly firstLayer: SparseFirstLayer;

  /** Trusts its arguments; use `createForageTask` for a config read from a level. */
  constructor(config: ForageConfig, spec: NetworkSpec = defaultForageSpec(config)) {
    this.config = config;
    this.network = new Network(spec);
    this.firstLayer = new SparseFirstLayer(this.network);
    this.sim = new ForageSim(config, 1);
    const c = config;
    const maxFood = c.food.respawn ? c.food.count * (c.ticks + 1) : c.food.count;
    this.fitnessRange = [-c.fitness.hazardWeight * c.ticks, maxFood + c.fitness.survivalWeight];
  }

  /** Runs the genome at genome[gOff…] alone in the world of `seed` for config.ticks ticks. No allocation. */
  private run(genome: Weights, gOff: number, seed: number, path: Float32Array | null): void {
    const sim = this.sim;
    const net = this.network;
    const action = this.action;
    const ticks = this.config.ticks;
    sim.reset(seed, 1);
    // Most ray readings are 0 (nothing within range): the sparse pass skips them, same bits.
    const first = this.firstLayer;
    const sparse = first.load(net, genome, gOff);
    for (let t = 0; t < ticks; t++) {
      sim.sense(0);
      if (sparse) forwardSparseRowsAt(net, first, genome, gOff, sim.inputs, 0, action, 0);
      else forwardAt(net, genome, gOff, sim.inputs, 0, action, 0);
      sim.actFrom(0, action, 0);
      sim.endTick();
      if (path) this.recordPath(path, t);
    }
  }

  private recordPath(path: Float32Array, t: number): void {
    const sim = this.sim;
    const w = sim.world;
    // Back to arena coordinates (x in [0, width], y in [0, height]).
    path[3 * t] = (sim.x[0] as number) + w.halfWidth;
    path[3 * t + 1] = (sim.y[0] as number) + w.halfHeight;
    path[3 * t + 2] = detAtan2(sim.hy[0] as number, sim.hx[0] as number);
  }

  fitness(genome: Weights, gOff: number, seed: number): number {
    this.run(genome, gOff, seed, null);
    return this.sim.fitnessOf(0);
  }

  /**
   * Fitness of genomes from..to−1 of a population stored back to back (paramCount each) into
   * out[from..to): each alone with the same seed, so any split by index range gives the same bits.
   */
  fitnessMany(genomes: Weights, from: number, to: number, seed: number, out: Float64Array | Float32Array): void {
    const P = this.network.paramCount;
    for (let i = from; i < to; i++) out[i] = this.fitness(genomes, i * P, seed);
  }

  evaluate(genome: Weights, seed: number): Evaluation {
    this.run(genome, 0, seed, null);
    return { fitness: this.sim.fitnessOf(0), details: this.details() };
  }

  private details(): Record<string, number> {
    const s = this.sim;
    return {
      eaten: s.eaten[0] as number,
      hazardsTouched: s.touched[0] as number,
      ticksAlive: s.aliveTicks[0] as number,
      energy: s.energy[0] as number,
    };
  }

  /** The path (arena x, y and heading in radians after every tick), food eaten, hazards touched. */
  phenotype(genome: Weights, seed: number): Phenotype {
    const ticks = this.config.ticks;
    const path = new Float32Array(3 * ticks);
    this.run(genome, 0, seed, path);
    return {
      kind: 'forage',
      ticks,
      path,
      eaten: this.sim.eaten[0] as number,
      hazardsTouched: this.sim.touched[0] as number,
    };
  }

  /** The teacher's demonstrations over TEACHER_EPISODES runs from `seed`: sensors → (turn, thrust). */
  trainingSet(seed: number): Dataset {
    return teacherDataset(this.config, seed, TEACHER_EPISODES);
  }

  /** What the teacher scores alone in the world of `seed` (the yardstick for levels and tests). */
  teacherFitness(seed: number): TeacherRun {
    return runTeacher(this.sim, seed, null, new Float64Array(2));
  }
}

/** The default brain for a config: inputs-12-2, tanh (the benchmark's 23-12-2 on its world). */
export function defaultForageSpec(config: ForageConfig): NetworkSpec {
  return {
    layers: [forageInputSize(config), BENCH_FORAGE_SPEC.layers[1], FORAGE_OUTPUTS],
    activations: ['tanh', 'tanh'],
  };
}

export interface ForageTaskError {
  readonly code: 'bad-forage-config' | 'bad-network';
  readonly field: string;
  readonly message: string;
}

/** A task from a level's config and network spec, checked: the error names the wrong field. */
export function createForageTask(
  config: ForageConfig,
  spec?: NetworkSpec,
): Result<ForageTask, ForageTaskError | ForageConfigError> {
  const checked = validateForageConfig(config);
  if (!checked.ok) return checked;
  const s = spec ?? defaultForageSpec(config);
  if (!specFits(s, forageInputSize(config), FORAGE_OUTPUTS)) {
    return err({
      code: 'bad-network',
      field: 'network.layers',
      message: `network.layers: the forage world needs ${forageInputSize(config)} inputs and ${FORAGE_OUTPUTS} outputs`,
    });
  }
  try {
    return ok(new ForageTask(config, s));
  } catch (e) {
    return err({ code: 'bad-network', field: 'network', message: `network: ${(e as Error).message}` });
  }
}
