import { describe, expect, it } from 'vitest';
import { forwardAt } from '../../../../src/core/forward';
import { allExamples, lossAndGradient, lossValue, type Dataset } from '../../../../src/core/loss';
import { createGenome, isFiniteGenome, Network, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { Trainer, type TrainerConfig } from '../../../../src/core/training/trainer';
import { SORT_RULES, sortTask } from '../tasks/sortFixtures';

const REG_SPEC: NetworkSpec = { layers: [1, 4, 1], activations: ['tanh', 'linear'] };

/** y = 2x − 0.5 on 64 points of [−1, 1]: an unbounded (MSE) loss that can really explode. */
function regression(): Dataset {
  const n = 64;
  const inputs = new Float32Array(n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    inputs[i] = -1 + (2 * i) / (n - 1);
    targets[i] = 2 * inputs[i]! - 0.5;
  }
  return { inputs, targets, count: n };
}

function config(patch: Partial<TrainerConfig> = {}): TrainerConfig {
  return { optimizer: { kind: 'sgd', learningRate: 0.1 }, batchSize: 0, seed: 1, ...patch };
}

function gradientAt(net: Network, genome: Float32Array, data: Dataset, kind: 'mse' | 'bce'): Float64Array {
  const g = new Float64Array(net.paramCount);
  lossAndGradient(net, genome, data, allExamples(data), kind, g);
  return g;
}

describe('Trainer optimisers (known answers against the formulas)', () => {
  const net = new Network(REG_SPEC);
  const data = regression();
  const w0 = createGenome(net, new Rng(3));

  it('sgd: w ← w − lr·g, and reports the loss before the step and ‖g‖', () => {
    const t = new Trainer(net, 'mse', data, w0, config());
    const g = gradientAt(net, w0, data, 'mse');
    const r = t.step();
    expect(r.loss).toBe(lossValue(net, w0, data, allExamples(data), 'mse'));
    expect(r.gradNorm).toBe(Math.sqrt(g.reduce((s, v) => s + v * v, 0)));
    for (let i = 0; i < w0.length; i++) expect(t.genome[i]).toBe(Math.fround(w0[i]! - 0.1 * g[i]!));
  });

  it('momentum and nesterov: two steps follow v ← μv + g', () => {
    for (const kind of ['momentum', 'nesterov'] as const) {
      const t = new Trainer(net, 'mse', data, w0, config({ optimizer: { kind, learningRate: 0.05, momentum: 0.8 } }));
      const w = Float32Array.from(w0);
      const v = new Float64Array(w.length);
      for (let step = 0; step < 2; step++) {
        const g = gradientAt(net, w, data, 'mse');
        for (let i = 0; i < w.length; i++) {
          v[i] = 0.8 * v[i]! + g[i]!;
          w[i] = w[i]! - 0.05 * (kind === 'nesterov' ? g[i]! + 0.8 * v[i]! : v[i]!);
        }
        t.step();
      }
      expect(t.genome).toEqual(w);
    }
  });

  it('adam: the first step moves each weight by lr·sign(g) (bias correction)', () => {
    const t = new Trainer(net, 'mse', data, w0, config({ optimizer: { kind: 'adam', learningRate: 0.01 } }));
    const g = gradientAt(net, w0, data, 'mse');
    t.step();
    for (let i = 0; i < w0.length; i++) {
      if (Math.abs(g[i]!) < 1e-6) continue;
      expect(t.genome[i]! - w0[i]!).toBeCloseTo(-0.01 * Math.sign(g[i]!), 5);
    }
  });

  it('weight decay adds λ·w to the gradient', () => {
    const plain = new Trainer(net, 'mse', data, w0, config());
    const decayed = new Trainer(net, 'mse', data, w0, config({ weightDecay: 0.5 }));
    plain.step();
    decayed.step();
    for (let i = 0; i < w0.length; i++)
      expect(decayed.genome[i]! - plain.genome[i]!).toBeCloseTo(-0.1 * 0.5 * w0[i]!, 5);
  });

  it('clipping by norm limits the step to lr·clipNorm', () => {
    const t = new Trainer(
      net,
      'mse',
      data,
      w0,
      config({ optimizer: { kind: 'sgd', learningRate: 1 }, clipNorm: 0.01 }),
    );
    const r = t.step();
    expect(r.gradNorm).toBeGreaterThan(0.01);
    let sq = 0;
    for (let i = 0; i < w0.length; i++) sq += (t.genome[i]! - w0[i]!) ** 2;
    expect(Math.sqrt(sq)).toBeCloseTo(0.01, 6);
  });

  it('frozen layers do not move; the others do', () => {
    const t = new Trainer(
      net,
      'mse',
      data,
      w0,
      config({ frozenLayers: [0], optimizer: { kind: 'adam', learningRate: 0.05 } }),
    );
    t.run(20);
    const layer0End = net.bOffset[0]! + net.sizes[1]!;
    for (let i = 0; i < layer0End; i++) expect(t.genome[i]).toBe(w0[i]);
    let moved = 0;
    for (let i = layer0End; i < w0.length; i++) if (t.genome[i] !== w0[i]) moved++;
    expect(moved).toBe(w0.length - layer0End);
  });

  it('a learning rate of 0 (set between steps) leaves the genome as it is', () => {
    const t = new Trainer(net, 'mse', data, w0, config());
    t.step();
    const before = t.genome.slice();
    t.configure({ optimizer: { kind: 'sgd', learningRate: 0 } });
    t.step();
    expect(t.genome).toEqual(before);
  });
});

describe('Trainer runs', () => {
  it('mini-batches are seeded: the same seed repeats the run bit for bit, another seed differs', () => {
    const task = sortTask(SORT_RULES.circle);
    const data = task.trainingSet(1);
    const g0 = createGenome(task.network, new Rng(1));
    const losses = (seed: number): Float64Array => {
      const t = new Trainer(task.network, 'bce', data, g0, config({ batchSize: 16, seed }));
      const out = new Float64Array(30);
      expect(t.run(30, out)).toBe(30);
      return out;
    };
    expect(losses(4)).toEqual(losses(4));
    expect(losses(4)).not.toEqual(losses(5));
  });

  it('run(n) reports a loss and gradient norm per step and lowers the loss', () => {
    const net = new Network(REG_SPEC);
    const t = new Trainer(
      net,
      'mse',
      regression(),
      createGenome(net, new Rng(2)),
      config({ optimizer: { kind: 'adam', learningRate: 0.05 } }),
    );
    const losses = new Float64Array(200);
    const norms = new Float64Array(200);
    expect(t.run(200, losses, norms)).toBe(200);
    expect(t.steps).toBe(200);
    expect(losses.every(Number.isFinite) && norms.every(Number.isFinite)).toBe(true);
    expect(t.fullLoss()).toBeLessThan(0.05 * losses[0]!);
  });

  it('a learning rate far too large ends diverged with the last good, finite genome (MSE: the loss explodes)', () => {
    const net = new Network(REG_SPEC);
    const data = regression();
    const t = new Trainer(
      net,
      'mse',
      data,
      createGenome(net, new Rng(2)),
      config({ optimizer: { kind: 'sgd', learningRate: 1e3 } }),
    );
    const seen: Float32Array[] = [t.genome.slice()];
    let r = t.step();
    for (let k = 0; k < 50 && r.status === 'ready'; k++) {
      seen.push(t.genome.slice());
      r = t.step();
    }
    expect(r.status).toBe('diverged');
    expect(t.divergence).not.toBeNull();
    expect(isFiniteGenome(t.genome)).toBe(true);
    expect(t.genome).toEqual(t.lastGood);
    expect(seen.some((g) => g.every((v, i) => v === t.genome[i]))).toBe(true);
    expect(Number.isFinite(t.fullLoss())).toBe(true);
    // Stays put until resumed; resumed with a sane rate it learns again.
    const frozen = t.genome.slice();
    expect(t.step().status).toBe('diverged');
    expect(t.genome).toEqual(frozen);
    t.resume();
    t.configure({ optimizer: { kind: 'sgd', learningRate: 0.01 } });
    expect(t.run(10)).toBe(10);
    expect(isFiniteGenome(t.genome)).toBe(true);
  });

  it('a learning rate far too large ends diverged on the sort task too (BCE: the weights run away)', () => {
    for (const kind of ['sgd', 'momentum', 'adam'] as const) {
      const task = sortTask(SORT_RULES.circle);
      const g0 = createGenome(task.network, new Rng(1));
      const t = new Trainer(
        task.network,
        'bce',
        task.trainingSet(1),
        g0,
        config({ optimizer: { kind, learningRate: 1e3 }, batchSize: 32 }),
      );
      expect(t.run(100)).toBeLessThan(100);
      expect(t.status).toBe('diverged');
      expect(t.divergence).toBe('weights-exploded');
      expect(isFiniteGenome(t.genome)).toBe(true);
      expect(t.genome).toEqual(t.lastGood);
      expect(Number.isFinite(task.fitness(t.genome, 0, 1))).toBe(true);
    }
  });

  it('the manual nudge moves along a direction; a nudge that blows the genome up is refused', () => {
    const net = new Network(REG_SPEC);
    const data = regression();
    const w0 = createGenome(net, new Rng(7));
    const t = new Trainer(net, 'mse', data, w0, config({ frozenLayers: [1] }));
    const dir = new Float32Array(net.paramCount).fill(1);
    const loss = t.nudge(dir, 0.25);
    const frozenStart = net.wOffset[1]!;
    for (let i = 0; i < w0.length; i++) expect(t.genome[i]).toBe(i < frozenStart ? Math.fround(w0[i]! + 0.25) : w0[i]);
    expect(loss).toBe(lossValue(net, t.genome, data, allExamples(data), 'mse'));
    const before = t.genome.slice();
    expect(t.nudge(dir, 1e30)).toBeNaN();
    expect(t.status).toBe('diverged');
    expect(t.genome).toEqual(before);
  });

  it('reset starts over from another genome, and a NaN genome is refused at the door', () => {
    const net = new Network(REG_SPEC);
    const t = new Trainer(net, 'mse', regression(), createGenome(net, new Rng(1)), config());
    t.run(5);
    const g = createGenome(net, new Rng(9));
    t.reset(g);
    expect(t.genome).toEqual(g);
    expect(t.steps).toBe(0);
    const bad = g.slice();
    bad[0] = NaN;
    expect(() => t.reset(bad)).toThrow(RangeError);
  });
});

describe('Trainer known answers', () => {
  // (task, start seed, optimiser, steps) → exact full-dataset loss and fitness; recorded from the final code.
  const TABLE = [
    { kind: 'sgd', lr: 0.5, expectLoss: 0.5899386720365838, expectFitness: 0 },
    { kind: 'nesterov', lr: 0.2, expectLoss: 0.22318658988076265, expectFitness: 0.275 },
    { kind: 'adam', lr: 0.05, expectLoss: 0.26430800005103433, expectFitness: 0.23 },
  ] as const;
  for (const row of TABLE) {
    it(`sort circle, genome seed 1, ${row.kind} lr ${row.lr}, batch 32, 100 steps`, () => {
      const task = sortTask(SORT_RULES.circle);
      const t = new Trainer(task.network, 'bce', task.trainingSet(1), createGenome(task.network, new Rng(1)), {
        optimizer: { kind: row.kind, learningRate: row.lr },
        batchSize: 32,
        weightDecay: 1e-4,
        clipNorm: 5,
        seed: 1,
      });
      t.run(100);
      expect(t.fullLoss()).toBe(row.expectLoss);
      expect(task.fitness(t.genome, 0, 1)).toBe(row.expectFitness);
    });
  }
});

describe('Trainer divergence is not cried wolf', () => {
  it('a start with near-zero loss does not take a later ordinary batch for an explosion', () => {
    const net = new Network(REG_SPEC);
    const g = createGenome(net, new Rng(4));
    const data = regression();
    // Targets are the genome's own outputs (loss ≈ 0), except one example that is off by 1.
    const out = new Float64Array(1);
    const targets = new Float32Array(data.count);
    for (let i = 0; i < data.count; i++) {
      forwardAt(net, g, 0, data.inputs, i, out, 0);
      targets[i] = out[0]!;
    }
    targets[data.count - 1] = targets[data.count - 1]! + 1;
    const own: Dataset = { inputs: data.inputs, targets, count: data.count };
    const make = (seed: number, explosionFloor?: number): Trainer =>
      new Trainer(net, 'mse', own, g, {
        ...config({ batchSize: 8, seed, optimizer: { kind: 'sgd', learningRate: 0.01 } }),
        ...(explosionFloor === undefined ? {} : { explosionFloor }),
      });
    // A batch order whose first batch misses the odd example (so the reference loss is ≈ 0).
    let seed = 1;
    while (make(seed).step().loss > 1e-4) seed++;
    const t = make(seed);
    const losses = new Float64Array(40);
    expect(t.run(40, losses)).toBe(40);
    expect(t.status).toBe('ready');
    expect(losses[0]).toBeLessThan(1e-4);
    expect(Math.max(...losses)).toBeGreaterThan(0.05);
    // Without the floor the same run is (wrongly) stopped: the floor is what keeps it going.
    const touchy = make(seed, 0);
    expect(touchy.run(40)).toBeLessThan(40);
    expect(touchy.divergence).toBe('loss-exploded');
  });

  it('a new dataset re-measures the reference loss', () => {
    const net = new Network(REG_SPEC);
    const easy = regression();
    const t = new Trainer(
      net,
      'mse',
      easy,
      createGenome(net, new Rng(2)),
      config({ optimizer: { kind: 'adam', learningRate: 0.05 }, explosionFactor: 10 }),
    );
    t.run(300);
    expect(t.fullLoss()).toBeLessThan(0.01);
    // Task B: the same inputs, targets far away. Its first loss is ≫ 10 × task A's, and that is no explosion.
    const far: Dataset = { ...easy, targets: easy.targets.map((v) => 5 - v) };
    t.setDataset(far);
    expect(t.run(20)).toBe(20);
    expect(t.status).toBe('ready');
  });
});
