import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dot,
  filterNormalise,
  gridCoordinate,
  projectGenomes,
  randomSlice,
  slicePoint,
  towardsSlice,
  type LandscapeSlice,
} from '../../../src/core/landscape';
import { sliceCells, sliceGrid } from '../../../src/core/landscapeGrid';
import { allExamples, lossValue } from '../../../src/core/loss';
import { createGenome, Network, type Weights } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { createPatternTask, type PatternTask } from '../../../src/core/tasks/pattern';
import type { Evaluation, Phenotype, Task } from '../../../src/core/tasks/task';

/** A quadratic bowl: fitness = −Σ (g − best)², highest (0) at `best`. */
class BowlTask implements Task {
  readonly kind = 'sort' as const;
  readonly network = new Network({ layers: [2, 3, 1], activations: ['tanh', 'linear'] });
  readonly fitnessRange = [-Infinity, 0] as const;
  readonly lossKind = null;
  constructor(readonly best: Float64Array) {}
  fitness(genome: Weights, gOff: number): number {
    let s = 0;
    for (let i = 0; i < this.best.length; i++) s += (genome[gOff + i]! - this.best[i]!) ** 2;
    return -s;
  }
  evaluate(genome: Weights): Evaluation {
    return { fitness: this.fitness(genome, 0), details: {} };
  }
  phenotype(): Phenotype {
    return { kind: 'sort', resolution: 1, featureX: 0, featureY: 1, map: new Float32Array(1) };
  }
  trainingSet(): null {
    return null;
  }
}

