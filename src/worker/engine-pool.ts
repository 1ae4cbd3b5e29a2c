/**
 * The engine's worker pool as the game and the benchmarks use it: build a task in every worker,
 * then evaluate a generation, a landscape grid or a training run off the main thread. Each call
 * cuts its work into pieces for `WorkerPool` and merges the replies; results are the same bits
 * whatever the number of workers.
 *
 *   const pool = new EnginePool(portFactory, navigator.hardwareConcurrency);
 *   await pool.setTask(config, spec);
 *   const fitness = await pool.evaluate(genomes, 200, seed, { onProgress, signal });
 */
import type { NetworkSpec } from '../core/network';
import { err, ok, type Result } from '../core/result';
import type { TaskConfig } from '../core/tasks/registry';
import type { LandscapeSlice } from '../core/landscape';
import type { SliceGrid } from '../core/landscapeGrid';
import type { Dataset } from '../core/loss';
import type { DivergenceReason, TrainerConfig, TrainerStatus } from '../core/training/trainer';
import type { PortFactory } from './port';
import { WorkerPool, type JobOptions, type Piece, type PoolError, type PoolOptions } from './pool';
import type { EvaluateRequest, FitnessReply, InheritanceSettings, LandscapeRequest, TrainedReply } from './protocol';

export interface EvaluateOptions extends JobOptions {
  /** Lifetime learning and what is inherited; absent = Darwinian. */
  readonly inheritance?: InheritanceSettings;
}

export interface LandscapeSettings {
  /** Also the loss of each cell (where the task has one). Default false. */
  readonly withLoss?: boolean;
  /** The seed every cell is evaluated with. Default 0. */
  readonly seed?: number;
  /** A variant config of the pool's task with the same network, e.g. a coarser pattern for the preview. */
  readonly variant?: TaskConfig;
}

/** Where a training run's examples come from: given, or the task's own set for a seed. */
export interface TrainingSource {
  readonly data?: Dataset;
  readonly dataSeed?: number;
}

export interface TrainingRun {
  readonly genome: Float32Array;
  readonly steps: number;
  /** Batch loss of each step, at the genome before the step. */
  readonly losses: Float64Array;
  /** ‖dLoss/dGenome‖₂ of each step. */
  readonly gradNorms: Float64Array;
  readonly status: TrainerStatus;
  readonly divergence: DivergenceReason | null;
}

export class EnginePool {
  readonly pool: WorkerPool;

  /** `workers`: one per hardware thread (the caller knows how to ask); at least one is started. */
  constructor(factory: PortFactory, workers: number, options: PoolOptions = {}) {
    this.pool = new WorkerPool(factory, workers, options);
  }

  /** Workers alive. */
  get size(): number {
    return this.pool.size;
  }

  /** Builds the task in every worker; resolves with the weights per genome. */
  setTask(config: TaskConfig, spec: NetworkSpec): Promise<Result<number, PoolError>> {
    return this.pool.setTask(config, spec);
  }

  /**
   * Fitness of `count` genomes stored back to back in `genomes` (count × paramCount), all with the
   * same `seed`; fitness[i] is the i-th genome's. Ranges of creatures are copied into each request
   * and transferred, so `genomes` stays the caller's — except that Lamarckian inheritance writes
   * the learned genomes back into it.
   */
  async evaluate(
    genomes: Float32Array,
    count: number,
    seed: number,
    options: EvaluateOptions = {},
  ): Promise<Result<Float64Array, PoolError>> {
    if (!Number.isInteger(count) || count < 0) return err({ code: 'bad-request', message: `${count} genomes?` });
    const fitness = new Float64Array(count);
    const slots = new Int32Array(count);
    for (let i = 0; i < slots.length; i++) slots[i] = i;
    const done = await this.evaluateSlots(genomes, slots, fitness, seed, options);
    return done.ok ? ok(fitness) : done;
  }

