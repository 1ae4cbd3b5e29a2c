import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoidApprox } from '../../../../src/core/activations';
import { forwardAt } from '../../../../src/core/forward';
import { allExamples, lossAndGradient, lossValue } from '../../../../src/core/loss';
import { createGenome, Network, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { createPatternTask, type PatternConfig, type PatternTask } from '../../../../src/core/tasks/pattern';

const SPEC: NetworkSpec = { layers: [3, 16, 16, 1], activations: ['sin', 'sin', 'sigmoid'] };
const BARK: PatternConfig = {
  kind: 'pattern',
  target: { type: 'texture', name: 'bark', seed: 3 },
  resolution: 16,
  colour: 'grey',
  inputs: 'xyr',
};

function task(config: unknown, spec: NetworkSpec): PatternTask {
  const r = createPatternTask(config, spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function randomGenome64(net: Network, seed: number, scale = 1): Float64Array {
  const rng = new Rng(seed);
  const g = new Float64Array(net.paramCount);
  for (let i = 0; i < g.length; i++) g[i] = scale * rng.normal();
  return g;
}

describe('createPatternTask', () => {
  it('accepts a valid config and spec', () => {
    const r = createPatternTask(BARK, SPEC);
    expect(r.ok).toBe(true);
  });

  it.each([
    [{ ...BARK, kind: 'forage' }, 'kind'],
    [{ ...BARK, target: { type: 'texture', name: 'marble', seed: 1 } }, 'target.name'],
    [{ ...BARK, target: { type: 'texture', name: 'sand', seed: -1 } }, 'target.seed'],
    [{ ...BARK, target: { type: 'shape', name: 'letter', letter: 'Q' } }, 'target.letter'],
    [{ ...BARK, target: { type: 'blob' } }, 'target.type'],
    [{ ...BARK, resolution: 3 }, 'resolution'],
    [{ ...BARK, resolution: 16.5 }, 'resolution'],
    [{ ...BARK, colour: 'cmyk' }, 'colour'],
    [{ ...BARK, inputs: 'xyz' }, 'inputs'],
    [null, ''],
  ])('rejects a bad config naming the field (%#)', (config, field) => {
    const r = createPatternTask(config, SPEC);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });

  it('rejects a network whose inputs or outputs do not fit', () => {
    const xy = createPatternTask({ ...BARK, inputs: 'xy' }, SPEC);
    expect(!xy.ok && xy.error.code).toBe('network-mismatch');
    const rgb = createPatternTask({ ...BARK, colour: 'rgb' }, SPEC);
    expect(!rgb.ok && rgb.error.code).toBe('network-mismatch');
    const okRgb = createPatternTask(
      { ...BARK, colour: 'rgb', inputs: 'xy' },
      { layers: [2, 8, 3], activations: ['sin', 'sigmoid'] },
    );
    expect(okRgb.ok).toBe(true);
    const bad = createPatternTask(BARK, { layers: [3, 1], activations: ['softmax' as 'sin'] });
    expect(!bad.ok && bad.error.code).toBe('bad-network');
  });
});

describe('PatternTask fitness', () => {
  it('the batch forward gives forwardAt’s bits on every pixel (float32 and float64 genomes, any activation)', () => {
    const cases: [PatternConfig, NetworkSpec][] = [
      [BARK, SPEC],
      [
        { ...BARK, colour: 'rgb', inputs: 'xy' },
        { layers: [2, 7, 5, 3], activations: ['tanh', 'relu', 'linear'] },
      ],
      [
        { ...BARK, resolution: 5 },
        { layers: [3, 6, 1], activations: ['sin', 'sigmoid'] },
      ],
    ];
    for (const [config, spec] of cases) {
      const t = task(config, spec);
      const net = new Network(spec);
      const g32 = createGenome(net, new Rng(5), 3);
      const g64 = randomGenome64(net, 6, 2);
      for (const g of [g32, g64]) {
        const skinRaw = new Float64Array(t.pixelCount * t.channels);
        const one = new Float64Array(t.channels);
        for (let p = 0; p < t.pixelCount; p++) {
          forwardAt(net, g, 0, t.inputGrid, p * net.inputSize, one, 0);
          skinRaw.set(one, p * t.channels);
        }
        // Same bits: compare the MSE computed from forwardAt's outputs with the task's fitness.
        let total = 0;
        for (let p = 0; p < t.pixelCount; p++) {
          let s = 0;
          for (let c = 0; c < t.channels; c++) {
            const e = skinRaw[p * t.channels + c]! - t.targets[p * t.channels + c]!;
            s += e * e;
          }
          total += s;
        }
        expect(t.fitness(g, 0, 0)).toBe(1 - total / (t.pixelCount * t.channels));
      }
    }
  });

  it('a zero genome paints 0.5 grey: fitness = 1 − mean (0.5 − t)² (known answer)', () => {
    const t = task(BARK, SPEC);
    const g = new Float32Array(t.network.paramCount);
    let total = 0;
    for (let p = 0; p < t.pixelCount; p++) total += (0.5 - t.targets[p]!) ** 2;
    expect(sigmoidApprox(0)).toBe(0.5);
    expect(t.fitness(g, 0, 0)).toBe(1 - total / t.pixelCount);
  });

  it('is deterministic, ignores the seed argument, and reads the genome at gOff', () => {
    const a = task(BARK, SPEC);
    const b = task(BARK, SPEC);
    const g = createGenome(a.network, new Rng(9));
    const padded = new Float32Array(g.length + 7);
    padded.set(g, 7);
    const f = a.fitness(g, 0, 1);
    expect(b.fitness(g, 0, 99)).toBe(f);
    expect(a.fitness(padded, 7, 0)).toBe(f);
    expect(a.evaluate(g, 0)).toEqual({ fitness: f, details: { mse: 1 - f } });
  });

  it('with a sigmoid output, fitness stays in [0, 1] (property)', () => {
    const t = task(
      { ...BARK, resolution: 8, colour: 'rgb', inputs: 'xy' },
      { layers: [2, 8, 3], activations: ['sin', 'sigmoid'] },
    );
    expect(t.fitnessRange).toEqual([0, 1]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0.1, max: 30, noNaN: true }), (seed, scale) => {
        const f = t.fitness(randomGenome64(t.network, seed, scale), 0, 0);
        return f >= 0 && f <= 1;
      }),
      { numRuns: 60 },
    );
    const linear = task(BARK, { layers: [3, 4, 1], activations: ['tanh', 'linear'] });
    expect(linear.fitnessRange).toEqual([-Infinity, 1]);
  });
});

