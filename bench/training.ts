/**
 * Training benchmark row of issue 3 §8:
 * - train_forage_steps: SGD steps per second with batch 32 (seeded mini-batches), on the teacher's
 *   dataset of the benchmark world (BENCH_FORAGE_CONFIG, 3 episodes × 1,000 ticks = 3,000 examples,
 *   brain 23-12-2), through the steerable Trainer (divergence checks, gradient norm, all included).
 */
import { BENCH_FORAGE_CONFIG, BENCH_FORAGE_SPEC } from '../src/core/tasks/forage-config';
import { ForageTask } from '../src/core/tasks/forage';
import { createGenome } from '../src/core/network';
import { Rng } from '../src/core/rng';
import { Trainer } from '../src/core/training/trainer';
import { measure } from './harness';

export interface TrainRow {
  ops: number;
  examples: number;
  gcs: number;
}

export async function trainingRows(): Promise<Record<string, TrainRow>> {
  const task = new ForageTask(BENCH_FORAGE_CONFIG, {
    layers: [...BENCH_FORAGE_SPEC.layers],
    activations: [...BENCH_FORAGE_SPEC.activations],
  });
  const data = task.trainingSet(1);
  const trainer = new Trainer(task.network, 'mse', data, createGenome(task.network, new Rng(1)), {
    optimizer: { kind: 'sgd', learningRate: 0.01 },
    batchSize: 32,
    seed: 1,
  });
  const step = (): void => {
    trainer.run(1);
  };
  const m = await measure(step);
  if (trainer.status !== 'ready') throw new Error(`benchmark training diverged (${String(trainer.divergence)})`);
  return { train_forage_steps: { ops: m.ops, examples: data.count, gcs: m.gcs } };
}
