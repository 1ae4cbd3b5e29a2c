// Finite-difference gradient checks: every activation, both losses, several shapes. The genome is a
// Float64Array so the central difference is taken in float64, as the issue asks.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation } from '../../../src/core/activations';
import { backwardAt } from '../../../src/core/backward';
import { forwardAt } from '../../../src/core/forward';
import { lossAndGradient, lossValue, type Dataset, type LossKind } from '../../../src/core/loss';
import { Network, initGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';

function dataset(rng: Rng, n: number, nIn: number, nOut: number, kind: LossKind): Dataset {
  const inputs = new Float32Array(n * nIn).map(() => rng.range(-1.5, 1.5));
  const targets = new Float32Array(n * nOut).map(() => (kind === 'bce' ? (rng.chance(0.5) ? 1 : 0) : rng.range(-1, 1)));
  return { inputs, targets, count: n };
}

function check(layers: number[], hidden: Activation, out: Activation, kind: LossKind, seed: number): number {
  const rng = new Rng(seed);
  const net = new Network({
    layers,
    activations: layers.slice(1).map((_, i) => (i === layers.length - 2 ? out : hidden)),
  });
  const g = new Float64Array(net.paramCount);
  initGenome(net, rng, g, 0, 1.5);
  for (let i = 0; i < g.length; i++) g[i] = g[i]! + 0.1 * rng.normal(); // non-zero biases too
  const data = dataset(rng, 5, layers[0]!, layers[layers.length - 1]!, kind);
  const sel = { indices: null, count: data.count };
  const grad = new Float64Array(net.paramCount);
  lossAndGradient(net, g, data, sel, kind, grad);
  let worst = 0;
  const h = 1e-6;
  for (let i = 0; i < g.length; i++) {
    const w = g[i]!;
    g[i] = w + h;
    const up = lossValue(net, g, data, sel, kind);
    g[i] = w - h;
    const down = lossValue(net, g, data, sel, kind);
    g[i] = w;
    const numeric = (up - down) / (2 * h);
    const rel = Math.abs(numeric - grad[i]!) / Math.max(1e-4, Math.abs(numeric) + Math.abs(grad[i]!));
    worst = Math.max(worst, rel);
  }
  return worst;
}

describe('gradient of the loss (finite differences, float64)', () => {
  const shapes = [
    [3, 4, 2],
    [2, 5, 5, 1],
    [4, 3, 3, 3, 2],
  ];
  for (const hidden of ACTIVATIONS) {
    for (const shape of shapes) {
      it(`MSE, ${hidden} hidden layers, ${shape.join('-')}`, () => {
        expect(check(shape, hidden, 'tanh', 'mse', 17)).toBeLessThan(1e-4);
        expect(check(shape, hidden, hidden, 'mse', 18)).toBeLessThan(1e-4);
      });
      it(`BCE with a sigmoid output, ${hidden} hidden layers, ${shape.join('-')}`, () => {
        expect(check(shape, hidden, 'sigmoid', 'bce', 19)).toBeLessThan(1e-4);
      });
    }
  }

  it('backward from a caller-given dLoss/dOutput matches the chain rule on a linear net', () => {
    // y = W·x + b, L = c·y  ⇒ dL/dW[j][i] = c_j·x_i, dL/db_j = c_j
    const net = new Network({ layers: [3, 2], activations: ['linear'] });
    const g = Float64Array.from([1, 2, 3, 4, 5, 6, 0.5, -0.5]);
    const x = [0.1, -0.2, 0.3];
    const out = new Float64Array(2);
    forwardAt(net, g, 0, x, 0, out, 0);
    const grad = new Float64Array(8);
    backwardAt(net, g, 0, [2, -3], grad, 0);
    expect(Array.from(grad)).toEqual([2 * 0.1, 2 * -0.2, 2 * 0.3, -3 * 0.1, -3 * -0.2, -3 * 0.3, 2, -3]);
  });
});
