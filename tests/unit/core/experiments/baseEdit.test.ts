import { describe, expect, it } from 'vitest';
import { basesOf, DEFAULT_CODEC, quantiseWeight } from '../../../../src/core/dna';
import {
  baseAt,
  baseOfLetter,
  classifyChange,
  MutationTally,
  nextBase,
  tryRandomMutations,
  weightWithBase,
} from '../../../../src/core/experiments/baseEdit';
import { Rng } from '../../../../src/core/rng';
import { mothTask, trainedMoth } from './fixtures';

const task = mothTask();
const moth = trainedMoth(task);

describe('single-base edit', () => {
  it('reads the bases the DNA strip shows', () => {
    const bases = basesOf(moth, DEFAULT_CODEC);
    for (let b = 0; b < bases.length; b++) expect(baseAt(moth, b, DEFAULT_CODEC)).toBe(bases[b]);
  });

  it('changes exactly one base of one codon; the weight moves 16–48 levels for the first base, 1–3 for the wobble', () => {
    const step = (2 * DEFAULT_CODEC.range) / 64;
    const w = quantiseWeight(0.5, DEFAULT_CODEC);
    const g = new Float32Array([w]);
    for (let pos = 0; pos < 3; pos++) {
      const old = baseAt(g, pos, DEFAULT_CODEC);
      for (let base = 0; base < 4; base++) {
        if (base === old) continue;
        const v = weightWithBase(g, pos, base, DEFAULT_CODEC);
        const levels = Math.round(Math.abs(v - w) / step);
        const unit = pos === 0 ? 16 : pos === 1 ? 4 : 1;
        expect(levels % unit).toBe(0);
        expect(levels / unit).toBeGreaterThanOrEqual(1);
        expect(levels / unit).toBeLessThanOrEqual(3);
        const edited = new Float32Array([v]);
        for (let q = 0; q < 3; q++)
          expect(baseAt(edited, q, DEFAULT_CODEC)).toBe(q === pos ? base : baseAt(g, q, DEFAULT_CODEC));
      }
    }
  });

  it('cycles A → C → G → T → A and reads letters', () => {
    expect([0, 1, 2, 3].map(nextBase)).toEqual([1, 2, 3, 0]);
    expect(['a', 'C', 'g', 'T', 'x', 'AC'].map(baseOfLetter)).toEqual([0, 1, 2, 3, -1, -1]);
  });
});

describe('mutation tally', () => {
  it('classifies by the neutral threshold', () => {
    expect(classifyChange(0.9, 0.9015, 0.002)).toBe('neutral');
    expect(classifyChange(0.9, 0.8985, 0.002)).toBe('neutral');
    expect(classifyChange(0.9, 0.91, 0.002)).toBe('helpful');
    expect(classifyChange(0.9, 0.89, 0.002)).toBe('harmful');
    expect(classifyChange(0.9, 0.9, 0)).toBe('neutral');
    expect(classifyChange(0.9, NaN, 0.002)).toBe('neutral');
  });

  it('counts by kind and by codon position', () => {
    const t = new MutationTally(3);
    t.record(2, 'neutral');
    t.record(2, 'neutral');
    t.record(0, 'harmful');
    t.record(1, 'helpful');
    expect(t.total).toEqual({ neutral: 2, harmful: 1, helpful: 1 });
    expect(t.count()).toBe(4);
    expect(t.countAt(2)).toBe(2);
    expect(t.neutralShareAt(2)).toBe(1);
    expect(t.neutralShareAt(0)).toBe(0);
    t.reset();
    expect(t.count()).toBe(0);
    expect(t.neutralShareAt(1)).toBeNaN();
  });

  it('on a trained moth, wobble changes are mostly silent and first-base changes mostly harmful', () => {
    const tally = new MutationTally(3);
    const tried = tryRandomMutations(task, moth, DEFAULT_CODEC, 1, 0.002, 300, new Rng(9), tally);
    expect(tried).toHaveLength(300);
    expect(tally.count()).toBe(300);
    expect(tally.neutralShareAt(2)).toBeGreaterThan(0.9);
    expect(tally.neutralShareAt(0)).toBeLessThan(0.3);
    expect(tally.neutralShareAt(1)).toBeGreaterThan(tally.neutralShareAt(0));
    for (const m of tried) expect(m.kind).toBe(classifyChange(m.before, m.after, 0.002));
    // The genome itself is left as it was.
    expect(moth).toEqual(trainedMoth(task));
  });
});
