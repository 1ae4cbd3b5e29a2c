import { describe, expect, it } from 'vitest';
import { levelCount, quantiseWeight } from '../../../../src/core/dna';
import {
  baseMutation,
  codecFor,
  compressionCurve,
  genomeBytes,
  learnedFromBytes,
  squeezePopulation,
  squeezed,
} from '../../../../src/core/experiments/compression';
import { mothTask, trainedMoth } from './fixtures';

const task = mothTask();
const moth = trainedMoth(task);

describe('genome size next to what it learned from', () => {
  it('counts 2 bits a base: 131 weights × 3 bases = 98.25 bytes; the 16×16 RGB picture is 768 bytes', () => {
    expect(task.network.paramCount).toBe(131);
    expect(genomeBytes(131, 3)).toBe(98.25);
    expect(genomeBytes(131, 1)).toBe(32.75);
    expect(learnedFromBytes(task, 1)).toEqual({ kind: 'picture', bytes: 16 * 16 * 3, count: 256 });
  });
});

describe('squeezing to k bases a weight', () => {
  it('puts every weight on one of the 4^k levels, nearest first', () => {
    for (const k of [1, 2, 3, 4]) {
      const codec = codecFor(k);
      const s = squeezed(moth, codec);
      for (let i = 0; i < moth.length; i++) expect(s[i]).toBe(Math.fround(quantiseWeight(moth[i]!, codec)));
      expect(new Set(Array.from(s)).size).toBeLessThanOrEqual(levelCount(k));
    }
  });

  it('fitness barely drops at k = 3 and 4, and drops most at k = 1 (known answers)', () => {
    const c = compressionCurve(task, moth, 1);
    expect(c.original).toBeGreaterThan(0.99);
    expect(Math.abs(c.byK[2]! - c.original)).toBeLessThan(0.002);
    expect(Math.abs(c.byK[3]! - c.original)).toBeLessThan(0.0005);
    expect(c.original - c.byK[0]!).toBeGreaterThan(0.01);
    expect(c.byK[0]!).toBeLessThan(c.byK[1]!);
    expect(c.byK[1]!).toBeLessThan(c.byK[2]!);
  });

  it('squeezes a whole population buffer in place, creature by creature', () => {
    const P = moth.length;
    const pop = new Float32Array(3 * P);
    pop.set(moth, 0);
    pop.set(
      moth.map((w) => -w),
      P,
    );
    pop.set(
      moth.map((w) => w / 2),
      2 * P,
    );
    const codec = codecFor(2);
    squeezePopulation(pop, P, 3, codec);
    expect(pop.subarray(0, P)).toEqual(squeezed(moth, codec));
    expect(pop.subarray(2 * P)).toEqual(
      squeezed(
        moth.map((w) => w / 2),
        codec,
      ),
    );
  });

  it('base mutation at k keeps about the same changes per genome', () => {
    const m = baseMutation(0.3, codecFor(3));
    expect(m.kind).toBe('bases');
    expect(m.rate).toBeCloseTo(0.1, 12);
    expect(codecFor(9).k).toBe(4);
    expect(codecFor(0).k).toBe(1);
  });
});
