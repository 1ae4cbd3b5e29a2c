import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allExamples, lossValue } from '../../../../src/core/loss';
import { createGenome, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { createSortTask } from '../../../../src/core/tasks/sort';
import { isEdible, validateRule, type EdibilityRule } from '../../../../src/core/tasks/sortRules';
import { SORT_RULES, SORT_SPEC, sortConfig, sortTask } from './sortFixtures';

const LINEAR_SPEC: NetworkSpec = { layers: [2, 1], activations: ['sigmoid'] };

/** A 2-1 sigmoid genome that implements the linear rule exactly: z = s·(w·x + b). */
function ruleGenome(scale: number): Float32Array {
  return Float32Array.from([1 * scale, -0.6 * scale, 0.1 * scale]);
}

describe('sort rules', () => {
  it('label known points of every rule', () => {
    const at = (rule: EdibilityRule, x: number, y: number): boolean => isEdible(rule, [x, y], 0);
    expect(at(SORT_RULES.linear, 0, 0)).toBe(true); // 0.1 > 0
    expect(at(SORT_RULES.linear, 0, 0.5)).toBe(false); // −0.3 + 0.1 < 0
    expect(at(SORT_RULES.circle, 0, 0)).toBe(true);
    expect(at(SORT_RULES.circle, 0.59, 0)).toBe(true);
    expect(at(SORT_RULES.circle, 0.61, 0)).toBe(false);
    expect(at(SORT_RULES.circle, 0.5, 0.5)).toBe(false); // r = 0.707
    expect(at(SORT_RULES.quadrants, 0.5, 0.5)).toBe(true);
    expect(at(SORT_RULES.quadrants, -0.5, -0.5)).toBe(true);
    expect(at(SORT_RULES.quadrants, 0.5, -0.5)).toBe(false);
    expect(at(SORT_RULES.sine, 0.5, 0.5)).toBe(true); // on the crest 0.5·sin(π/2)
    expect(at(SORT_RULES.sine, 0.5, 0)).toBe(false); // 0.5 below the crest, halfWidth 0.35
    expect(at(SORT_RULES.sine, -0.5, -0.5)).toBe(true); // trough
    expect(at({ ...SORT_RULES.circle, invert: true }, 0, 0)).toBe(false);
  });

  it('invert swaps every label (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (x, y) => {
        for (const rule of Object.values(SORT_RULES)) {
          expect(isEdible({ ...rule, invert: true }, [x, y], 0)).toBe(!isEdible(rule, [x, y], 0));
        }
      }),
    );
  });

  it('refuse bad rules with a message naming the field', () => {
    const r = validateRule({ kind: 'ellipse', a: 0, b: 0, center: [0, 0], radii: [1, 1] }, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('rule.a');
    expect(validateRule({ kind: 'linear', weights: [1], bias: 0 }, 2).ok).toBe(false);
    expect(validateRule({ kind: 'ellipse', a: 0, b: 1, center: [0, 0], radii: [0, 1] }, 2).ok).toBe(false);
    expect(
      validateRule({ kind: 'sineBand', a: 0, b: 1, amplitude: 1, frequency: 1, phase: 0, halfWidth: 0 }, 2).ok,
    ).toBe(false);
    expect(validateRule({ kind: 'spiral' } as unknown as EdibilityRule, 2).ok).toBe(false);
  });
});

describe('createSortTask', () => {
  it('refuses configs and networks that do not fit, as values', () => {
    const base = sortConfig(SORT_RULES.circle);
    const cases: [unknown, NetworkSpec, string][] = [
      [{ ...base, features: base.features.slice(0, 1) }, SORT_SPEC, 'bad-features'],
      [
        { ...base, features: [...base.features, { name: 'wings', distribution: base.features[0]!.distribution }] },
        SORT_SPEC,
        'bad-features',
      ],
      [
        { ...base, features: [base.features[0], { name: 'size', distribution: { kind: 'uniform', lo: 1, hi: -1 } }] },
        SORT_SPEC,
        'bad-distribution',
      ],
      [{ ...base, itemCount: 0 }, SORT_SPEC, 'bad-items'],
      [{ ...base, mapFeatures: [0, 0] }, SORT_SPEC, 'bad-map'],
      [base, { layers: [3, 8, 1], activations: ['tanh', 'sigmoid'] }, 'bad-network'],
      [base, { layers: [2, 8, 1], activations: ['tanh', 'tanh'] }, 'bad-network'],
    ];
    for (const [config, spec, code] of cases) {
      const r = createSortTask(config as never, spec);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(code);
    }
  });
});

