import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_EVOLUTION_CONFIG, type EvolutionConfig } from '../../../src/core/evolution/config';
import { Evolution } from '../../../src/core/evolution/evolution';
import { createTaskEvaluator } from '../../../src/core/evolution/inheritance';
import { Network, createGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { Trainer, type TrainerConfig } from '../../../src/core/training/trainer';
import { EnginePool } from '../../../src/worker/engine-pool';
import { evolveGeneration } from '../../../src/worker/generation';
import { nodePortFactory } from '../../../src/worker/node-port';
import { TEST_SPEC, TEST_TASK_MODULE, createTask, testConfig } from './fixtures/test-task';

const CONFIG = testConfig({ samples: 8 });
const TRAINER: TrainerConfig = { optimizer: { kind: 'adam', learningRate: 0.02 }, batchSize: 8, seed: 3 };

function localTask() {
  const task = createTask(CONFIG, TEST_SPEC);
  if (!task.ok) throw new Error(task.error.message);
  return task.value;
}

let pool1: EnginePool;
let pool3: EnginePool;
beforeAll(async () => {
  pool1 = new EnginePool(nodePortFactory({ taskModule: TEST_TASK_MODULE }), 1);
  pool3 = new EnginePool(nodePortFactory({ taskModule: TEST_TASK_MODULE }), 3);
  const ready = await Promise.all([pool1.setTask(CONFIG, TEST_SPEC), pool3.setTask(CONFIG, TEST_SPEC)]);
  expect(ready.every((r) => r.ok)).toBe(true);
});
afterAll(() => {
  pool1.close();
  pool3.close();
});

describe('pool jobs', () => {
  test('a training run in a worker equals the same Trainer run in this thread', async () => {
    const task = localTask();
    const genome = createGenome(task.network, new Rng(5));
    const local = new Trainer(task.network, 'mse', task.trainingSet(11)!, genome, TRAINER);
    const losses = new Float64Array(40);
    const gradNorms = new Float64Array(40);
    expect(local.run(40, losses, gradNorms)).toBe(40);

    const seen: number[] = [];
    const run = await pool3.train(genome, TRAINER, 40, { dataSeed: 11 }, { onProgress: (d) => seen.push(d) });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.status).toBe('ready');
    expect(run.value.steps).toBe(40);
    expect(Array.from(run.value.losses)).toEqual(Array.from(losses));
    expect(Array.from(run.value.gradNorms)).toEqual(Array.from(gradNorms));
    expect(Array.from(run.value.genome)).toEqual(Array.from(local.genome));
    expect(run.value.losses[39]!).toBeLessThan(run.value.losses[0]!);
    expect(seen[seen.length - 1]).toBe(40);
  });

  test('a learning rate far too large comes back diverged, early, with a finite genome', async () => {
    const genome = createGenome(localTask().network, new Rng(5));
    const run = await pool1.train(genome, { ...TRAINER, optimizer: { kind: 'sgd', learningRate: 1e9 } }, 50, {
      dataSeed: 11,
    });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.status).toBe('diverged');
    expect(run.value.steps).toBeLessThan(50);
    expect(run.value.losses.length).toBe(run.value.steps);
    expect(run.value.genome.every(Number.isFinite)).toBe(true);
  });

  test('Lamarckian evaluation of slots: fitness and learned genomes as in this thread, with 1 and 3 workers', async () => {
    const task = localTask();
    const p = task.network.paramCount;
    const rng = new Rng(8);
    const population = new Float32Array(12 * p);
    for (let i = 0; i < 12; i++) population.set(createGenome(task.network, rng), i * p);
    const slots = [11, 0, 3, 4, 5, 9, 2];
    const inheritance = { inheritance: 'lamarckian' as const, lifetime: { steps: 5, trainer: TRAINER } };
    const evaluator = createTaskEvaluator(task, { ...inheritance, seed: 21 });
    if (!evaluator.ok) throw new Error(evaluator.error.message);
    const expectedGenomes = population.slice();
    const expectedFitness = new Float64Array(12).fill(NaN);
    evaluator.value(expectedGenomes, p, slots, expectedFitness);

    for (const pool of [pool1, pool3]) {
      const genomes = population.slice();
      const fitness = new Float64Array(12).fill(NaN);
      const done = await pool.evaluateSlots(genomes, slots, fitness, 21, { inheritance });
      if (!done.ok) throw new Error(done.error.message);
      expect(Array.from(fitness)).toEqual(Array.from(expectedFitness));
      expect(Array.from(genomes)).toEqual(Array.from(expectedGenomes));
    }
  });

  test('generations evolved with the pool are the same bits as Evolution.step in this thread', async () => {
    const task = localTask();
    const config: EvolutionConfig = { ...DEFAULT_EVOLUTION_CONFIG, populationSize: 30, seed: 4, evaluationSeed: 6 };
    const evaluator = createTaskEvaluator(task, { seed: 6, inheritance: 'darwinian', lifetime: null });
    if (!evaluator.ok) throw new Error(evaluator.error.message);
    const local = new Evolution(new Network(TEST_SPEC), config);
    for (let g = 0; g < 4; g++) local.step(evaluator.value);
    for (const pool of [pool1, pool3]) {
      const pooled = new Evolution(new Network(TEST_SPEC), config);
      for (let g = 0; g < 4; g++) {
        const stats = await evolveGeneration(pooled, pool);
        if (!stats.ok) throw new Error(stats.error.message);
      }
      expect(pooled.history).toEqual(local.history);
      expect(Array.from(pooled.population.genomes)).toEqual(Array.from(local.population.genomes));
    }
  });
});
