/**
 * The play session's door to the engine's heavy work: evaluating creatures, training runs and
 * landscape slices. In the browser it is the worker pool; in tests the same calls run here.
 */
import type { LandscapeSlice } from '../../core/landscape';
import type { SliceGrid } from '../../core/landscapeGrid';
import type { EvaluatorSettings } from '../../core/evolution/inheritance';
import type { Dataset } from '../../core/loss';
import type { NetworkSpec } from '../../core/network';
import type { Result } from '../../core/result';
import type { TaskConfig } from '../../core/tasks/registry';
import type { RunReport, TrainerConfig } from '../../core/training/trainer';

export interface EngineError {
  readonly code: string;
  readonly message: string;
}

/** What a training run reports (the trainer's own report: genome, steps, losses, gradient norms, status). */
export type TrainingResult = RunReport;

export interface Engine {
  setTask(config: TaskConfig, spec: NetworkSpec): Promise<Result<number, EngineError>>;
  /**
   * fitness[s] for each slot s of a population buffer (genome s at genomes[s·paramCount…]). With
   * `inheritance` (lifetime learning), Lamarckian inheritance also writes the learned genomes back.
   */
  evaluateSlots(
    genomes: Float32Array,
    slots: ArrayLike<number>,
    fitness: Float64Array,
    seed: number,
    inheritance?: InheritanceChoice,
  ): Promise<Result<null, EngineError>>;
  /** Fitness (and loss) over a landscape slice's n × n grid, cell = row·n + col. */
  landscape(slice: LandscapeSlice, withLoss: boolean): Promise<Result<SliceGrid, EngineError>>;
  /**
   * A trainer that lives where the heavy work runs and keeps its memory (momentum, Adam's moments,
   * the mini-batch order) from one run to the next, so a Run of many short chunks is one training run.
   */
  openTrainer(
    genome: Float32Array,
    config: TrainerConfig,
    source: TrainingSource,
  ): Promise<Result<RemoteTrainer, EngineError>>;
}

/** Lifetime learning during evaluation and what is inherited; absent = Darwinian, no learning. */
export type InheritanceChoice = Omit<EvaluatorSettings, 'seed'>;

/** Where a trainer's examples come from: given (demonstrations, a mix), or the task's own set for a seed. */
export interface TrainingSource {
  readonly data?: Dataset;
  readonly dataSeed?: number;
}

export interface RemoteTrainer {
  /** Up to `steps` steps (fewer if it diverges); the result's genome is the trainer's genome after them. */
  run(steps: number): Promise<Result<TrainingResult, EngineError>>;
  /** Turns knobs between runs (learning rate, momentum, optimiser, batch size, frozen layers). */
  configure(patch: Partial<TrainerConfig>): Promise<Result<null, EngineError>>;
  /** Learns from other examples from now on. */
  setSource(source: TrainingSource): Promise<Result<null, EngineError>>;
  /** Starts over from an edited genome (memory cleared). */
  reset(genome: Float32Array): Promise<Result<null, EngineError>>;
  /** After a divergence, goes on from the restored genome. */
  resume(): Promise<Result<null, EngineError>>;
  close(): void;
}
