/**
 * The play session's engine in the browser: the worker pool evaluates generations and landscape
 * grids off the main thread; training runs in a trainer worker of its own (worker/trainer-worker.ts)
 * that keeps its memory between chunks. Only where a Worker cannot even be created does training
 * fall back to this thread (LocalEngine).
 */
import type { Engine, EngineError, InheritanceChoice, RemoteTrainer, TrainingSource } from '../app/play/engine';
import { LocalEngine } from '../app/play/localEngine';
import type { LandscapeSlice } from '../core/landscape';
import type { SliceGrid } from '../core/landscapeGrid';
import type { NetworkSpec } from '../core/network';
import { err, type Result } from '../core/result';
import type { TaskConfig } from '../core/tasks/registry';
import type { TrainerConfig } from '../core/training/trainer';
import type { EnginePool } from '../worker/engine-pool';
import { browserTrainerWorker, openRemoteTrainer, type TrainerWorkerFactory } from '../worker/trainer-client';

export class PoolEngine implements Engine {
  /** The task the pool was set up with (the trainer worker builds its own from these). */
  private task: { config: TaskConfig; spec: NetworkSpec } | null = null;
  /** Training on this thread, built on first need when no worker can be created. */
  private fallback: LocalEngine | null = null;

  constructor(
    private readonly pool: EnginePool,
    private readonly makeTrainerWorker: TrainerWorkerFactory = browserTrainerWorker,
  ) {}

  async setTask(config: TaskConfig, spec: NetworkSpec): Promise<Result<number, EngineError>> {
    this.task = null;
    this.fallback = null;
    const set = await this.pool.setTask(config, spec);
    if (set.ok) this.task = { config, spec };
    return set;
  }

  evaluateSlots(
    genomes: Float32Array,
    slots: ArrayLike<number>,
    fitness: Float64Array,
    seed: number,
    inheritance?: InheritanceChoice,
  ): Promise<Result<null, EngineError>> {
    return this.pool.evaluateSlots(genomes, slots, fitness, seed, inheritance ? { inheritance } : {});
  }

  landscape(slice: LandscapeSlice, withLoss: boolean): Promise<Result<SliceGrid, EngineError>> {
    return this.pool.landscape(slice, { withLoss });
  }

  async openTrainer(
    genome: Float32Array,
    config: TrainerConfig,
    source: TrainingSource,
  ): Promise<Result<RemoteTrainer, EngineError>> {
    const task = this.task;
    if (task === null) return err({ code: 'no-task', message: 'setTask first' });
    const opened = await openRemoteTrainer(this.makeTrainerWorker, task.config, task.spec, genome, config, source);
    if (opened.ok || opened.error.code !== 'worker-unavailable') return opened;
    return this.localTrainer(task, genome, config, source);
  }

  private async localTrainer(
    task: { config: TaskConfig; spec: NetworkSpec },
    genome: Float32Array,
    config: TrainerConfig,
    source: TrainingSource,
  ): Promise<Result<RemoteTrainer, EngineError>> {
    if (this.fallback === null) {
      const local = new LocalEngine();
      const set = await local.setTask(task.config, task.spec);
      if (!set.ok) return set;
      this.fallback = local;
    }
    return this.fallback.openTrainer(genome, config, source);
  }
}
