/**
 * The fixed benchmark worlds and their helpers, shared by the pool benchmark (bench/pool.ts) and the
 * browser pool test page (tests/e2e/pages/pool-page.ts) so both time exactly the same jobs.
 */
import { randomSlice, type LandscapeSlice } from '../src/core/landscape';
import { createGenome, type NetworkSpec } from '../src/core/network';
import type { Result } from '../src/core/result';
import { Rng } from '../src/core/rng';
import { BENCH_FORAGE_CONFIG, BENCH_FORAGE_SPEC } from '../src/core/tasks/forage-config';
import { createTask, type TaskConfig } from '../src/core/tasks/registry';
import type { Task } from '../src/core/tasks/task';

/** The landscape benchmark's creature: 3-16-16-1, sine hidden layers, sigmoid output. */
export const PATTERN_SPEC: NetworkSpec = { layers: [3, 16, 16, 1], activations: ['sin', 'sin', 'sigmoid'] };
export const FORAGE: TaskConfig = { kind: 'forage', ...BENCH_FORAGE_CONFIG };
export const FORAGE_SPEC: NetworkSpec = {
  layers: [...BENCH_FORAGE_SPEC.layers],
  activations: [...BENCH_FORAGE_SPEC.activations],
};

/** The grey bark pattern task at `resolution` × `resolution` pixels. */
export function pattern(resolution: number): TaskConfig {
  return {
    kind: 'pattern',
    target: { type: 'texture', name: 'bark', seed: 1 },
    resolution,
    colour: 'grey',
    inputs: 'xyr',
  };
}

export function buildTask(config: TaskConfig, spec: NetworkSpec): Task {
  const r = createTask(config, spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A seeded random slice of `n` × `n` cells through a seeded genome of the task. */
export function benchSlice(task: Task, n: number): LandscapeSlice {
  const r = randomSlice(task.network, createGenome(task.network, new Rng(1)), new Rng(2), 1, n);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function unwrap<T>(r: Result<T, { code: string; message: string }>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
