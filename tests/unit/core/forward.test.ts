import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, activate, type Activation } from '../../../src/core/activations';
import { forwardAt, forwardPopulation, tanhRange } from '../../../src/core/forward';
import { tanhApprox } from '../../../src/core/detmath';
import { forwardSparseRowsAt, skipsZeroInputsExactly, SparseFirstLayer } from '../../../src/core/forwardSparse';
import { Network, type Weights } from '../../../src/core/network';

/**
 * The textbook loop the blocked kernels must reproduce bit for bit: per layer, per output j,
 * s = b_j; for i in order: s += W[j][i]·a_i; a_j = f(s). Returns every activation and pre-activation.
 */
function plainForward(net: Network, g: Weights, gOff: number, x: ArrayLike<number>): { a: number[]; z: number[] } {
  const a: number[] = Array.from(x);
  const z: number[] = new Array<number>(net.inputSize).fill(0);
  let prev = a.slice();
  for (let l = 0; l < net.depth; l++) {
    const nIn = net.sizes[l]!;
    const nOut = net.sizes[l + 1]!;
    const next: number[] = [];
    for (let j = 0; j < nOut; j++) {
      let s = g[gOff + net.bOffset[l]! + j]!;
      for (let i = 0; i < nIn; i++) s += g[gOff + net.wOffset[l]! + j * nIn + i]! * prev[i]!;
      z.push(s);
      next.push(activate(net.acts[l]!, s));
    }
    a.push(...next);
    prev = next;
  }
  return { a, z };
}

/** Same bits, −0 and NaN included. */
function sameBits(got: ArrayLike<number>, want: ArrayLike<number>): boolean {
  if (got.length !== want.length) return false;
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) return false;
  return true;
}

/** A random network: 2–5 layers of 1–20 neurons (so every 8/4/1 blocking remainder occurs). */
const specArb = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 5 }).chain((layers) =>
  fc.record({
    layers: fc.constant(layers),
    activations: fc.array(fc.constantFrom<Activation>(...ACTIVATIONS), {
      minLength: layers.length - 1,
      maxLength: layers.length - 1,
    }),
  }),
);

/** Weights as a forage or trained genome has them: mostly ordinary, some exact zeros of either sign. */
const weightArb = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -4, max: 4, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0) },
);
/** Inputs as ray sensors give them: many exact zeros (either sign), the rest in [−1, 1]. */
const inputArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, -0) },
  { weight: 2, arbitrary: fc.double({ min: -1, max: 1, noNaN: true }) },
);

/** A network, a genome (float32 or float64) at an offset, and an input at an offset. */
const caseArb = specArb.chain((spec) => {
  const net = new Network(spec);
  return fc.record({
    net: fc.constant(net),
    f32: fc.boolean(),
    gOff: fc.integer({ min: 0, max: 3 }),
    weights: fc.array(weightArb, { minLength: net.paramCount, maxLength: net.paramCount }),
    inOff: fc.integer({ min: 0, max: 3 }),
    input: fc.array(inputArb, { minLength: net.inputSize, maxLength: net.inputSize }),
  });
});

function genomeOf(c: { f32: boolean; gOff: number; weights: number[] }): Weights {
  const g = c.f32 ? new Float32Array(c.gOff + c.weights.length) : new Float64Array(c.gOff + c.weights.length);
  g.set(c.weights, c.gOff);
  return g;
}

function inputOf(c: { inOff: number; input: number[] }): Float64Array {
  const x = new Float64Array(c.inOff + c.input.length);
  x.set(c.input, c.inOff);
  return x;
}