describe('sort task', () => {
  it('draws the same items for the same seed and other items for another seed', () => {
    const t = sortTask(SORT_RULES.circle);
    const a = t.trainingSet(5);
    const b = t.trainingSet(5);
    const c = t.trainingSet(6);
    expect(a.inputs).toEqual(b.inputs);
    expect(a.inputs).not.toEqual(c.inputs);
    for (let i = 0; i < a.count; i++) {
      expect(a.targets[i]).toBe(isEdible(SORT_RULES.circle, a.inputs, 2 * i) ? 1 : 0);
      expect(Math.abs(a.inputs[2 * i]!)).toBeLessThanOrEqual(1);
    }
  });

  it('known answers: the rule itself scores the best achievable, its opposite the worst', () => {
    const t = sortTask(SORT_RULES.linear, LINEAR_SPEC);
    const p = t.bestAchievable(3);
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.8);
    expect(t.fitness(ruleGenome(10), 0, 3)).toBe(p);
    expect(t.fitness(ruleGenome(-10), 0, 3)).toBe(-(200 - Math.round(p * 200)) / 200);
    const e = t.evaluate(ruleGenome(10), 3);
    expect(e.details.goodEaten).toBe(e.details.goodItems);
    expect(e.details.badEaten).toBe(0);
    expect(e.details.accuracy).toBe(1);
    expect(e.details.bestAchievable).toBe(p);
    // Eating nothing scores 0 (a large negative bias).
    expect(t.fitness(Float32Array.from([0, 0, -50]), 0, 3)).toBe(0);
  });

  it('fitness lies in [−(1 − p), p] for any genome (property), and is deterministic', () => {
    const t = sortTask(SORT_RULES.quadrants);
    const p = t.bestAchievable(1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.1, max: 5, noNaN: true }), (seed, gain) => {
        const g = createGenome(t.network, new Rng(seed), gain);
        const f = t.fitness(g, 0, 1);
        expect(f).toBeGreaterThanOrEqual(-(1 - p) - 1e-12);
        expect(f).toBeLessThanOrEqual(p + 1e-12);
        expect(t.fitness(g, 0, 1)).toBe(f);
        expect(t.evaluate(g, 1).fitness).toBe(f);
      }),
      { numRuns: 40 },
    );
  });

  it('fitness reads the genome at its offset in a population buffer', () => {
    const t = sortTask(SORT_RULES.circle);
    const P = t.network.paramCount;
    const a = createGenome(t.network, new Rng(1));
    const b = createGenome(t.network, new Rng(2));
    const buf = new Float32Array(2 * P);
    buf.set(a);
    buf.set(b, P);
    expect(t.fitness(buf, P, 4)).toBe(t.fitness(b, 0, 4));
    expect(t.fitness(buf, 0, 4)).toBe(t.fitness(a, 0, 4));
  });

  it('the loss is the cross-entropy on the same items: low for the rule, ln 2 for a genome of zeros', () => {
    const t = sortTask(SORT_RULES.linear, LINEAR_SPEC);
    const data = t.trainingSet(3);
    expect(t.lossKind).toBe('bce');
    expect(lossValue(t.network, new Float32Array(3), data, allExamples(data), 'bce')).toBeCloseTo(Math.log(2), 6);
    expect(lossValue(t.network, ruleGenome(50), data, allExamples(data), 'bce')).toBeLessThan(0.05);
  });

  it('the taste map is the eat-probability on the grid and matches the rule for the rule genome', () => {
    const t = sortTask(SORT_RULES.linear, LINEAR_SPEC);
    const ph = t.phenotype(ruleGenome(10), 0);
    if (ph.kind !== 'sort') throw new Error('not a sort phenotype');
    expect(ph.resolution).toBe(32);
    expect([ph.featureX, ph.featureY]).toEqual([0, 1]);
    expect(ph.map.length).toBe(32 * 32);
    const truth = t.ruleMap();
    for (let i = 0; i < ph.map.length; i++) {
      expect(ph.map[i]! >= 0 && ph.map[i]! <= 1).toBe(true);
      expect(ph.map[i]! > 0.5 ? 1 : 0).toBe(truth[i]);
    }
    // Row 0 is the lowest spikes value, column 0 the lowest hue: (−1, −1) has z = −1 + 0.6 + 0.1 < 0.
    expect(truth[0]).toBe(0);
    expect(truth[31]).toBe(1); // hue high, spikes low
  });

  it('holds hidden features at their centre in a 3-feature level', () => {
    const base = sortConfig({ kind: 'linear', weights: [0, 0, 1], bias: -0.25 });
    const config = {
      ...base,
      features: [
        ...base.features,
        { name: 'size' as const, distribution: { kind: 'normal' as const, mean: 0.5, sd: 0.2 } },
      ],
    };
    const r = createSortTask(config, { layers: [3, 4, 1], activations: ['tanh', 'sigmoid'] });
    if (!r.ok) throw new Error(r.error.message);
    // Size held at 0.5 > 0.25: the whole map is edible.
    expect(r.value.ruleMap().every((v) => v === 1)).toBe(true);
    const data = r.value.trainingSet(1);
    for (let i = 0; i < data.count; i++) expect(Math.abs(data.inputs[3 * i + 2]!)).toBeLessThanOrEqual(1);
  });
});
