import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sinApprox } from '../../../../src/core/detmath';
import { forwardAt } from '../../../../src/core/forward';
import { Network, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { meanSquaredError, PatternBatch, sinInPlace } from '../../../../src/core/tasks/patternForward';

describe('sinInPlace', () => {
  it('gives sinApprox’s bits, inside and outside [−π/2, π/2]', () => {
    const edges = [
      0,
      -0,
      Math.PI / 2,
      -Math.PI / 2,
      1.5707963267948966,
      1.5707963267948968,
      Math.PI,
      -Math.PI,
      1e5,
      -3e5,
      7.853981633974483,
    ];
    const xs = new Float64Array(edges);
    sinInPlace(xs, 0, xs.length);
    edges.forEach((x, i) => expect(Object.is(xs[i], sinApprox(x))).toBe(true));
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (x) => {
        const y = new Float64Array([x]);
        sinInPlace(y, 0, 1);
        return Object.is(y[0], sinApprox(x));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('PatternBatch', () => {
  it('matches forwardAt bit for bit across tiles, odd pixel counts and sizes not divisible by 4', () => {
    const spec: NetworkSpec = { layers: [3, 5, 9, 2], activations: ['sin', 'tanh', 'sigmoid'] };
    const net = new Network(spec);
    const rng = new Rng(8);
    const g = new Float32Array(net.paramCount).map(() => 2 * rng.normal());
    const pixels = 2 * 64 + 3; // two full tiles and an odd remainder
    const inputs = new Float64Array(pixels * 3).map(() => rng.range(-1, 1));
    const batch = new PatternBatch(net, pixels);
    const out = batch.run(g, 0, inputs);
    const one = new Float64Array(2);
    for (let p = 0; p < pixels; p++) {
      forwardAt(net, g, 0, inputs, p * 3, one, 0);
      expect([out[2 * p], out[2 * p + 1]]).toEqual([one[0], one[1]]);
    }
  });

  it('meanSquaredError averages over pixels and channels', () => {
    const out = new Float64Array([0, 1, 0.5, 0.5]);
    const t = new Float32Array([1, 1, 0, 0.5]);
    expect(meanSquaredError(out, t, 2, 2)).toBe((1 + 0 + 0.25 + 0) / 4);
    expect(meanSquaredError(out, t, 4, 1)).toBe((1 + 0 + 0.25 + 0) / 4);
    expect(meanSquaredError(out, t, 0, 1)).toBe(0);
  });
});
