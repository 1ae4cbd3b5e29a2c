import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  basesToString,
  codonPosition,
  decodeGenome,
  encodeGenome,
  levelStep,
  levelToWeight,
  parseBases,
  quantiseGenome,
  quantiseWeight,
  weightOfBase,
  weightToLevel,
  type DnaCodec,
} from '../../../src/core/dna';

const codecs: DnaCodec[] = [1, 2, 3, 4].map((k) => ({ k, range: 4 }));

describe('DNA codec', () => {
  it('a codon of three bases holds 64 levels; zero is the codon GAA', () => {
    const c: DnaCodec = { k: 3, range: 4 };
    const bases = new Uint8Array(3);
    encodeGenome(Float32Array.of(0), 0, 1, c, bases);
    expect(basesToString(bases)).toBe('GAA');
    encodeGenome(Float32Array.of(-100), 0, 1, c, bases);
    expect(basesToString(bases)).toBe('AAA');
    encodeGenome(Float32Array.of(100), 0, 1, c, bases);
    expect(basesToString(bases)).toBe('TTT');
    expect(levelToWeight(63, c)).toBe(4 - levelStep(c));
  });

  for (const codec of codecs) {
    it(`k = ${codec.k}: decode(encode(quantise(g))) == quantise(g), error ≤ half a step`, () => {
      fc.assert(
        fc.property(fc.array(fc.float({ min: -6, max: 6, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
          const g = Float32Array.from(values);
          const q = new Float32Array(g.length);
          quantiseGenome(g, codec, q);
          const bases = new Uint8Array(g.length * codec.k);
          encodeGenome(q, 0, q.length, codec, bases);
          const back = new Float32Array(g.length);
          decodeGenome(bases, 0, g.length, codec, back);
          expect(Array.from(back)).toEqual(Array.from(q));
          const step = levelStep(codec);
          for (let i = 0; i < g.length; i++) {
            const w = g[i]!;
            if (w >= -codec.range && w <= codec.range - step)
              expect(Math.abs(q[i]! - w)).toBeLessThanOrEqual(step / 2 + 1e-6);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('the wobble base moves a weight least; the first base most', () => {
    const c: DnaCodec = { k: 3, range: 4 };
    const level = weightToLevel(0.7, c);
    const wobble = level ^ 1; // change the last base
    const first = level ^ (1 << 4); // change the first base
    expect(Math.abs(levelToWeight(wobble, c) - quantiseWeight(0.7, c))).toBeLessThan(
      Math.abs(levelToWeight(first, c) - quantiseWeight(0.7, c)),
    );
    expect(codonPosition(5, 3)).toBe(2);
    expect(weightOfBase(5, 3)).toBe(1);
  });

  it('parses bases and names the bad character', () => {
    const ok = parseBases('acgT');
    expect(ok.ok && Array.from(ok.value)).toEqual([0, 1, 2, 3]);
    const bad = parseBases('ACXG');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.position).toBe(2);
  });
});
