import { describe, expect, it } from 'vitest';
import { forgettingExamples, ForgettingTrace } from '../../../../src/core/experiments/forgetting';
import { createGenome, Network, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { createSortTask, type SortTask } from '../../../../src/core/tasks/sort';
import { Trainer, type TrainerConfig } from '../../../../src/core/training/trainer';

const SPEC: NetworkSpec = { layers: [2, 8, 8, 1], activations: ['tanh', 'tanh', 'sigmoid'] };
const TRAINING: TrainerConfig = { optimizer: { kind: 'adam', learningRate: 0.03 }, batchSize: 32, seed: 3 };

/** Berries of one hue range; the spiky ones are good (sign +1) or the smooth ones (−1). */
function world(lo: number, hi: number, sign: number): SortTask {
  const r = createSortTask(
    {
      features: [
        { name: 'hue', distribution: { kind: 'uniform', lo, hi } },
        { name: 'spikes', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
      ],
      rule: { kind: 'linear', weights: [0.3 * sign, sign], bias: 0 },
      itemCount: 200,
    },
    SPEC,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const A = world(-1, 0, 1);
const B = world(0, 1, -1);
const a = A.trainingSet(1);
const b = B.trainingSet(1);

function learnedA(): Float32Array {
  const t = new Trainer(A.network, 'bce', a, createGenome(A.network, new Rng(4)), TRAINING);
  t.run(400);
  return t.genome.slice();
}

function learnB(start: Float32Array, patch: Partial<TrainerConfig>, rehearse: boolean): Trainer {
  const data = forgettingExamples(a, b, { learning: 'B', rehearse, rehearseShare: 0.3, seed: 1 });
  if (!data.ok) throw new Error(data.error.message);
  const t = new Trainer(A.network, 'bce', data.value, start, { ...TRAINING, ...patch });
  t.run(400);
  return t;
}

describe('catastrophic forgetting and its cures (known answers)', () => {
  const start = learnedA();
  const fitA = (g: Float32Array): number => A.fitness(g, 0, 1);
  const fitB = (g: Float32Array): number => B.fitness(g, 0, 1);

  it('learning B alone wipes out A; rehearsing A keeps most of it and still learns B', () => {
    expect(fitA(start)).toBeGreaterThan(0.45);
    expect(fitB(start)).toBeLessThan(0);
    const plain = learnB(start, {}, false).genome;
    expect(fitB(plain)).toBeGreaterThan(0.3);
    expect(fitA(plain)).toBeLessThan(0);
    const rehearsed = learnB(start, {}, true).genome;
    expect(fitB(rehearsed)).toBeGreaterThan(0.3);
    expect(fitA(rehearsed)).toBeGreaterThan(0.4);
  });

  it('a frozen layer keeps its weights and biases bit for bit; the other layers learn', () => {
    const net = new Network(SPEC);
    for (const frozen of [0, 1, 2]) {
      const t = learnB(start, { frozenLayers: [frozen] }, false);
      const from = net.wOffset[frozen]!;
      const to = net.bOffset[frozen]! + net.sizes[frozen + 1]!;
      let moved = 0;
      for (let i = 0; i < start.length; i++) {
        if (i >= from && i < to) expect(Object.is(t.genome[i], start[i])).toBe(true);
        else if (t.genome[i] !== start[i]) moved++;
      }
      expect(moved).toBeGreaterThan(0);
    }
  });

  it('learning A uses A’s own examples; a mix has B’s count with 30 % from A', () => {
    const onA = forgettingExamples(a, b, { learning: 'A', rehearse: true, rehearseShare: 0.3, seed: 1 });
    expect(onA.ok && onA.value).toBe(a);
    const mix = forgettingExamples(a, b, { learning: 'B', rehearse: true, rehearseShare: 0.3, seed: 1 });
    if (!mix.ok) throw new Error(mix.error.message);
    expect(mix.value.count).toBe(b.count);
    let fromA = 0;
    for (let i = 0; i < mix.value.count; i++) if (mix.value.inputs[2 * i]! < 0) fromA++;
    expect(fromA).toBe(60);
  });
});

describe('ForgettingTrace', () => {
  it('keeps both fitnesses per step, the best A and how much was forgotten', () => {
    const t = new ForgettingTrace(3);
    t.record(0, 0.5, -0.2);
    t.record(10, 0.3, 0.1);
    t.record(10, 0.2, 0.2);
    expect(t.steps).toEqual([0, 10]);
    expect(t.lastA).toBe(0.2);
    expect(t.bestA).toBe(0.5);
    expect(t.forgotten).toBeCloseTo(0.3, 12);
    t.record(20, 0.1, 0.3);
    t.record(30, 0.1, 0.3);
    expect(t.steps).toEqual([10, 20, 30]);
    t.clear();
    expect(t.lastA).toBeNaN();
  });
});