  /**
   * Fitness of the creatures in `slots` of a population buffer (genome p at genomes[p·paramCount…]),
   * written to fitness[p]; with Lamarckian inheritance their genomes are replaced by the learned
   * ones. What `Evolution.pendingSlots()` / `finishEvaluation()` expect. Nothing is written unless
   * every piece succeeded.
   */
  evaluateSlots(
    genomes: Float32Array,
    slots: ArrayLike<number>,
    fitness: Float64Array,
    seed: number,
    options: EvaluateOptions = {},
  ): Promise<Result<null, PoolError>> {
    const p = this.pool.paramCount;
    if (p === null) return Promise.resolve(err({ code: 'no-task', message: 'setTask first' }));
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k] as number;
      if (!Number.isInteger(s) || s < 0 || (s + 1) * p > genomes.length || s >= fitness.length) {
        return Promise.resolve(err({ code: 'bad-request', message: `slot ${s} is outside the population` }));
      }
    }
    const { inheritance } = options;
    const learnedBack = inheritance?.inheritance === 'lamarckian';
    const replies: FitnessReply[] = [];
    const ranges = this.pool.partsFor(slots.length);
    const pieces = ranges.map(([start, end], index): Piece => ({
      size: end - start,
      request: (id) => {
        const packed = new Float32Array((end - start) * p);
        for (let k = start; k < end; k++) {
          const s = slots[k] as number;
          packed.set(genomes.subarray(s * p, (s + 1) * p), (k - start) * p);
        }
        const request: EvaluateRequest = { type: 'evaluate', id, genomes: packed, count: end - start, seed };
        return inheritance === undefined ? request : { ...request, inheritance };
      },
      accept: (reply) => {
        if (reply.type !== 'fitness' || reply.fitness.length !== end - start) return wrongReply(reply.type);
        if (learnedBack && reply.genomes?.length !== (end - start) * p) return wrongReply('fitness without genomes');
        replies[index] = reply;
        return null;
      },
    }));
    const merge = (): null => {
      pieces.forEach((piece, index) => {
        const reply = replies[index] as FitnessReply;
        const start = (ranges[index] as [number, number])[0];
        for (let k = 0; k < piece.size; k++) {
          const s = slots[start + k] as number;
          fitness[s] = reply.fitness[k] as number;
          if (learnedBack && reply.genomes !== null) genomes.set(reply.genomes.subarray(k * p, (k + 1) * p), s * p);
        }
      });
      return null;
    };
    return this.pool.run(pieces, merge, options);
  }

  /**
   * A training run of `steps` steps on one genome in one worker: on `data`, or the task's own
   * training set for `dataSeed`. Resolves with the trained (always finite) genome and each step's
   * loss and gradient norm; a diverged run stops early with status 'diverged'.
   */
  train(
    genome: Float32Array,
    trainer: TrainerConfig,
    steps: number,
    source: TrainingSource = {},
    options: JobOptions = {},
  ): Promise<Result<TrainingRun, PoolError>> {
    let run: TrainedReply | null = null;
    const piece: Piece = {
      size: steps,
      request: (id) => ({
        type: 'train',
        id,
        genome: genome.slice(),
        trainer,
        steps,
        data: source.data ?? null,
        dataSeed: source.dataSeed ?? 0,
      }),
      accept: (reply) => {
        if (reply.type !== 'trained') return wrongReply(reply.type);
        run = reply;
        return null;
      },
    };
    return this.pool.run(
      [piece],
      () => {
        const r = run as unknown as TrainedReply;
        return {
          genome: r.genome,
          steps: r.steps,
          losses: r.losses,
          gradNorms: r.gradNorms,
          status: r.status,
          divergence: r.divergence,
        };
      },
      options,
    );
  }

  /**
   * A landscape slice's n × n grid (cell = row·n + col), cut into cell ranges between workers:
   * fitness, and loss where asked and the task has one. `variant` evaluates a variant of the task
   * with the same network instead (the coarse preview: the pattern task at a lower resolution).
   */
  landscape(
    slice: LandscapeSlice,
    settings: LandscapeSettings = {},
    options: JobOptions = {},
  ): Promise<Result<SliceGrid, PoolError>> {
    const cells = slice.n * slice.n;
    const withLoss = settings.withLoss ?? false;
    const seed = settings.seed ?? 0;
    const fitness = new Float64Array(cells);
    const loss = new Float64Array(withLoss ? cells : 0);
    let lossKnown = withLoss;
    const pieces = this.pool.partsFor(cells).map(([cellStart, cellEnd]): Piece => ({
      size: cellEnd - cellStart,
      request: (id) => {
        const request: LandscapeRequest = { type: 'landscape', id, slice, cellStart, cellEnd, withLoss, seed };
        return settings.variant === undefined ? request : { ...request, config: settings.variant };
      },
      accept: (reply) => {
        if (reply.type !== 'cells' || reply.fitness.length !== cellEnd - cellStart) return wrongReply(reply.type);
        fitness.set(reply.fitness, cellStart);
        if (reply.loss === null) lossKnown = false;
        else if (withLoss) loss.set(reply.loss, cellStart);
        return null;
      },
    }));
    return this.pool.run(pieces, () => ({ fitness, loss: lossKnown ? loss : null }), options);
  }

  /** Stops every worker; pending calls resolve with `closed`. */
  close(): void {
    this.pool.close();
  }
}

function wrongReply(type: string): PoolError {
  return { code: 'worker-failed', message: `unexpected "${type}" reply` };
}