describe('known answers', () => {
  // (config, network, genome seed, gain 2) → exact fitness. Pins textures, shapes, the forward pass and
  // the MSE: a change to any of them must be deliberate (and update this table).
  const table: [PatternConfig, NetworkSpec, number, number][] = [
    [{ ...BARK, target: { type: 'texture', name: 'bark', seed: 1 }, resolution: 32 }, SPEC, 1, 0.846018567735585],
    [
      {
        kind: 'pattern',
        target: { type: 'texture', name: 'leaves', seed: 7 },
        resolution: 16,
        colour: 'rgb',
        inputs: 'xy',
      },
      { layers: [2, 12, 3], activations: ['tanh', 'sigmoid'] },
      2,
      0.9103137722293646,
    ],
    [
      {
        kind: 'pattern',
        target: { type: 'shape', name: 'letter', letter: 'S' },
        resolution: 16,
        colour: 'grey',
        inputs: 'xyr',
      },
      { layers: [3, 8, 8, 1], activations: ['sin', 'relu', 'sigmoid'] },
      3,
      0.7703765650123502,
    ],
  ];
  it.each(table)('%#', (config, spec, seed, fitness) => {
    const t = task(config, spec);
    expect(t.fitness(createGenome(t.network, new Rng(seed), 2), 0, 0)).toBe(fitness);
  });
});

