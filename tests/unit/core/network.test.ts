import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation } from '../../../src/core/activations';
import { forward, forwardBatch, forwardPopulation } from '../../../src/core/forward';
import { Network, createGenome, parameterCount, validateSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';

const exact: Record<Activation, (x: number) => number> = {
  linear: (x) => x,
  tanh: Math.tanh,
  relu: (x) => Math.max(0, x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  sin: Math.sin,
};

describe('network layout and forward pass', () => {
  it('counts parameters and lays out W[out][in] then b per layer', () => {
    const net = new Network({ layers: [3, 4, 2], activations: ['tanh', 'linear'] });
    expect(net.paramCount).toBe(3 * 4 + 4 + 4 * 2 + 2);
    expect(parameterCount({ layers: [23, 12, 2], activations: ['tanh', 'tanh'] })).toBe(314);
    expect(Array.from(net.wOffset)).toEqual([0, 16]);
    expect(Array.from(net.bOffset)).toEqual([12, 24]);
    expect(net.locate(5)).toEqual({ layer: 0, kind: 'weight', out: 1, in: 2 });
    expect(net.locate(13)).toEqual({ layer: 0, kind: 'bias', out: 1, in: -1 });
    expect(net.locate(19)).toEqual({ layer: 1, kind: 'weight', out: 0, in: 3 });
  });

  it('rejects impossible shapes with a value, not an exception', () => {
    expect(validateSpec({ layers: [2], activations: [] }).ok).toBe(false);
    expect(validateSpec({ layers: [2, 0, 1], activations: ['tanh', 'tanh'] }).ok).toBe(false);
    expect(validateSpec({ layers: [2, 3], activations: ['softmax' as Activation] }).ok).toBe(false);
    expect(validateSpec({ layers: [64, 64, 64, 64], activations: ['tanh', 'tanh', 'tanh'] }).ok).toBe(false);
  });

  // A 2-2-1 network worked by hand: h = f1(W1·x + b1), y = f2(W2·h + b2).
  // W1 = [[0.5, -1], [1.5, 0.25]], b1 = [0.1, -0.2], W2 = [[2, -0.5]], b2 = [0.3], x = [0.8, -0.4]
  // z1 = [0.5·0.8 + (−1)(−0.4) + 0.1, 1.5·0.8 + 0.25·(−0.4) − 0.2] = [0.9, 0.9]
  const genome = Float32Array.from([0.5, -1, 1.5, 0.25, 0.1, -0.2, 2, -0.5, 0.3]);
  const x = Float32Array.from([0.8, -0.4]);
  for (const act of ACTIVATIONS) {
    it(`known answer for a hand-worked 2-2-1 ${act} network`, () => {
      const net = new Network({ layers: [2, 2, 1], activations: [act, act] });
      const f = exact[act];
      const z1 = [0.9, 0.9];
      const h = z1.map(f);
      const want = f(2 * h[0]! - 0.5 * h[1]! + 0.3);
      const out = new Float32Array(1);
      const acts = new Float64Array(net.neuronCount);
      forward(net, genome, x, out, acts);
      expect(Math.abs(out[0]! - want)).toBeLessThan(2e-6);
      expect(Math.abs(acts[2]! - h[0]!)).toBeLessThan(2e-6);
    });
  }

  it('batch and population passes agree with single passes, bit for bit', () => {
    const rng = new Rng(5);
    const net = new Network({ layers: [8, 16, 4], activations: ['tanh', 'sigmoid'] });
    const count = 7;
    const genomes = new Float32Array(count * net.paramCount);
    const inputs = new Float32Array(count * 8).map(() => rng.range(-1, 1));
    for (let p = 0; p < count; p++) genomes.set(createGenome(net, rng), p * net.paramCount);
    const pop = new Float32Array(count * 4);
    forwardPopulation(net, genomes, count, inputs, pop);
    const one = new Float32Array(4);
    for (let p = 0; p < count; p++) {
      forward(
        net,
        genomes.subarray(p * net.paramCount, (p + 1) * net.paramCount),
        inputs.subarray(p * 8, p * 8 + 8),
        one,
      );
      expect(Array.from(pop.subarray(p * 4, p * 4 + 4))).toEqual(Array.from(one));
    }
    const batch = new Float32Array(count * 4);
    const g0 = genomes.subarray(0, net.paramCount);
    forwardBatch(net, g0, inputs, count, batch);
    for (let s = 0; s < count; s++) {
      forward(net, g0, inputs.subarray(s * 8, s * 8 + 8), one);
      expect(Array.from(batch.subarray(s * 4, s * 4 + 4))).toEqual(Array.from(one));
    }
  });

  it('initialisation is seeded: same seed, same genome, bit for bit; Xavier scale', () => {
    const net = new Network({ layers: [16, 32, 32, 4], activations: ['tanh', 'relu', 'tanh'] });
    const a = createGenome(net, new Rng(99));
    const b = createGenome(net, new Rng(99));
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(createGenome(net, new Rng(100)).buffer).equals(Buffer.from(a.buffer))).toBe(false);
    // Layer 0 (tanh, Xavier): σ² = 2/(16+32).
    let s2 = 0;
    for (let i = 0; i < 16 * 32; i++) s2 += a[i]! * a[i]!;
    expect(s2 / (16 * 32)).toBeGreaterThan((2 / 48) * 0.8);
    expect(s2 / (16 * 32)).toBeLessThan((2 / 48) * 1.2);
    // Biases start at zero.
    for (let j = 0; j < 32; j++) expect(a[net.bOffset[0]! + j]).toBe(0);
  });
});
