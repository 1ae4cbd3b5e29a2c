/**
 * Worker-pool figures of issue 3 §8, merged into the rows of bench/forage.ts and bench/landscape.ts:
 * - forage_gen_200x1000 `ms`, `workers`: one generation of 200 creatures × 1,000 ticks of the
 *   benchmark world evaluated by the pool (one worker per hardware thread);
 * - landscape_41x41_pattern `ms`, `preview_ms`, `workers`: the 41×41 slice of the 32×32 pattern task
 *   (3-16-16-1) and the 21×21 preview at 16×16 pixels (a task variant in the same workers).
 * Honest timing: the pool is started and warmed up first (its start is not counted); each sample is
 * one whole call as the game makes it — copying and transferring the genomes or slice, the
 * workers' work, the replies and the merge; the figure is the median of the samples. Each row also
 * checks that the pool's result is the same bits as one thread's (`same_bits` = 1).
 */
import { availableParallelism } from 'node:os';
import { randomSlice, type LandscapeSlice } from '../src/core/landscape';
import { sliceGrid } from '../src/core/landscapeGrid';
import { createGenome, initGenome, type NetworkSpec } from '../src/core/network';
import { Rng } from '../src/core/rng';
import { BENCH_FORAGE_CONFIG, BENCH_FORAGE_SPEC } from '../src/core/tasks/forage-config';
import { createTask, type TaskConfig } from '../src/core/tasks/registry';
import type { Task } from '../src/core/tasks/task';
import { EnginePool } from '../src/worker/engine-pool';
import { nodePortFactory } from '../src/worker/node-port';
import type { PoolError } from '../src/worker/pool';
import type { Result } from '../src/core/result';

const CREATURES = 200;
const FORAGE_SEED = 12345;
const FORAGE: TaskConfig = { kind: 'forage', ...BENCH_FORAGE_CONFIG };
const FORAGE_SPEC: NetworkSpec = {
  layers: [...BENCH_FORAGE_SPEC.layers],
  activations: [...BENCH_FORAGE_SPEC.activations],
};
const PATTERN_SPEC: NetworkSpec = { layers: [3, 16, 16, 1], activations: ['sin', 'sin', 'sigmoid'] };

function pattern(resolution: number): TaskConfig {
  return {
    kind: 'pattern',
    target: { type: 'texture', name: 'bark', seed: 1 },
    resolution,
    colour: 'grey',
    inputs: 'xyr',
  };
}

function build(config: TaskConfig, spec: NetworkSpec): Task {
  const r = createTask(config, spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function slice(task: Task, n: number): LandscapeSlice {
  const r = randomSlice(task.network, createGenome(task.network, new Rng(1)), new Rng(2), 1, n);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function unwrap<T>(r: Result<T, PoolError>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Median milliseconds of `samples` calls after `warmup` untimed ones; also the last call's result. */
async function medianMs<T>(call: () => Promise<T>, warmup: number, samples: number): Promise<{ ms: number; last: T }> {
  let last = await call();
  for (let i = 1; i < warmup; i++) last = await call();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    last = await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, last };
}

function sameBits(a: Float64Array, b: Float64Array): number {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i])) ? 1 : 0;
}

async function forageRow(workers: number): Promise<object> {
  const task = build(FORAGE, FORAGE_SPEC);
  const P = task.network.paramCount;
  const genomes = new Float32Array(CREATURES * P);
  const rng = new Rng(7);
  for (let i = 0; i < CREATURES; i++) initGenome(task.network, rng, genomes, i * P);
  const pool = new EnginePool(nodePortFactory(), workers);
  try {
    unwrap(await pool.setTask(FORAGE, FORAGE_SPEC));
    const { ms, last } = await medianMs(async () => unwrap(await pool.evaluate(genomes, CREATURES, FORAGE_SEED)), 4, 9);
    const oneThread = Float64Array.from({ length: CREATURES }, (_, i) => task.fitness(genomes, i * P, FORAGE_SEED));
    return { ms, workers: pool.size, same_bits: sameBits(last, oneThread) };
  } finally {
    pool.close();
  }
}

async function landscapeRow(workers: number): Promise<object> {
  const full = build(pattern(32), PATTERN_SPEC);
  const preview = build(pattern(16), PATTERN_SPEC);
  const fullSlice = slice(full, 41);
  const previewSlice = slice(preview, 21);
  const pool = new EnginePool(nodePortFactory(), workers);
  try {
    unwrap(await pool.setTask(pattern(32), PATTERN_SPEC));
    const grid = await medianMs(async () => unwrap(await pool.landscape(fullSlice)), 2, 7);
    const coarse = await medianMs(
      async () => unwrap(await pool.landscape(previewSlice, { variant: pattern(16) })),
      3,
      11,
    );
    const same =
      sameBits(grid.last.fitness, sliceGrid(full, fullSlice).fitness) &
      sameBits(coarse.last.fitness, sliceGrid(preview, previewSlice).fitness);
    return { ms: grid.ms, preview_ms: coarse.ms, workers: pool.size, same_bits: same };
  } finally {
    pool.close();
  }
}

/** `workers` defaults to one per hardware thread. */
export async function poolRows(workers = availableParallelism()): Promise<Record<string, object>> {
  return {
    forage_gen_200x1000: await forageRow(workers),
    landscape_41x41_pattern: await landscapeRow(workers),
  };
}
