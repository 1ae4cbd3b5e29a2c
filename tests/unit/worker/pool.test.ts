import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { Network, createGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { EnginePool } from '../../../src/worker/engine-pool';
import { nodeWorkerPort, threadOf } from '../../../src/worker/node-port';
import { splitRange, type PoolOptions } from '../../../src/worker/pool';
import type { PortFactory, WorkerPort } from '../../../src/worker/port';
import { TEST_SPEC, TEST_TASK_MODULE, createTask, testConfig } from './fixtures/test-task';

const pools: EnginePool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
});

/** A factory of Node worker ports that remembers every port it made. */
function recordingFactory(): { factory: PortFactory; ports: WorkerPort[] } {
  const ports: WorkerPort[] = [];
  const factory = (): WorkerPort => {
    const port = nodeWorkerPort({ taskModule: TEST_TASK_MODULE });
    ports.push(port);
    return port;
  };
  return { factory, ports };
}

async function startPool(workers: number, config = testConfig({ samples: 8 }), options: PoolOptions = {}) {
  const { factory, ports } = recordingFactory();
  const pool = new EnginePool(factory, workers, options);
  pools.push(pool);
  const ready = await pool.setTask(config, TEST_SPEC);
  return { pool, ports, ready };
}

function population(count: number, seed: number): Float32Array {
  const net = new Network(TEST_SPEC);
  const rng = new Rng(seed);
  const genomes = new Float32Array(count * net.paramCount);
  for (let i = 0; i < count; i++) genomes.set(createGenome(net, rng, 2), i * net.paramCount);
  return genomes;
}

function directFitness(genomes: Float32Array, count: number, seed: number, samples: number): Float64Array {
  const task = createTask(testConfig({ samples }), TEST_SPEC);
  if (!task.ok) throw new Error(task.error.message);
  const p = task.value.network.paramCount;
  return Float64Array.from({ length: count }, (_, i) => task.value.fitness(genomes, i * p, seed));
}

describe('splitRange', () => {
  test('covers [0, count) with contiguous non-empty near-equal ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 40 }), (count, parts) => {
        const ranges = splitRange(count, parts);
        expect(ranges.length).toBe(count === 0 ? 0 : Math.min(count, parts));
        let at = 0;
        for (const [s, e] of ranges) {
          expect(s).toBe(at);
          expect(e - s).toBeGreaterThanOrEqual(Math.floor(count / parts));
          expect(e - s).toBeLessThanOrEqual(Math.ceil(count / parts));
          at = e;
        }
        expect(at).toBe(count);
      }),
    );
  });
});

describe('EnginePool over worker_threads', () => {
  test('fitness is the same bits with 1, 2 and 3 workers, however the job is cut, and equals the in-thread task', async () => {
    const genomes = population(101, 7);
    const expected = directFitness(genomes, 101, 1234, 8);
    const cuts: PoolOptions[] = [{}, { piecesPerWorker: 1, pipeline: 1 }, { piecesPerWorker: 7, pipeline: 3 }];
    for (const [workers, options] of [
      [1, cuts[0]],
      [2, cuts[0]],
      [3, cuts[0]],
      [2, cuts[1]],
      [3, cuts[2]],
    ] as const) {
      const { pool, ready } = await startPool(workers, testConfig({ samples: 8 }), options);
      expect(ready).toEqual({ ok: true, value: new Network(TEST_SPEC).paramCount });
      expect(pool.size).toBe(workers);
      const result = await pool.evaluate(genomes, 101, 1234);
      if (!result.ok) throw new Error(result.error.message);
      expect(Array.from(result.value)).toEqual(Array.from(expected));
      pool.close();
    }
    // The caller's buffer is still the caller's (slices were transferred, not it).
    expect(genomes.length).toBe(101 * new Network(TEST_SPEC).paramCount);
  });

  test('progress climbs to the total', async () => {
    const { pool } = await startPool(2, testConfig({ samples: 1, slowMs: 1 }));
    const seen: number[] = [];
    const result = await pool.evaluate(population(60, 1), 60, 5, {
      onProgress: (done, total) => seen.push(done / total),
    });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1]!)).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  });

  test('cancelling resolves at once with an error value; the pool keeps working', async () => {
    const { pool } = await startPool(2, testConfig({ samples: 1, slowMs: 5 }));
    const controller = new AbortController();
    const pending = pool.evaluate(population(400, 1), 400, 5, { signal: controller.signal });
    let abortedAt = Infinity;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 30);
    const result = await pending;
    // The job needs about a second of work; the promise settles as the abort happens.
    expect(performance.now() - abortedAt).toBeLessThan(100);
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: 'cancelled' } });
    const again = await pool.evaluate(population(4, 2), 4, 5);
    expect(again.ok).toBe(true);
  });

  test('a worker terminated mid-job is replaced and its piece retried: same result', async () => {
    const { pool, ports } = await startPool(2, testConfig({ samples: 8, slowMs: 2 }));
    const genomes = population(80, 3);
    const pending = pool.evaluate(genomes, 80, 9);
    setTimeout(() => void threadOf.get(ports[0]!)!.terminate(), 25);
    const result = await pending;
    if (!result.ok) throw new Error(result.error.message);
    expect(ports.length).toBe(3);
    expect(Array.from(result.value)).toEqual(Array.from(directFitness(genomes, 80, 9, 8)));
  });

  test('without retries, a dead worker fails the job with worker-failed, never a hang', async () => {
    const { pool, ports } = await startPool(1, testConfig({ samples: 1, slowMs: 3 }), { maxRetries: 0 });
    const pending = pool.evaluate(population(100, 3), 100, 9);
    setTimeout(() => void threadOf.get(ports[0]!)!.terminate(), 25);
    const result = await pending;
    expect(result.ok ? 'ok' : result.error.code).toBe('worker-failed');
    // The replacement serves the next job.
    expect((await pool.evaluate(population(2, 3), 2, 9)).ok).toBe(true);
  });

  test('a worker stuck in a loop times out, is replaced, and the pool still answers', async () => {
    const { pool } = await startPool(2, testConfig({ samples: 1, hangSeed: 666 }));
    const result = await pool.evaluate(population(10, 3), 10, 666, { timeoutMs: 300 });
    expect(result.ok ? 'ok' : result.error.code).toBe('timeout');
    const again = await pool.evaluate(population(10, 3), 10, 1);
    expect(again.ok).toBe(true);
  });

  test('a bad config, a throwing task and a closed pool are error values', async () => {
    const bad = await startPool(2, testConfig({ samples: 0 }));
    expect(bad.ready.ok ? 'ok' : bad.ready.error.code).toBe('task-error');
    expect((await bad.pool.evaluate(population(2, 1), 2, 1)).ok).toBe(false);

    const { pool } = await startPool(2, testConfig({ samples: 1, throwSeed: 13 }));
    const thrown = await pool.evaluate(population(6, 1), 6, 13);
    expect(thrown.ok ? 'ok' : thrown.error.code).toBe('task-error');

    const pending = pool.evaluate(population(6, 1), 6, 1);
    pool.close();
    const closed = await pending;
    expect(closed.ok ? 'ok' : closed.error.code).toBe('closed');
  });
});
