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
import { err, type Result } from '../core/result';
import type { TaskConfig } from '../core/tasks/registry';
import type { PortFactory } from './port';
import { WorkerPool, type JobOptions, type PoolError, type PoolOptions } from './pool';

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
   * same `seed`; fitness[i] is the i-th genome's. Ranges of creatures are copied into each
   * request and transferred, so `genomes` stays the caller's.
   */
  evaluate(
    genomes: Float32Array,
    count: number,
    seed: number,
    options: JobOptions = {},
  ): Promise<Result<Float64Array, PoolError>> {
    const p = this.pool.paramCount;
    if (p === null) return Promise.resolve(err({ code: 'no-task', message: 'setTask first' }));
    if (!Number.isInteger(count) || count < 0 || genomes.length < count * p) {
      return Promise.resolve(
        err({ code: 'bad-request', message: `${count} genomes of ${p} weights do not fit ${genomes.length} values` }),
      );
    }
    const fitness = new Float64Array(count);
    const pieces = this.pool.partsFor(count).map(([start, end]) => ({
      size: end - start,
      request: (id: number) => ({
        type: 'evaluate' as const,
        id,
        genomes: genomes.slice(start * p, end * p),
        count: end - start,
        seed,
      }),
      accept: (reply: { type: string; fitness?: Float64Array }) => {
        if (reply.type !== 'fitness' || reply.fitness?.length !== end - start) return wrongReply(reply.type);
        fitness.set(reply.fitness, start);
        return null;
      },
    }));
    return this.pool.run(pieces, () => fitness, options);
  }

  /** Stops every worker; pending calls resolve with `closed`. */
  close(): void {
    this.pool.close();
  }
}

function wrongReply(type: string): PoolError {
  return { code: 'worker-failed', message: `unexpected "${type}" reply` };
}
