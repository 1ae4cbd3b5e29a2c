/**
 * The play session's engine in the browser: the worker pool evaluates generations and landscape
 * grids off the main thread; training runs in a trainer that keeps its memory between chunks.
 */
import type { Engine, EngineError, RemoteTrainer, TrainingSource } from '../app/play/engine';
import { LocalEngine } from '../app/play/localEngine';
import type { LandscapeSlice } from '../core/landscape';
import type { SliceGrid } from '../core/landscapeGrid';
import type { NetworkSpec } from '../core/network';
import type { Result } from '../core/result';
import type { TaskConfig } from '../core/tasks/registry';
import type { TrainerConfig } from '../core/training/trainer';
import type { EnginePool } from '../worker/engine-pool';

export class PoolEngine implements Engine {
  private readonly trainerHost = new LocalEngine();

  constructor(private readonly pool: EnginePool) {}

  async setTask(config: TaskConfig, spec: NetworkSpec): Promise<Result<number, EngineError>> {
    const local = await this.trainerHost.setTask(config, spec);
    if (!local.ok) return local;
    return this.pool.setTask(config, spec);
  }

  evaluateSlots(
    genomes: Float32Array,
    slots: ArrayLike<number>,
    fitness: Float64Array,
    seed: number,
  ): Promise<Result<null, EngineError>> {
    return this.pool.evaluateSlots(genomes, slots, fitness, seed);
  }

  landscape(slice: LandscapeSlice, withLoss: boolean): Promise<Result<SliceGrid, EngineError>> {
    return this.pool.landscape(slice, { withLoss });
  }

  openTrainer(
    genome: Float32Array,
    config: TrainerConfig,
    source: TrainingSource,
  ): Promise<Result<RemoteTrainer, EngineError>> {
    return this.trainerHost.openTrainer(genome, config, source);
  }
}