describe('forward kernels', () => {
  it('tanhRange gives tanhApprox’s bits: random values, the clamp’s edges, ±0, ±∞, NaN, subnormals', () => {
    const clamp = 7.90531110763549805;
    const special = [0, -0, clamp, -clamp, clamp * (1 + 2 ** -52), -clamp * (1 + 2 ** -52), 1e-310, -1e-310];
    special.push(Infinity, -Infinity, NaN, Number.MIN_VALUE, 1, -1, 0.5, 20, -20);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.double({ min: -9, max: 9 }), fc.constantFrom(...special))),
        (xs) => {
          const z = Float64Array.from([3, ...xs, 3]);
          const y = new Float64Array(z.length).fill(5);
          tanhRange(z, y, 1, z.length - 1);
          expect(sameBits(y.subarray(1, y.length - 1), xs.map(tanhApprox))).toBe(true);
          expect([y[0], y[y.length - 1]]).toEqual([5, 5]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('forwardAt (blocked by 8, 4, 2, 1) gives the textbook loop’s bits: outputs, activations, pre-activations', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const net = c.net;
        const g = genomeOf(c);
        const x = inputOf(c);
        const out = new Float64Array(net.outputSize + 1);
        forwardAt(net, g, c.gOff, x, c.inOff, out, 1);
        const want = plainForward(net, g, c.gOff, c.input);
        const last = want.a.slice(want.a.length - net.outputSize);
        expect(sameBits(net.a, want.a)).toBe(true);
        expect(sameBits(net.z.subarray(net.inputSize), want.z.slice(net.inputSize))).toBe(true);
        expect(sameBits(out.subarray(1), last)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('forwardSparseRowsAt (first layer prepared input-major) gives forwardAt’s bits, and load says when it may', () => {
    let used = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const net = c.net;
        const g = genomeOf(c);
        const x = inputOf(c);
        const first = new SparseFirstLayer(net);
        const exact = first.load(net, g, c.gOff);
        expect(exact).toBe(skipsZeroInputsExactly(net, g, c.gOff));
        if (!exact) return;
        used++;
        const dense = new Float64Array(net.outputSize);
        forwardAt(net, g, c.gOff, x, c.inOff, dense, 0);
        const a = Float64Array.from(net.a);
        const z = Float64Array.from(net.z);
        net.a.fill(7);
        net.z.fill(7);
        const rows = new Float64Array(net.outputSize);
        forwardSparseRowsAt(net, first, g, c.gOff, x, c.inOff, rows, 0);
        expect(sameBits(rows, dense)).toBe(true);
        expect(sameBits(net.a, a)).toBe(true);
        expect(sameBits(net.z.subarray(net.inputSize), z.subarray(net.inputSize))).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(used).toBeGreaterThan(50);
  });

  it('skipsZeroInputsExactly refuses the genomes where skipping would change bits', () => {
    const net = new Network({ layers: [2, 1], activations: ['linear'] });
    // W = [0.5, 2], b = −0 and all-zero input: the dense sum is −0 + 0.5·0 + 2·0 = +0; skipping leaves −0.
    const negZeroBias = Float32Array.from([0.5, 2, -0]);
    expect(skipsZeroInputsExactly(net, negZeroBias, 0)).toBe(false);
    const out = new Float64Array(1);
    forwardAt(net, negZeroBias, 0, [0, 0], 0, out, 0);
    expect(Object.is(out[0], 0)).toBe(true);
    // An infinite weight times a zero input is NaN, which skipping would hide.
    expect(skipsZeroInputsExactly(net, Float32Array.from([Infinity, 2, 0]), 0)).toBe(false);
    expect(skipsZeroInputsExactly(net, Float64Array.from([0.5, NaN, 0]), 0)).toBe(false);
    // Later layers may hold anything: only the first layer is skipped.
    const deep = new Network({ layers: [2, 1, 1], activations: ['tanh', 'linear'] });
    expect(skipsZeroInputsExactly(deep, Float32Array.from([0.5, 2, 0, Infinity, -0]), 0)).toBe(true);
    expect(skipsZeroInputsExactly(net, Float32Array.from([0.5, 2, 0]), 0)).toBe(true);
  });

  it('forwardPopulation gives each genome’s forwardAt bits (float32 genomes and inputs, any spec)', () => {
    fc.assert(
      fc.property(
        specArb,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (spec, count, seed) => {
          const net = new Network(spec);
          let s = seed;
          const next = (): number => {
            s = (s * 1103515245 + 12345) % 2147483648;
            return s / 2147483648 - 0.5;
          };
          const genomes = Float32Array.from({ length: count * net.paramCount }, () => 3 * next());
          const inputs = Float32Array.from({ length: count * net.inputSize }, () => next());
          const outputs = new Float32Array(count * net.outputSize);
          forwardPopulation(net, genomes, count, inputs, outputs);
          const one = new Float32Array(net.outputSize);
          for (let p = 0; p < count; p++) {
            forwardAt(net, genomes, p * net.paramCount, inputs, p * net.inputSize, one, 0);
            expect(sameBits(outputs.subarray(p * net.outputSize, (p + 1) * net.outputSize), one)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the 8-16-4 and 23-12-2 tanh shapes of the benchmarks match the textbook loop', () => {
    for (const layers of [
      [8, 16, 4],
      [23, 12, 2],
      [16, 32, 32, 4],
    ]) {
      const net = new Network({ layers, activations: layers.slice(1).map(() => 'tanh' as const) });
      const g = Float32Array.from({ length: net.paramCount }, (_, i) => Math.sin(i * 1.7) * 0.8);
      const x = Float64Array.from({ length: net.inputSize }, (_, i) => (i % 3 === 0 ? 0 : Math.cos(i)));
      const out = new Float64Array(net.outputSize);
      forwardAt(net, g, 0, x, 0, out, 0);
      const want = plainForward(net, g, 0, x);
      expect(sameBits(out, want.a.slice(want.a.length - net.outputSize))).toBe(true);
    }
  });
});