function patternTask(resolution = 8): PatternTask {
  const r = createPatternTask(
    {
      kind: 'pattern',
      target: { type: 'texture', name: 'leaves', seed: 4 },
      resolution,
      colour: 'grey',
      inputs: 'xyr',
    },
    { layers: [3, 6, 6, 1], activations: ['sin', 'sin', 'sigmoid'] },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function slice<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function rowNorms(net: Network, v: ArrayLike<number>): number[] {
  const norms: number[] = [];
  for (let l = 0; l < net.depth; l++) {
    const nIn = net.sizes[l]!;
    for (let j = 0; j < net.sizes[l + 1]!; j++) {
      let s = v[net.bOffset[l]! + j]! ** 2;
      for (let i = 0; i < nIn; i++) s += v[net.wOffset[l]! + j * nIn + i]! ** 2;
      norms.push(Math.sqrt(s));
    }
  }
  return norms;
}

describe('directions', () => {
  it('filter normalisation gives every neuron row of the direction its genome row’s norm (property)', () => {
    const net = new Network({ layers: [3, 5, 4, 2], activations: ['sin', 'tanh', 'sigmoid'] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const rng = new Rng(seed);
        const g = createGenome(net, rng, 1 + rng.uniform() * 3);
        const d = new Float64Array(net.paramCount).map(() => rng.normal() * 10);
        filterNormalise(net, g, d);
        const want = rowNorms(net, g);
        return rowNorms(net, d).every((x, k) => Math.abs(x - want[k]!) <= 1e-12 * Math.max(1, want[k]!));
      }),
      { numRuns: 50 },
    );
  });

  it('randomSlice is seeded; towardsSlice points at the target with an orthogonal second direction of equal length', () => {
    const net = new Network({ layers: [3, 6, 6, 1], activations: ['sin', 'sin', 'sigmoid'] });
    const g0 = createGenome(net, new Rng(1));
    const g1 = createGenome(net, new Rng(2));
    const a = slice(randomSlice(net, g0, new Rng(7), 1, 5));
    const b = slice(randomSlice(net, g0, new Rng(7), 1, 5));
    expect(b).toEqual(a);
    const t = slice(towardsSlice(net, g0, g1, new Rng(3), 1.5, 9));
    expect(Math.abs(dot(t.d1, t.d2))).toBeLessThan(1e-12 * dot(t.d1, t.d1));
    expect(Math.sqrt(dot(t.d2, t.d2))).toBeCloseTo(Math.sqrt(dot(t.d1, t.d1)), 12);
    const p = new Float64Array(net.paramCount);
    slicePoint(t, 1, 0, p);
    p.forEach((v, i) => expect(v).toBeCloseTo(g1[i]!, 12));
  });

  it('refuses degenerate slices as values', () => {
    const net = new Network({ layers: [2, 3, 1], activations: ['tanh', 'linear'] });
    const zero = new Float32Array(net.paramCount);
    const g = createGenome(net, new Rng(1));
    expect(randomSlice(net, zero, new Rng(1), 1, 5).ok).toBe(false);
    expect(towardsSlice(net, g, g, new Rng(1), 1, 5).ok).toBe(false);
    expect(randomSlice(net, g, new Rng(1), 0, 5).ok).toBe(false);
    expect(randomSlice(net, g, new Rng(1), 1, 0).ok).toBe(false);
    expect(randomSlice(net, new Float32Array(3), new Rng(1), 1, 5).ok).toBe(false);
  });
});

describe('projection', () => {
  it('a genome built as origin + a·d1 + b·d2 projects back to (a, b), at distance 0 (round trip)', () => {
    const net = new Network({ layers: [3, 6, 6, 1], activations: ['sin', 'sin', 'sigmoid'] });
    const g0 = createGenome(net, new Rng(1));
    const s = slice(towardsSlice(net, g0, createGenome(net, new Rng(9)), new Rng(2), 1, 5));
    const r = slice(randomSlice(net, g0, new Rng(5), 1, 5));
    for (const sl of [s, r]) {
      const coords = [0.3, -0.7, 1.25, 0.01, -2, 0];
      const P = net.paramCount;
      const genomes = new Float64Array(3 * P);
      for (let c = 0; c < 3; c++) slicePoint(sl, coords[2 * c]!, coords[2 * c + 1]!, genomes.subarray(c * P));
      const out = new Float64Array(6);
      const dist = new Float64Array(3);
      projectGenomes(sl, genomes, 3, out, dist);
      out.forEach((v, k) => expect(v).toBeCloseTo(coords[k]!, 10));
      dist.forEach((d) => expect(d).toBeLessThan(1e-9));
    }
  });

  it('a component off the plane is reported as distance and does not move (a, b)', () => {
    const net = new Network({ layers: [2, 3, 1], activations: ['tanh', 'linear'] });
    const g0 = createGenome(net, new Rng(3));
    const sl = slice(randomSlice(net, g0, new Rng(4), 1, 3));
    // A direction orthogonal to both d1 and d2 (Gram–Schmidt on a random vector).
    const rng = new Rng(8);
    const e = new Float64Array(net.paramCount).map(() => rng.normal());
    const basis = [sl.d1, Float64Array.from(sl.d2)];
    const k = dot(basis[0]!, basis[1]!) / dot(basis[0]!, basis[0]!);
    basis[1]!.forEach((v, i) => (basis[1]![i] = v - k * sl.d1[i]!));
    for (const q of basis) {
      const c = dot(q, e) / dot(q, q);
      e.forEach((v, i) => (e[i] = v - c * q[i]!));
    }
    const scale = 0.5 / Math.sqrt(dot(e, e));
    const g = new Float64Array(net.paramCount);
    slicePoint(sl, 0.4, -0.2, g);
    g.forEach((v, i) => (g[i] = v + scale * e[i]!));
    const out = new Float64Array(2);
    const dist = new Float64Array(1);
    projectGenomes(sl, g, 1, out, dist);
    expect(out[0]).toBeCloseTo(0.4, 10);
    expect(out[1]).toBeCloseTo(-0.2, 10);
    expect(dist[0]).toBeCloseTo(0.5, 10);
  });
});

describe('the grid', () => {
  it('grid coordinates run from −span to span with 0 exactly at the centre', () => {
    const sl = { n: 41, span: 0.37 } as LandscapeSlice;
    expect(gridCoordinate(sl, 0)).toBe(-0.37);
    expect(gridCoordinate(sl, 40)).toBe(0.37);
    expect(gridCoordinate(sl, 20)).toBe(0);
    expect(gridCoordinate({ n: 1, span: 2 } as LandscapeSlice, 0)).toBe(0);
  });

  it('a bowl whose bottom is the genome has its best cell at the centre, and falls off as a² + b²', () => {
    const net = new Network({ layers: [2, 3, 1], activations: ['tanh', 'linear'] });
    const best = Float64Array.from(createGenome(net, new Rng(5)));
    const task = new BowlTask(best);
    const sl = slice(randomSlice(net, best, new Rng(6), 2, 11));
    const { fitness, loss } = sliceGrid(task, sl, true);
    expect(loss).toBeNull();
    let arg = -1;
    fitness.forEach((f, c) => (arg = arg < 0 || f > fitness[arg]! ? c : arg));
    expect(arg).toBe(5 * 11 + 5);
    expect(Math.abs(fitness[arg]!)).toBe(0); // the bowl’s bottom (−0: minus a zero sum)
    // fitness(a, b) = −‖a·d1 + b·d2‖²
    const a = gridCoordinate(sl, 9);
    const b = gridCoordinate(sl, 2);
    const want = -(a * a * dot(sl.d1, sl.d1) + 2 * a * b * dot(sl.d1, sl.d2) + b * b * dot(sl.d2, sl.d2));
    expect(fitness[2 * 11 + 9]).toBeCloseTo(want, 10);
  });

  it('pattern slice: centre = task.fitness(genome) to the bit, loss = lossValue to the bit, = 1 − fitness', () => {
    const task = patternTask();
    const g = createGenome(task.network, new Rng(2));
    const sl = slice(randomSlice(task.network, g, new Rng(3), 1, 5));
    const { fitness, loss } = sliceGrid(task, sl, true);
    expect(fitness[12]).toBe(task.fitness(g, 0, 0));
    const data = task.trainingSet(0);
    const cell = new Float64Array(task.network.paramCount);
    for (const c of [0, 7, 12, 24]) {
      slicePoint(sl, gridCoordinate(sl, c % 5), gridCoordinate(sl, Math.floor(c / 5)), cell);
      expect(loss![c]).toBe(lossValue(task.network, cell, data, allExamples(data), 'mse'));
      expect(fitness[c]).toBe(1 - loss![c]!);
      expect(fitness[c]).toBe(task.fitness(cell, 0, 0));
    }
  });

  it('any split into chunks, on separate task instances, gives the whole grid bit for bit', () => {
    const whole = patternTask();
    const g = createGenome(whole.network, new Rng(12));
    const sl = slice(randomSlice(whole.network, g, new Rng(13), 1.5, 9));
    const full = sliceGrid(whole, sl).fitness;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 6 }), (cuts) => {
        const edges = [0, ...cuts.sort((x, y) => x - y), 81];
        const parts = new Float64Array(81);
        // Chunks in reverse order, each on a fresh task (as on another worker).
        for (let k = edges.length - 2; k >= 0; k--) {
          const out = new Float64Array(edges[k + 1]! - edges[k]!);
          expect(sliceCells(patternTask(), sl, edges[k]!, edges[k + 1]!, out)).toBe(out.length);
          parts.set(out, edges[k]);
        }
        expect(parts).toEqual(full);
      }),
      { numRuns: 8 },
    );
  });

  it('stops when cancelled and says how many cells it did', () => {
    const task = patternTask();
    const g = createGenome(task.network, new Rng(1));
    const sl = slice(randomSlice(task.network, g, new Rng(1), 1, 5));
    const out = new Float64Array(25).fill(-7);
    let calls = 0;
    const done = sliceCells(task, sl, 0, 25, out, null, { isCancelled: () => ++calls > 10 });
    expect(done).toBe(10);
    expect(out[9]).not.toBe(-7);
    expect(out[10]).toBe(-7);
  });
});
