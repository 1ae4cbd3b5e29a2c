// A sort task reading one head of a many-output brain (SortConfig.head): fitness, taste map and the
// training set use that output only; the other outputs are untaught (NaN targets).
import { describe, expect, it } from 'vitest';
import { Network, type NetworkSpec } from '../../../../src/core/network';
import { createSortTask } from '../../../../src/core/tasks/sort';
import { Trainer } from '../../../../src/core/training/trainer';
import { SORT_RULES, SORT_SPEC, sortConfig, sortTask } from './sortFixtures';

const TWO_HEADS: NetworkSpec = { layers: [2, 2], activations: ['sigmoid'] };

/** A 2-2 genome: head 0 implements the linear rule, head 1 its opposite (weights row-major, then biases). */
function twoHeadGenome(): Float32Array {
  const s = 10;
  return Float32Array.from([s, -0.6 * s, -s, 0.6 * s, 0.1 * s, -0.1 * s]);
}

function task(head: number, spec: NetworkSpec = TWO_HEADS) {
  const r = createSortTask({ ...sortConfig(SORT_RULES.linear), head }, spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('sort task heads', () => {
  it('fitness and the taste map read the task’s own head', () => {
    const g = twoHeadGenome();
    const a = task(0);
    const b = task(1);
    const p = a.bestAchievable(3);
    expect(a.fitness(g, 0, 3)).toBe(p);
    expect(b.fitness(g, 0, 3)).toBe(-(200 - Math.round(p * 200)) / 200);
    expect(b.evaluate(g, 3).details.goodEaten).toBe(0);
    const mapA = a.phenotype(g, 3);
    const mapB = b.phenotype(g, 3);
    if (mapA.kind !== 'sort' || mapB.kind !== 'sort') throw new Error('not a taste map');
    // Head 1 is head 0 negated: σ(−z) = 1 − σ(z) on every cell.
    for (let i = 0; i < mapA.map.length; i++) expect(mapA.map[i]! + mapB.map[i]!).toBeCloseTo(1, 5);
    expect(mapA.map.some((v, i) => Math.abs(v - mapB.map[i]!) > 0.9)).toBe(true);
  });

  it('the training set teaches the head only: the other outputs are NaN', () => {
    const data = task(1).trainingSet(3);
    const one = sortTask(SORT_RULES.linear, { layers: [2, 1], activations: ['sigmoid'] }).trainingSet(3);
    expect(data.targets.length).toBe(2 * data.count);
    expect(data.inputs).toEqual(one.inputs);
    for (let i = 0; i < data.count; i++) {
      expect(data.targets[2 * i]).toBeNaN();
      expect(data.targets[2 * i + 1]).toBe(one.targets[i]);
    }
  });

  it('a one-output brain is unchanged: head 0, no NaN in its targets', () => {
    const t = sortTask(SORT_RULES.circle, SORT_SPEC);
    expect(t.head).toBe(0);
    expect(t.trainingSet(5).targets.some(Number.isNaN)).toBe(false);
  });

  it('refuses a head the network does not have', () => {
    for (const [head, spec] of [
      [1, SORT_SPEC],
      [2, TWO_HEADS],
      [-1, TWO_HEADS],
      [0.5, TWO_HEADS],
    ] as const) {
      const r = createSortTask({ ...sortConfig(SORT_RULES.linear), head }, spec);
      expect(r.ok ? 'ok' : r.error.code, `head ${head}`).toBe('bad-network');
    }
  });

  it('with the shared layer frozen, learning head 1 leaves head 0 and its valley exactly as they were', () => {
    const spec: NetworkSpec = { layers: [2, 6, 2], activations: ['tanh', 'sigmoid'] };
    const a = task(0, spec);
    const b = createSortTask({ ...sortConfig(SORT_RULES.circle), head: 1 }, spec);
    if (!b.ok) throw new Error(b.error.message);
    const net = new Network(spec);
    const start = new Float32Array(net.paramCount).map((_, i) => Math.sin(i * 1.7) * 0.8);
    for (const optimizer of [
      { kind: 'momentum', learningRate: 0.5, momentum: 0.9 },
      { kind: 'adam', learningRate: 0.05 },
    ] as const) {
      const trainer = new Trainer(net, 'bce', b.value.trainingSet(3), start, {
        optimizer,
        batchSize: 32,
        seed: 1,
        frozenLayers: [0],
      });
      const before = b.value.fitness(start, 0, 3);
      trainer.run(100);
      expect(trainer.status).toBe('ready');
      const after = trainer.genome;
      const head1Start = net.wOffset[1]! + 6;
      for (let i = 0; i < net.paramCount; i++) {
        const moves = (i >= head1Start && i < net.bOffset[1]!) || i === net.bOffset[1]! + 1;
        if (!moves) expect(after[i], `weight ${i}`).toBe(start[i]);
      }
      expect(a.fitness(after, 0, 3)).toBe(a.fitness(start, 0, 3));
      expect(b.value.fitness(after, 0, 3)).toBeGreaterThan(before);
    }
  });
});
