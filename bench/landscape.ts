/**
 * Landscape benchmark row of issue 3: a 41×41 slice of a 32×32-pixel pattern task whose network is
 * 3-16-16-1 (sine, sine, sigmoid), and the coarse preview the game shows first (21×21 at 16×16
 * pixels). Single thread here (`ms` = `ms_one_thread` until the worker pool's row replaces it).
 */
import { randomSlice, type LandscapeSlice } from '../src/core/landscape';
import { sliceGrid } from '../src/core/landscapeGrid';
import { createGenome, type NetworkSpec } from '../src/core/network';
import { Rng } from '../src/core/rng';
import { createPatternTask, type PatternConfig, type PatternTask } from '../src/core/tasks/pattern';
import { measure } from './harness';

const SPEC: NetworkSpec = { layers: [3, 16, 16, 1], activations: ['sin', 'sin', 'sigmoid'] };

function patternTask(resolution: number): PatternTask {
  const config: PatternConfig = {
    kind: 'pattern',
    target: { type: 'texture', name: 'bark', seed: 1 },
    resolution,
    colour: 'grey',
    inputs: 'xyr',
  };
  const r = createPatternTask(config, SPEC);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function slice(task: PatternTask, n: number): LandscapeSlice {
  const genome = createGenome(task.network, new Rng(1));
  const r = randomSlice(task.network, genome, new Rng(2), 1, n);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Median milliseconds of one call. */
async function msPerCall(op: () => void, samples: number): Promise<number> {
  const m = await measure(op, { samples, sampleMs: 1, warmupMs: 300 });
  return 1000 / m.ops;
}

export async function landscapeRows(): Promise<Record<string, object>> {
  const full = patternTask(32);
  const fullSlice = slice(full, 41);
  const preview = patternTask(16);
  const previewSlice = slice(preview, 21);
  const ms = await msPerCall(() => sliceGrid(full, fullSlice), 5);
  const previewMs = await msPerCall(() => sliceGrid(preview, previewSlice), 9);
  return {
    landscape_41x41_pattern: {
      ms,
      preview_ms: previewMs,
      ms_one_thread: ms,
      preview_ms_one_thread: previewMs,
      workers: 1,
    },
  };
}