describe('training lowers exactly the MSE evolution raises', () => {
  const configs: [string, PatternConfig, NetworkSpec][] = [
    ['grey bark, xyr, sigmoid', BARK, SPEC],
    [
      'rgb ring, xy, sigmoid',
      { kind: 'pattern', target: { type: 'shape', name: 'ring' }, resolution: 8, colour: 'rgb', inputs: 'xy' },
      { layers: [2, 6, 3], activations: ['tanh', 'sigmoid'] },
    ],
    [
      'grey letter, linear output',
      {
        kind: 'pattern',
        target: { type: 'shape', name: 'letter', letter: 'W' },
        resolution: 8,
        colour: 'grey',
        inputs: 'xyr',
      },
      { layers: [3, 5, 1], activations: ['sin', 'linear'] },
    ],
  ];

  it.each(configs)('%s: loss = 1 − fitness', (_name, config, spec) => {
    const t = task(config, spec);
    const data = t.trainingSet(0);
    expect(data.count).toBe(t.pixelCount);
    for (let seed = 1; seed <= 5; seed++) {
      const g = createGenome(t.network, new Rng(seed), 1.5);
      const loss = lossValue(t.network, g, data, allExamples(data), 'mse');
      const f = t.fitness(g, 0, 0);
      expect(Math.abs(loss - (1 - f))).toBeLessThanOrEqual(2e-16);
      expect(1 - loss).toBe(f);
    }
  });

  it.each(configs)('%s: dLoss/dGenome = −dFitness/dGenome (central differences of fitness)', (_name, config, spec) => {
    const t = task(config, spec);
    const data = t.trainingSet(0);
    const g = randomGenome64(t.network, 11, 0.7);
    const grad = new Float64Array(g.length);
    lossAndGradient(t.network, g, data, allExamples(data), 'mse', grad);
    const h = 1e-5;
    let worst = 0;
    for (let i = 0; i < g.length; i++) {
      const keep = g[i]!;
      g[i] = keep + h;
      const up = t.fitness(g, 0, 0);
      g[i] = keep - h;
      const down = t.fitness(g, 0, 0);
      g[i] = keep;
      const dFitness = (up - down) / (2 * h);
      worst = Math.max(worst, Math.abs(grad[i]! + dFitness) / Math.max(1e-3, Math.abs(grad[i]!)));
    }
    expect(worst).toBeLessThan(1e-5);
  });
});

describe('phenotype and visibility', () => {
  it('the skin is the network’s picture, clamped to [0, 1], at any resolution', () => {
    const t = task(BARK, { layers: [3, 8, 1], activations: ['sin', 'linear'] });
    const g = createGenome(t.network, new Rng(2), 4);
    const ph = t.phenotype(g, 0);
    expect(ph.kind).toBe('pattern');
    if (ph.kind !== 'pattern') return;
    expect([ph.width, ph.height, ph.channels, ph.pixels.length]).toEqual([16, 16, 1, 256]);
    const out = new Float64Array(1);
    let clamped = 0;
    for (let p = 0; p < 256; p++) {
      forwardAt(t.network, g, 0, t.inputGrid, p * 3, out, 0);
      const v = Math.min(1, Math.max(0, out[0]!));
      if (v !== out[0]) clamped++;
      expect(ph.pixels[p]).toBe(Math.fround(v));
    }
    expect(clamped).toBeGreaterThan(0);
    const big = t.skin(g, 48);
    expect([big.width, big.pixels.length]).toEqual([48, 48 * 48]);
    expect(t.skin(g, 48)).toEqual(big);
    expect([t.skin(g, 0).width, t.skin(g, 1e6).width, t.skin(g, NaN).width]).toEqual([1, 512, 1]);
    expect(t.fitness(g, 0, 0)).toBe(t.fitness(g, 0, 0)); // display grids do not disturb the task's own
  });

  it('visibility is 0 on its own picture, (0.5)² for mid-grey on black, in [0, 1], 0 off the background', () => {
    const t = task(BARK, SPEC);
    const g = createGenome(t.network, new Rng(4));
    expect(t.visibility(g, t.skin(g, 16))).toBe(0);
    const zero = new Float32Array(t.network.paramCount);
    const black = { width: 40, height: 30, channels: 3, pixels: new Float32Array(40 * 30 * 3) };
    expect(t.visibility(zero, black, 10, 5)).toBe(0.25);
    expect(t.visibility(zero, black, 39, 29)).toBe(0.25); // one pixel overlaps
    expect(t.visibility(zero, black, 40, 0)).toBe(0);
    const target = t.targetImage();
    expect(t.visibility(zero, target)).toBeCloseTo(1 - t.fitness(zero, 0, 0), 6);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: -20, max: 40 }), (seed, x0) => {
        const v = t.visibility(randomGenome64(t.network, seed, 3), black, x0, 3);
        return v >= 0 && v <= 1;
      }),
      { numRuns: 30 },
    );
  });
});
