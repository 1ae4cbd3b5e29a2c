import { afterAll, expect, test } from 'vitest';
import { initGenome, type NetworkSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { BENCH_FORAGE_CONFIG, BENCH_FORAGE_SPEC } from '../../../src/core/tasks/forage-config';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import { EnginePool } from '../../../src/worker/engine-pool';
import { nodePortFactory } from '../../../src/worker/node-port';

/** The benchmark world, shortened: every creature alone in its arena for 150 ticks. */
const FORAGE: TaskConfig = { kind: 'forage', ...BENCH_FORAGE_CONFIG, ticks: 150 };
const SPEC: NetworkSpec = { layers: [...BENCH_FORAGE_SPEC.layers], activations: [...BENCH_FORAGE_SPEC.activations] };

const pools: EnginePool[] = [];
afterAll(() => {
  for (const pool of pools) pool.close();
});

test('a forage generation evaluated by 1, 2 or 3 workers is the same bits as in this thread', async () => {
  const task = createTask(FORAGE, SPEC);
  if (!task.ok) throw new Error(task.error.message);
  const P = task.value.network.paramCount;
  const count = 37;
  const genomes = new Float32Array(count * P);
  const rng = new Rng(11);
  for (let i = 0; i < count; i++) initGenome(task.value.network, rng, genomes, i * P, 2);
  const expected = Array.from({ length: count }, (_, i) => task.value.fitness(genomes, i * P, 99));
  expect(new Set(expected).size).toBeGreaterThan(3); // the creatures differ: the check can fail
  for (const workers of [1, 2, 3]) {
    const pool = new EnginePool(nodePortFactory(), workers);
    pools.push(pool);
    expect(await pool.setTask(FORAGE, SPEC)).toEqual({ ok: true, value: P });
    const fitness = await pool.evaluate(genomes, count, 99);
    if (!fitness.ok) throw new Error(fitness.error.message);
    expect(Array.from(fitness.value)).toEqual(expected);
    pool.close();
  }
});
