import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/core/loss';
import { createGenome, isFiniteGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { concatDatasets, rehearsalMix, subsetDataset } from '../../../../src/core/training/datasets';
import { LifetimeLearner } from '../../../../src/core/training/lifetime';
import { SORT_RULES, sortTask } from '../tasks/sortFixtures';

/** n examples of 2 inputs, 1 target; example i has inputs (base + i, −(base + i)) and target base + i. */
function labelled(base: number, n: number): Dataset {
  const inputs = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    inputs[2 * i] = base + i;
    inputs[2 * i + 1] = -(base + i);
    targets[i] = base + i;
  }
  return { inputs, targets, count: n };
}

describe('dataset choice', () => {
  it('a subset keeps the chosen examples in order', () => {
    const r = subsetDataset(labelled(0, 10), [7, 2, 2]);
    if (!r.ok) throw new Error(r.error.message);
    expect(Array.from(r.value.targets)).toEqual([7, 2, 2]);
    expect(Array.from(r.value.inputs)).toEqual([7, -7, 2, -2, 2, -2]);
    expect(subsetDataset(labelled(0, 10), [10]).ok).toBe(false);
  });

  it('a rehearsal mix takes round(share·count) old examples, the rest new, shuffled and seeded', () => {
    const old = labelled(100, 20);
    const fresh = labelled(0, 50);
    const r = rehearsalMix(old, fresh, 0.3, 40, new Rng(1));
    if (!r.ok) throw new Error(r.error.message);
    const t = Array.from(r.value.targets);
    expect(r.value.count).toBe(40);
    expect(t.filter((v) => v >= 100).length).toBe(12);
    expect(new Set(t.filter((v) => v >= 100)).size).toBe(12); // without replacement
    expect(new Set(t.filter((v) => v < 100)).size).toBe(28);
    for (let i = 0; i < 40; i++) expect(r.value.inputs[2 * i]).toBe(t[i]); // rows stay whole
    expect(t.slice(0, 12).every((v) => v >= 100)).toBe(false); // shuffled
    const again = rehearsalMix(old, fresh, 0.3, 40, new Rng(1));
    expect(again.ok && Array.from(again.value.targets)).toEqual(t);
    // More old examples asked for than there are: drawn again after a reshuffle.
    const big = rehearsalMix(old, fresh, 1, 30, new Rng(2));
    expect(big.ok && big.value.count).toBe(30);
  });

  it('refuses a bad share, mismatched shapes and empty sources', () => {
    expect(rehearsalMix(labelled(0, 5), labelled(0, 5), 1.5, 4, new Rng(1)).ok).toBe(false);
    const wide: Dataset = { inputs: new Float32Array(9), targets: new Float32Array(3), count: 3 };
    const m = rehearsalMix(labelled(0, 5), wide, 0.5, 4, new Rng(1));
    expect(!m.ok && m.error.code).toBe('shape-mismatch');
    const empty: Dataset = { inputs: new Float32Array(0), targets: new Float32Array(0), count: 0 };
    expect(rehearsalMix(empty, labelled(0, 5), 0.5, 4, new Rng(1)).ok).toBe(false);
    expect(rehearsalMix(empty, labelled(0, 5), 0, 4, new Rng(1)).ok).toBe(true);
    expect(concatDatasets(labelled(0, 2), wide).ok).toBe(false);
    const c = concatDatasets(labelled(0, 2), labelled(10, 1));
    expect(c.ok && Array.from(c.value.targets)).toEqual([0, 1, 10]);
  });
});

describe('lifetime learning', () => {
  it('learns k steps, the same whatever was learned before, and in place when asked', () => {
    const task = sortTask(SORT_RULES.circle);
    const learner = new LifetimeLearner(task.network, 'bce', task.trainingSet(1), {
      steps: 20,
      trainer: { optimizer: { kind: 'adam', learningRate: 0.05 }, batchSize: 32, seed: 3 },
    });
    const a = createGenome(task.network, new Rng(1));
    const b = createGenome(task.network, new Rng(2));
    const first = learner.learn(a).slice();
    learner.learn(b);
    expect(learner.learn(a)).toEqual(first);
    expect(first).not.toEqual(a);
    expect(isFiniteGenome(first)).toBe(true);
    const buf = new Float32Array(2 * a.length);
    buf.set(a, a.length);
    learner.learnInPlace(buf, a.length);
    expect(buf.subarray(a.length)).toEqual(first);
    expect(buf.subarray(0, a.length).every((v) => v === 0)).toBe(true);
  });
});
