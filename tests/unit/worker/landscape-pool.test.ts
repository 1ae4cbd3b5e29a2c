import { afterAll, describe, expect, test } from 'vitest';
import { randomSlice } from '../../../src/core/landscape';
import { sliceGrid } from '../../../src/core/landscapeGrid';
import { createGenome, type NetworkSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import { EnginePool } from '../../../src/worker/engine-pool';
import { nodePortFactory } from '../../../src/worker/node-port';

const PATTERN: TaskConfig = {
  kind: 'pattern',
  target: { type: 'texture', name: 'bark', seed: 4 },
  resolution: 8,
  colour: 'grey',
  inputs: 'xyr',
};
const PREVIEW: TaskConfig = { ...PATTERN, resolution: 4 };
const SPEC: NetworkSpec = { layers: [3, 8, 8, 1], activations: ['sin', 'sin', 'sigmoid'] };

function built(config: TaskConfig) {
  const task = createTask(config, SPEC);
  if (!task.ok) throw new Error(task.error.message);
  return task.value;
}

const pools: EnginePool[] = [];
afterAll(() => {
  for (const pool of pools) pool.close();
});

describe('landscape grids in the pool (the real pattern task, through the registry)', () => {
  test('fitness and loss of every cell are the same bits with 1, 2 and 3 workers as sliceGrid here', async () => {
    const task = built(PATTERN);
    const genome = createGenome(task.network, new Rng(3));
    const slice = randomSlice(task.network, genome, new Rng(9), 1, 11);
    if (!slice.ok) throw new Error(slice.error.message);
    const expected = sliceGrid(task, slice.value, true, 0);
    const expectedPreview = sliceGrid(built(PREVIEW), slice.value, false, 0);
    for (const workers of [1, 2, 3]) {
      const pool = new EnginePool(nodePortFactory(), workers);
      pools.push(pool);
      expect((await pool.setTask(PATTERN, SPEC)).ok).toBe(true);
      const progress: number[] = [];
      const grid = await pool.landscape(slice.value, { withLoss: true }, { onProgress: (d) => progress.push(d) });
      if (!grid.ok) throw new Error(grid.error.message);
      expect(Array.from(grid.value.fitness)).toEqual(Array.from(expected.fitness));
      expect(Array.from(grid.value.loss!)).toEqual(Array.from(expected.loss!));
      expect(progress[progress.length - 1]).toBe(121);
      const preview = await pool.landscape(slice.value, { variant: PREVIEW });
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.value.loss).toBeNull();
      expect(Array.from(preview.value.fitness)).toEqual(Array.from(expectedPreview.fitness));
      pool.close();
    }
  });

  test('a slice of the wrong network or a bad variant is an error value', async () => {
    const pool = new EnginePool(nodePortFactory(), 2);
    pools.push(pool);
    expect((await pool.setTask(PATTERN, SPEC)).ok).toBe(true);
    const wrong = { origin: new Float64Array(3), d1: new Float64Array(3), d2: new Float64Array(3), span: 1, n: 3 };
    const r = await pool.landscape(wrong);
    expect(r.ok ? 'ok' : r.error.code).toBe('bad-request');
    const task = built(PATTERN);
    const slice = randomSlice(task.network, createGenome(task.network, new Rng(1)), new Rng(2), 1, 3);
    if (!slice.ok) throw new Error(slice.error.message);
    const v = await pool.landscape(slice.value, { variant: { ...PATTERN, resolution: 1 } });
    expect(v.ok ? 'ok' : v.error.code).toBe('task-error');
  });
});
