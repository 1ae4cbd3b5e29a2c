// Untaught outputs (a NaN target, loss.ts): they add nothing to the loss or the gradient, the mean
// is over the taught outputs only, and a fully taught dataset gives the same bits as before.
import { describe, expect, it } from 'vitest';
import { detLog } from '../../../src/core/detmath';
import { forwardAt } from '../../../src/core/forward';
import { lossAndGradient, lossValue, taughtCount, type Dataset, type LossKind } from '../../../src/core/loss';
import { Network, initGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';

const NET = new Network({ layers: [3, 5, 3], activations: ['tanh', 'sigmoid'] });

function genome(seed: number): Float64Array {
  const rng = new Rng(seed);
  const g = new Float64Array(NET.paramCount);
  initGenome(NET, rng, g, 0, 1.5);
  for (let i = 0; i < g.length; i++) g[i] = g[i]! + 0.1 * rng.normal();
  return g;
}

/** 6 examples, 3 outputs; `masked` picks which targets are NaN (untaught). */
function dataset(seed: number, masked: (s: number, j: number) => boolean): Dataset {
  const rng = new Rng(seed);
  const n = 6;
  const inputs = new Float32Array(n * 3).map(() => rng.range(-1.5, 1.5));
  const targets = new Float32Array(n * 3);
  for (let s = 0; s < n; s++)
    for (let j = 0; j < 3; j++) targets[s * 3 + j] = masked(s, j) ? NaN : rng.chance(0.5) ? 1 : 0;
  return { inputs, targets, count: n };
}

const all = (d: Dataset) => ({ indices: null, count: d.count });
const someMasked = (s: number, j: number): boolean => j === 1 || (s % 3 === 0 && j === 2);

/** The loss written out by hand over the taught outputs only (float64, the same formulas). */
function byHand(g: Float64Array, d: Dataset, kind: LossKind): number {
  const out = new Float64Array(3);
  let sum = 0;
  let m = 0;
  for (let s = 0; s < d.count; s++) {
    forwardAt(NET, g, 0, d.inputs, s * 3, out, 0);
    for (let j = 0; j < 3; j++) {
      const t = d.targets[s * 3 + j]!;
      if (Number.isNaN(t)) continue;
      const y = Math.min(Math.max(out[j]!, 1e-7), 1 - 1e-7);
      sum += kind === 'mse' ? (out[j]! - t) ** 2 : -(t * detLog(y) + (1 - t) * detLog(1 - y));
      m++;
    }
  }
  return sum / m;
}

describe('untaught outputs (NaN targets)', () => {
  for (const kind of ['mse', 'bce'] as const) {
    it(`${kind}: the loss is the mean over the taught outputs only`, () => {
      const g = genome(3);
      const d = dataset(4, someMasked);
      expect(taughtCount(d, all(d), 3)).toBe(6 * 3 - 6 - 2);
      const loss = lossValue(NET, g, d, all(d), kind);
      expect(Number.isFinite(loss)).toBe(true);
      expect(loss).toBeCloseTo(byHand(g, d, kind), 12);
      const grad = new Float64Array(NET.paramCount);
      expect(lossAndGradient(NET, g, d, all(d), kind, grad)).toBeCloseTo(loss, 14);
    });

    it(`${kind}: the gradient matches finite differences and is 0 on an untaught output's own weights`, () => {
      const g = genome(5);
      const d = dataset(6, someMasked);
      const grad = new Float64Array(NET.paramCount);
      lossAndGradient(NET, g, d, all(d), kind, grad);
      const h = 1e-6;
      for (let i = 0; i < g.length; i++) {
        const w = g[i]!;
        g[i] = w + h;
        const up = lossValue(NET, g, d, all(d), kind);
        g[i] = w - h;
        const down = lossValue(NET, g, d, all(d), kind);
        g[i] = w;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(numeric - grad[i]!) / Math.max(1e-4, Math.abs(numeric) + Math.abs(grad[i]!))).toBeLessThan(
          1e-4,
        );
      }
      // Output 1 is never taught: its incoming weights (row 1 of the last layer) and bias get exactly 0.
      const w1 = NET.wOffset[1]! + 1 * 5;
      for (let i = 0; i < 5; i++) expect(grad[w1 + i]).toBe(0);
      expect(grad[NET.bOffset[1]! + 1]).toBe(0);
    });
  }

  it('a fully taught dataset gives the same bits as the unmasked formula (sum of squares × 1/(n·k))', () => {
    const g = genome(7);
    const d = dataset(8, () => false);
    const out = new Float64Array(3);
    let sum = 0;
    for (let s = 0; s < d.count; s++) {
      forwardAt(NET, g, 0, d.inputs, s * 3, out, 0);
      let sample = 0;
      for (let j = 0; j < 3; j++) sample += (out[j]! - d.targets[s * 3 + j]!) ** 2;
      sum += sample;
    }
    const grad = new Float64Array(NET.paramCount);
    expect(lossAndGradient(NET, g, d, all(d), 'mse', grad)).toBe(sum * (1 / 18));
    expect(lossValue(NET, g, d, all(d), 'mse')).toBe(sum / 18);
  });

  it('a selection with no taught output has loss 0 and gradient 0', () => {
    const g = genome(9);
    const d = dataset(10, () => true);
    const grad = new Float64Array(NET.paramCount).fill(1);
    expect(lossAndGradient(NET, g, d, all(d), 'bce', grad)).toBe(0);
    expect(grad.every((v) => v === 0)).toBe(true);
    expect(lossValue(NET, g, d, all(d), 'bce')).toBe(0);
  });
});
