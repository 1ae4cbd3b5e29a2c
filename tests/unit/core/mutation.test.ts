import { describe, expect, it } from 'vitest';
import { crossoverOnePoint, crossoverPerNeuron, crossoverUniform } from '../../../src/core/crossover';
import { hammingDistance, l2Distance } from '../../../src/core/distance';
import { mutateBases, mutateGaussian, mutateGenomeBases } from '../../../src/core/mutation';
import { Network, createGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';

const net = new Network({ layers: [8, 16, 4], activations: ['tanh', 'tanh'] });

describe('mutation', () => {
  it('Gaussian mutation hits the requested rate and reports exactly what changed', () => {
    const rng = new Rng(1);
    const g = createGenome(net, rng);
    let total = 0;
    const trials = 400;
    const changed = new Int32Array(net.paramCount);
    for (let t = 0; t < trials; t++) {
      const before = g.slice();
      const n = mutateGaussian(g, 0, g.length, 0.05, 0.2, rng, changed);
      total += n;
      const diff = [];
      for (let i = 0; i < g.length; i++) if (g[i] !== before[i]) diff.push(i);
      expect(diff).toEqual(Array.from(changed.subarray(0, n)));
    }
    const observed = total / (trials * net.paramCount);
    // Binomial: σ of the rate = √(p(1−p)/N) ≈ 0.0007; allow 5σ.
    expect(Math.abs(observed - 0.05)).toBeLessThan(0.0035);
  });

  it('base substitution per codon position follows its rates and always changes the base', () => {
    const rng = new Rng(2);
    const k = 3;
    const n = 30000;
    const bases = new Uint8Array(n).map(() => rng.int(4));
    const before = bases.slice();
    const changed = new Int32Array(n);
    const count = mutateBases(bases, 0, n, [0.01, 0.02, 0.2], k, rng, changed);
    const perPos = [0, 0, 0];
    for (let i = 0; i < count; i++) {
      const idx = changed[i]!;
      expect(bases[idx]).not.toBe(before[idx]);
      perPos[idx % k]!++;
    }
    expect(Math.abs(perPos[0]! / (n / 3) - 0.01)).toBeLessThan(0.004);
    expect(Math.abs(perPos[1]! / (n / 3) - 0.02)).toBeLessThan(0.006);
    expect(Math.abs(perPos[2]! / (n / 3) - 0.2)).toBeLessThan(0.02);
    let diffs = 0;
    for (let i = 0; i < n; i++) if (bases[i] !== before[i]) diffs++;
    expect(diffs).toBe(count);
  });

  it('same seed, same mutations, bit for bit', () => {
    const run = (): Float32Array => {
      const rng = new Rng(77);
      const g = createGenome(net, rng);
      mutateGaussian(g, 0, g.length, 0.3, 0.5, rng);
      mutateGenomeBases(g, { k: 3, range: 4 }, 0.05, rng, new Uint8Array(g.length * 3));
      return g;
    };
    expect(Buffer.from(run().buffer).equals(Buffer.from(run().buffer))).toBe(true);
  });
});

describe('crossover and distance', () => {
  const rng = new Rng(5);
  // Every weight and bias non-zero and different, so a child weight names its parent.
  const a = createGenome(net, rng).map((w) => w + 0.5 + rng.uniform());
  const b = createGenome(net, rng).map((w) => w - 0.5 - rng.uniform());
  const out = new Float32Array(net.paramCount);

  it('every child weight comes from one parent, and the count from b is right', () => {
    for (const cross of [
      (r: Rng) => crossoverUniform(a, b, r, out),
      (r: Rng) => crossoverOnePoint(a, b, r, out),
      (r: Rng) => crossoverPerNeuron(net, a, b, r, out),
    ]) {
      const fromB = cross(new Rng(9));
      let countB = 0;
      for (let i = 0; i < out.length; i++) {
        expect(out[i] === a[i] || out[i] === b[i]).toBe(true);
        if (out[i] === b[i]) countB++;
      }
      expect(countB).toBe(fromB);
    }
  });

  it('per-neuron crossover moves a neuron’s incoming weights and bias together', () => {
    crossoverPerNeuron(net, a, b, new Rng(3), out);
    for (let l = 0; l < net.depth; l++) {
      const nIn = net.sizes[l]!;
      for (let j = 0; j < net.sizes[l + 1]!; j++) {
        const parent = out[net.bOffset[l]! + j] === a[net.bOffset[l]! + j] ? a : b;
        for (let i = 0; i < nIn; i++)
          expect(out[net.wOffset[l]! + j * nIn + i]).toBe(parent[net.wOffset[l]! + j * nIn + i]);
      }
    }
  });

  it('distances: zero to itself, symmetric, Hamming counts changed bases', () => {
    expect(l2Distance(a, a)).toBe(0);
    expect(l2Distance(a, b)).toBe(l2Distance(b, a));
    const codec = { k: 3, range: 4 };
    const c = a.slice();
    c[0] = 0; // a codon GAA
    c[1] = 0;
    const expected = hammingDistance(a.subarray(0, 2), Float32Array.of(0, 0), codec);
    expect(hammingDistance(a, c, codec)).toBe(expected);
    expect(hammingDistance(a, a, codec)).toBe(0);
  });
});
