/**
 * The words of the worker pool (pool.ts): its options, the error values every call may resolve
 * with, and a Piece — the part of a job one worker does in one request.
 */
import type { WorkerReply, WorkerRequest } from './protocol';

export interface PoolError {
  readonly code: 'cancelled' | 'worker-failed' | 'timeout' | 'task-error' | 'no-task' | 'bad-request' | 'closed';
  readonly message: string;
}

export interface JobOptions {
  /** Called as work completes: units done (creatures, cells, steps) out of total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting fails the job with `cancelled` at once; workers stop at their next chunk. */
  readonly signal?: AbortSignal;
  /**
   * A piece running longer than this fails the job with `timeout` (its worker is replaced).
   * Default: the pool's `timeoutMs`. (A Web Worker that dies silently is only noticed this way.)
   */
  readonly timeoutMs?: number;
}

export interface PoolOptions {
  /** Pieces per worker a job is cut into (more balances better, costs a message each). */
  readonly piecesPerWorker?: number;
  /** How many times a piece whose worker died is retried on a fresh worker. */
  readonly maxRetries?: number;
  /**
   * Pieces sent to a worker before it answers (default 2): the next piece waits in the worker's
   * queue, so it never idles while this thread is busy (drawing a frame) before handing out more.
   */
  readonly pipeline?: number;
  /** Default piece timeout of every job, in ms (default 60 000; Infinity = none). */
  readonly timeoutMs?: number;
}

/** A part of a job that one worker does in one request. */
export interface Piece {
  /** Units of work, for progress. */
  readonly size: number;
  /** The request for this piece (built when it is sent, so a retry gets fresh buffers). */
  request(id: number): WorkerRequest;
  /** Merge the worker's final reply into the job's result; an error value if the reply is wrong. */
  accept(reply: WorkerReply): PoolError | null;
}

/** Splits [0, count) into at most `parts` contiguous ranges of near-equal size (none empty). */
export function splitRange(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(count, Math.floor(parts)));
  const ranges: [number, number][] = [];
  for (let k = 0; k < n && count > 0; k++)
    ranges.push([Math.floor((k * count) / n), Math.floor(((k + 1) * count) / n)]);
  return ranges;
}
