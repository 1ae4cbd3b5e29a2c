/**
 * Forage benchmark rows of issue 3 §8, on the fixed benchmark world (BENCH_FORAGE_CONFIG, 23-12-2):
 * - forage_gen_200x1000: one generation of 200 creatures × 1,000 ticks, each evaluated alone, on
 *   one thread (`ms_one_thread`), and `tick_over_forward` = the cost of one creature-tick (sensors,
 *   brain, body) ÷ the cost of one forward pass of the 23-12-2 brain, both measured in this run.
 *   (The worker-pool figures `ms` and `workers` are added by the pool's benchmark.)
 */
import { forwardAt } from '../src/core/forward';
import { createGenome, initGenome } from '../src/core/network';
import { Rng } from '../src/core/rng';
import { BENCH_FORAGE_CONFIG, BENCH_FORAGE_SPEC } from '../src/core/tasks/forage-config';
import { ForageTask } from '../src/core/tasks/forage';
import { measure } from './harness';

export interface ForageGenRow {
  ms_one_thread: number;
  tick_over_forward: number;
  forward_ns: number;
  tick_ns: number;
  gcs: number;
}

const CREATURES = 200;
const SEED = 12345;

/** A seeded population of random 23-12-2 genomes, back to back. */
export function benchPopulation(task: ForageTask, count: number, seed: number): Float32Array {
  const P = task.network.paramCount;
  const genomes = new Float32Array(count * P);
  const rng = new Rng(seed);
  for (let i = 0; i < count; i++) initGenome(task.network, rng, genomes, i * P);
  return genomes;
}

async function generationRow(): Promise<ForageGenRow> {
  const task = new ForageTask(BENCH_FORAGE_CONFIG, {
    ...BENCH_FORAGE_SPEC,
    layers: [...BENCH_FORAGE_SPEC.layers],
    activations: [...BENCH_FORAGE_SPEC.activations],
  });
  const genomes = benchPopulation(task, CREATURES, 7);
  const fitness = new Float64Array(CREATURES);
  const generation = (): void => task.fitnessMany(genomes, 0, CREATURES, SEED, fitness);

  const net = task.network;
  const rng = new Rng(8);
  const g = createGenome(net, rng);
  const inputs = new Float64Array(64 * net.inputSize);
  for (let i = 0; i < inputs.length; i++) inputs[i] = rng.uniform();
  const out = new Float64Array(2);
  let k = 0;
  const forwardOnce = (): void => {
    forwardAt(net, g, 0, inputs, k * net.inputSize, out, 0);
    k = (k + 1) & 63;
  };

  // Interleave to spread machine noise over both sides; keep the best of two.
  const f1 = await measure(forwardOnce);
  const g1 = await measure(generation, { samples: 5, sampleMs: 100, warmupMs: 400 });
  const f2 = await measure(forwardOnce);
  const g2 = await measure(generation, { samples: 5, sampleMs: 100, warmupMs: 100 });
  const forwardNs = 1e9 / Math.max(f1.ops, f2.ops);
  const genMs = 1000 / Math.max(g1.ops, g2.ops);
  const tickNs = (genMs * 1e6) / (CREATURES * BENCH_FORAGE_CONFIG.ticks);
  return {
    ms_one_thread: genMs,
    tick_over_forward: tickNs / forwardNs,
    forward_ns: forwardNs,
    tick_ns: tickNs,
    gcs: g1.gcs + g2.gcs,
  };
}

export async function forageRows(): Promise<Record<string, object>> {
  return { forage_gen_200x1000: await generationRow() };
}
