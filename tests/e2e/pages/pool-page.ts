/**
 * Test page for the engine's worker pool in a real browser: module Web Workers started by
 * browserPortFactory, the same handlers as in Node. `window.poolPage` runs a check (the pool's
 * results against this thread's, to the bit, with 1 and 2 workers) and times the benchmark jobs.
 */
import { FORAGE, FORAGE_SPEC, PATTERN_SPEC, benchSlice, buildTask, pattern, unwrap } from '../../../bench/worlds';
import { sliceGrid } from '../../../src/core/landscapeGrid';
import { initGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { BENCH_FORAGE_CONFIG } from '../../../src/core/tasks/forage-config';
import type { TaskConfig } from '../../../src/core/tasks/registry';
import type { Task } from '../../../src/core/tasks/task';
import { EnginePool } from '../../../src/worker/engine-pool';
import { browserPortFactory } from '../../../src/worker/port';

const SHORT_FORAGE: TaskConfig = { kind: 'forage', ...BENCH_FORAGE_CONFIG, ticks: 100 };

function population(task: Task, count: number): Float32Array {
  const P = task.network.paramCount;
  const genomes = new Float32Array(count * P);
  const rng = new Rng(7);
  for (let i = 0; i < count; i++) initGenome(task.network, rng, genomes, i * P);
  return genomes;
}

function same(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

async function median(call: () => Promise<unknown>, warmup: number, samples: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Pool results equal this thread's, bit for bit, with 1 and 2 workers (a small pattern and forage). */
async function check(): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  const small = pattern(8);
  const task = buildTask(small, PATTERN_SPEC);
  const s = benchSlice(task, 9);
  const grid = sliceGrid(task, s, true).fitness;
  const forage = buildTask(SHORT_FORAGE, FORAGE_SPEC);
  const genomes = population(forage, 21);
  const P = forage.network.paramCount;
  const fitness = Float64Array.from({ length: 21 }, (_, i) => forage.fitness(genomes, i * P, 5));
  for (const workers of [1, 2]) {
    const pool = new EnginePool(browserPortFactory(), workers);
    try {
      unwrap(await pool.setTask(small, PATTERN_SPEC));
      out[`landscape_${workers}`] = same(unwrap(await pool.landscape(s, { withLoss: true })).fitness, grid);
      unwrap(await pool.setTask(SHORT_FORAGE, FORAGE_SPEC));
      out[`forage_${workers}`] = same(unwrap(await pool.evaluate(genomes, 21, 5)), fitness);
      const controller = new AbortController();
      const pending = pool.evaluate(population(forage, 400), 400, 5, { signal: controller.signal });
      controller.abort();
      const cancelled = await pending;
      out[`cancel_${workers}`] = !cancelled.ok && cancelled.error.code === 'cancelled';
      out[`after_cancel_${workers}`] = same(unwrap(await pool.evaluate(genomes, 21, 5)), fitness);
    } finally {
      pool.close();
    }
  }
  return out;
}

/** The benchmark jobs of issue 3 §8 in this browser, with one worker per hardware thread. */
async function timings(): Promise<Record<string, number>> {
  const workers = navigator.hardwareConcurrency || 1;
  const pool = new EnginePool(browserPortFactory(), workers);
  try {
    const full = buildTask(pattern(32), PATTERN_SPEC);
    const fullSlice = benchSlice(full, 41);
    const previewSlice = benchSlice(buildTask(pattern(16), PATTERN_SPEC), 21);
    unwrap(await pool.setTask(pattern(32), PATTERN_SPEC));
    const landscapeMs = await median(async () => unwrap(await pool.landscape(fullSlice)), 2, 5);
    const previewMs = await median(
      async () => unwrap(await pool.landscape(previewSlice, { variant: pattern(16) })),
      3,
      9,
    );
    const oneThreadLandscapeMs = await median(() => Promise.resolve(sliceGrid(full, fullSlice)), 1, 3);
    const forage = buildTask(FORAGE, FORAGE_SPEC);
    const genomes = population(forage, 200);
    unwrap(await pool.setTask(FORAGE, FORAGE_SPEC));
    const forageMs = await median(async () => unwrap(await pool.evaluate(genomes, 200, 12345)), 3, 7);
    return {
      workers: pool.size,
      landscape_ms: landscapeMs,
      preview_ms: previewMs,
      landscape_ms_one_thread: oneThreadLandscapeMs,
      forage_gen_ms: forageMs,
    };
  } finally {
    pool.close();
  }
}

declare global {
  interface Window {
    poolPage?: { check: typeof check; timings: typeof timings };
  }
}

window.poolPage = { check, timings };
