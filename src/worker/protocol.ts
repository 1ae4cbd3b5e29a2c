/**
 * The typed message protocol between the game (or a pool) and an engine worker. Every request
 * carries an `id` chosen by the sender; every reply names the request it answers. Errors are
 * values (`{ type: 'error' }`), never exceptions across the thread border.
 *
 * Buffers are transferred, not copied: the sender lists each request's typed-array buffers in
 * `transferOf(request)`, so a transferred genome buffer is unusable by the sender afterwards
 * (the pool sends slices copied from the caller's population for that reason).
 *
 * A worker runs one job at a time, in arrival order; `cancel` is handled at once and stops the
 * named job at its next chunk boundary (a worker checks between chunks of a few milliseconds).
 */
import type { EvaluatorSettings } from '../core/evolution/inheritance';
import type { LandscapeSlice } from '../core/landscape';
import type { Dataset } from '../core/loss';
import type { NetworkSpec } from '../core/network';
import type { TaskConfig } from '../core/tasks/registry';
import type { DivergenceReason, TrainerConfig, TrainerStatus } from '../core/training/trainer';

/** Errors that cross the border; `code` is stable, `message` is for people. */
export interface WorkerError {
  readonly code: 'no-task' | 'bad-task' | 'bad-request' | 'failed';
  readonly message: string;
}

/** Build the worker's task from plain JSON. Replies `ready` or `error`. */
export interface InitRequest {
  readonly type: 'init';
  readonly id: number;
  readonly config: TaskConfig;
  readonly spec: NetworkSpec;
}

/** Lifetime learning during evaluation (evolution/inheritance.ts); absent = Darwinian, no learning. */
export type InheritanceSettings = Omit<EvaluatorSettings, 'seed'>;

/**
 * Fitness of `count` genomes stored back to back in `genomes` (count × paramCount weights),
 * each evaluated alone with the same `seed` (fitness depends only on genome, task and seed, so a
 * creature scores the same bits whichever worker and range it is sent in).
 */
export interface EvaluateRequest {
  readonly type: 'evaluate';
  readonly id: number;
  readonly genomes: Float32Array;
  readonly count: number;
  readonly seed: number;
  readonly inheritance?: InheritanceSettings;
}

/**
 * A training run of `steps` steps on one genome (training/trainer.ts), on `data` or, when null,
 * on the task's own training set for `dataSeed`. Stops early if the trainer diverges.
 */
export interface TrainRequest {
  readonly type: 'train';
  readonly id: number;
  readonly genome: Float32Array;
  readonly trainer: TrainerConfig;
  readonly steps: number;
  readonly data: Dataset | null;
  readonly dataSeed: number;
}

/**
 * Cells [cellStart, cellEnd) of a landscape slice (landscapeGrid.ts `sliceCells`): each cell's
 * fitness, and its loss when `withLoss` and the task has one. `config`, when given, is a variant of
 * the worker's task with the same network (e.g. the pattern task at a coarser resolution for the
 * preview); the worker builds it once and keeps it.
 */
export interface LandscapeRequest {
  readonly type: 'landscape';
  readonly id: number;
  readonly slice: LandscapeSlice;
  readonly cellStart: number;
  readonly cellEnd: number;
  readonly withLoss: boolean;
  readonly seed: number;
  readonly config?: TaskConfig;
}

/** Stop the job whose id is `target` (queued or running). The job replies `cancelled`. */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly id: number;
  readonly target: number;
}

export type WorkerRequest = InitRequest | EvaluateRequest | TrainRequest | LandscapeRequest | CancelRequest;

export interface ReadyReply {
  readonly type: 'ready';
  readonly id: number;
  /** Weights per genome of the task's network. */
  readonly paramCount: number;
}

/** fitness[i] belongs to the i-th genome of the request. */
export interface FitnessReply {
  readonly type: 'fitness';
  readonly id: number;
  readonly fitness: Float64Array;
  /** Lamarckian inheritance: the learned genomes, which replace the ones sent; otherwise null. */
  readonly genomes: Float32Array | null;
}

/** fitness[k] (and loss[k], or null) of cell cellStart + k of the request. */
export interface CellsReply {
  readonly type: 'cells';
  readonly id: number;
  readonly fitness: Float64Array;
  readonly loss: Float64Array | null;
}

/** The trained genome (always finite) and each step's batch loss and gradient norm. */
export interface TrainedReply {
  readonly type: 'trained';
  readonly id: number;
  readonly genome: Float32Array;
  /** Steps taken (fewer than asked when the trainer diverged); losses and gradNorms have this length. */
  readonly steps: number;
  readonly losses: Float64Array;
  readonly gradNorms: Float64Array;
  readonly status: TrainerStatus;
  readonly divergence: DivergenceReason | null;
}

/** Work done so far on job `id`, in the job's own units (genomes, cells, steps) out of `total`. */
export interface ProgressReply {
  readonly type: 'progress';
  readonly id: number;
  readonly done: number;
  readonly total: number;
}

export interface CancelledReply {
  readonly type: 'cancelled';
  readonly id: number;
}

export interface ErrorReply {
  readonly type: 'error';
  readonly id: number;
  readonly error: WorkerError;
}

export type WorkerReply =
  ReadyReply | FitnessReply | CellsReply | TrainedReply | ProgressReply | CancelledReply | ErrorReply;

/** The buffers worth transferring with a message (never shared views of a larger buffer). */
export function transferOf(message: WorkerRequest | WorkerReply): ArrayBuffer[] {
  switch (message.type) {
    case 'evaluate':
      return ownBuffer(message.genomes);
    case 'train':
      return ownBuffer(message.genome);
    case 'fitness':
      return message.genomes === null
        ? ownBuffer(message.fitness)
        : [...ownBuffer(message.fitness), ...ownBuffer(message.genomes)];
    case 'cells':
      return message.loss === null
        ? ownBuffer(message.fitness)
        : [...ownBuffer(message.fitness), ...ownBuffer(message.loss)];
    case 'trained':
      return [...ownBuffer(message.genome), ...ownBuffer(message.losses), ...ownBuffer(message.gradNorms)];
    default:
      return [];
  }
}

/**
 * A typed array's buffer, if the array spans all of it (transferring a shared buffer would detach
 * the rest) and it is not empty.
 */
export function ownBuffer(view: Float32Array | Float64Array): ArrayBuffer[] {
  const buffer = view.buffer;
  if (!(buffer instanceof ArrayBuffer)) return [];
  return view.byteOffset === 0 && view.byteLength === buffer.byteLength && buffer.byteLength > 0 ? [buffer] : [];
}
