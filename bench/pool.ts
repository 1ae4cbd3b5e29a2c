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
import { sliceGrid } from '../src/core/landscapeGrid';
import { initGenome } from '../src/core/network';
import { Rng } from '../src/core/rng';
import { EnginePool } from '../src/worker/engine-pool';
import { nodePortFactory } from '../src/worker/node-port';
import { FORAGE, FORAGE_SPEC, PATTERN_SPEC, benchSlice, buildTask, pattern, unwrap } from './worlds';

const CREATURES = 200;
const FORAGE_SEED = 12345;

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
  const task = buildTask(FORAGE, FORAGE_SPEC);
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
  const full = buildTask(pattern(32), PATTERN_SPEC);
  const preview = buildTask(pattern(16), PATTERN_SPEC);
  const fullSlice = benchSlice(full, 41);
  const previewSlice = benchSlice(preview, 21);
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
