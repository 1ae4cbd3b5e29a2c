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
import type { NetworkSpec } from '../core/network';
import type { TaskConfig } from '../core/tasks/registry';

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
}

/** Stop the job whose id is `target` (queued or running). The job replies `cancelled`. */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly id: number;
  readonly target: number;
}

export type WorkerRequest = InitRequest | EvaluateRequest | CancelRequest;

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

export type WorkerReply = ReadyReply | FitnessReply | ProgressReply | CancelledReply | ErrorReply;

/** The buffers worth transferring with a message (never shared views of a larger buffer). */
export function transferOf(message: WorkerRequest | WorkerReply): ArrayBuffer[] {
  switch (message.type) {
    case 'evaluate':
      return ownBuffer(message.genomes);
    case 'fitness':
      return ownBuffer(message.fitness);
    default:
      return [];
  }
}

/** A typed array's buffer, if the array spans all of it (transferring a shared buffer would detach the rest). */
function ownBuffer(view: Float32Array | Float64Array): ArrayBuffer[] {
  const buffer = view.buffer;
  if (!(buffer instanceof ArrayBuffer)) return [];
  return view.byteOffset === 0 && view.byteLength === buffer.byteLength ? [buffer] : [];
}
