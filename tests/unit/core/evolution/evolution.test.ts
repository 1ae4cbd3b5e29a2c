import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEC, quantiseWeight } from '../../../../src/core/dna';
import { validateEvolutionConfig, type EvolutionConfig } from '../../../../src/core/evolution/config';
import { Evolution } from '../../../../src/core/evolution/evolution';
import { createTaskEvaluator, type PopulationEvaluator } from '../../../../src/core/evolution/inheritance';
import { LineageStore } from '../../../../src/core/evolution/lineage';
import { NO_PARENT } from '../../../../src/core/evolution/population';
import { ParentSelector, rankSlots } from '../../../../src/core/evolution/selection';
import { createGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { SORT_RULES, sortTask } from '../tasks/sortFixtures';

const task = sortTask(SORT_RULES.circle, undefined, 100);

function cfg(patch: Partial<EvolutionConfig> = {}): EvolutionConfig {
  const r = validateEvolutionConfig({ populationSize: 20, ...patch });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function evaluator(): PopulationEvaluator {
  const r = createTaskEvaluator(task, { seed: 1, inheritance: 'darwinian', lifetime: null });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('Evolution', () => {
  it('is deterministic: same config and seeds → same populations and stats, bit for bit', () => {
    const run = (seed: number): Evolution => {
      const e = new Evolution(task.network, cfg({ seed, crossover: 'uniform', crossoverRate: 0.5 }));
      e.run(evaluator(), 8);
      return e;
    };
    const a = run(3);
    const b = run(3);
    expect(a.population.genomes).toEqual(b.population.genomes);
    expect(a.population.ids).toEqual(b.population.ids);
    expect(a.population.fitness).toEqual(b.population.fitness);
    expect(a.history).toEqual(b.history);
    expect(run(4).population.genomes).not.toEqual(a.population.genomes);
  });

  it('with elitism the best never drops, and survivors keep id and fitness', () => {
    const e = new Evolution(task.network, cfg({ elitism: 2 }));
    const ev = evaluator();
    e.evaluate(ev);
    for (let g = 0; g < 15; g++) {
      const before = e.best();
      const stats = e.step(ev);
      expect(stats.best).toBeGreaterThanOrEqual(before.fitness);
      const p = e.population.indexOf(before.id);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(e.population.fitness[p]).toBe(before.fitness);
      expect(e.population.genome(p)).toEqual(before.genome);
      expect(stats.evaluated).toBe(18);
    }
    expect(e.history.map((s) => s.generation)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it('records lineage: parents, events, generations; prunes dead branches', () => {
    const e = new Evolution(task.network, cfg({ crossover: 'perNeuron', crossoverRate: 0.5 }));
    e.run(evaluator(), 10);
    const pop = e.population;
    let crosses = 0;
    for (let p = 0; p < pop.count; p++) {
      const r = e.lineage.get(pop.ids[p]!)!;
      expect(r.parentA).toBe(pop.parentA[p]);
      expect(r.event).toBe(pop.event(p));
      if (r.event === 'crossover') {
        crosses++;
        expect(r.parentB).not.toBe(NO_PARENT);
        expect(e.lineage.has(r.parentB)).toBe(true);
      }
      if (r.event === 'mutation') expect(r.parentB).toBe(NO_PARENT);
      // The family line reaches back to a random generation-0 ancestor.
      const line = e.lineage.lineOf(r.id);
      expect(line[line.length - 1]!.event).toBe('random');
      expect(line[line.length - 1]!.generation).toBe(0);
      expect(Number.isNaN(r.fitness)).toBe(false);
    }
    expect(crosses).toBeGreaterThan(0);
    expect(e.lineage.size).toBeLessThan(e.lineage.nextId - 1); // some records were pruned
    const snapshot = e.lineage.size;
    expect(e.lineage.prune(pop.ids)).toBe(0);
    expect(e.lineage.size).toBe(snapshot);
  });

  it('tallies mutations: counts add up to the mutants, and zero-size mutations are all neutral', () => {
    const e = new Evolution(task.network, cfg({ elitism: 3 }));
    const stats = e.run(evaluator(), 3)!;
    expect(stats.neutral + stats.harmful + stats.helpful).toBe(17);
    const still = new Evolution(task.network, cfg({ mutation: { kind: 'gaussian', rate: 1, size: 0 } }));
    const s = still.run(evaluator(), 2)!;
    expect([s.neutral, s.harmful, s.helpful]).toEqual([18, 0, 0]);
    expect(s.best).toBe(still.history[0]!.best);
  });

  it('lets the player choose: the chosen survive and are the only parents', () => {
    const e = new Evolution(task.network, cfg({ selection: { kind: 'player' } }));
    const ev = evaluator();
    e.evaluate(ev);
    const chosen = [e.population.ids[4]!, e.population.ids[11]!];
    const genomes = [e.population.genome(4).slice(), e.population.genome(11).slice()];
    e.choose(chosen);
    e.step(ev);
    const pop = e.population;
    expect(Array.from(pop.ids.subarray(0, 2))).toEqual(chosen);
    expect(pop.genome(0)).toEqual(genomes[0]);
    expect(pop.genome(1)).toEqual(genomes[1]);
    for (let p = 2; p < pop.count; p++) expect(chosen).toContain(pop.parentA[p]);
  });

  it('truncation breeds only from the top fraction', () => {
    const e = new Evolution(task.network, cfg({ selection: { kind: 'truncation', fraction: 0.25 }, elitism: 0 }));
    const ev = evaluator();
    e.evaluate(ev);
    const order = new Int32Array(20);
    rankSlots(e.population.fitness, order);
    const top = Array.from(order.subarray(0, 5), (p) => e.population.ids[p]);
    e.step(ev);
    for (let p = 0; p < 20; p++) expect(top).toContain(e.population.parentA[p]);
  });

  it('an outside evaluator (the worker pool hook) gives the same generation as evaluate()', () => {
    const a = new Evolution(task.network, cfg());
    const b = new Evolution(task.network, cfg());
    const ev = evaluator();
    a.run(ev, 3);
    const fit = (e: Evolution): void => {
      const slots = e.pendingSlots();
      for (const p of slots) e.population.fitness[p] = task.fitness(e.population.genomes, p * e.net.paramCount, 1);
      e.finishEvaluation(slots);
    };
    fit(b);
    for (let g = 0; g < 3; g++) {
      b.breed();
      fit(b);
    }
    expect(b.history).toEqual(a.history);
    expect(b.population.genomes).toEqual(a.population.genomes);
  });

  it('base-substitution mutation leaves genomes on the DNA levels', () => {
    const e = new Evolution(task.network, cfg({ mutation: { kind: 'bases', rate: 0.05, codec: DEFAULT_CODEC } }));
    e.run(evaluator(), 2);
    const p = e.population.count - 1;
    for (const w of e.population.genome(p)) expect(w).toBe(Math.fround(quantiseWeight(w, DEFAULT_CODEC)));
  });

  it('seeds a population from one creature: itself in slot 0, its mutants around it', () => {
    const lineage = new LineageStore();
    const id = lineage.add(NO_PARENT, NO_PARENT, 'import', 0);
    const creature = createGenome(task.network, new Rng(5));
    const e = Evolution.fromCreature(task.network, cfg(), creature, id, lineage);
    expect(e.population.ids[0]).toBe(id);
    expect(e.population.genome(0)).toEqual(creature);
    for (let p = 1; p < 20; p++) {
      expect(e.population.parentA[p]).toBe(id);
      expect(e.population.event(p)).toBe('mutation');
      expect(e.population.genome(p)).not.toEqual(creature);
    }
    const s = e.evaluate(evaluator());
    expect(s.best).toBeGreaterThanOrEqual(task.fitness(creature, 0, 1));
    expect(e.population.fitness[0]).toBe(task.fitness(creature, 0, 1));
  });

  it('is steered between generations; population size and seeds stay fixed', () => {
    const e = new Evolution(task.network, cfg());
    const ev = evaluator();
    e.evaluate(ev);
    expect(e.configure({ mutation: { kind: 'gaussian', rate: 1, size: 0 }, elitism: 0 }).ok).toBe(true);
    const before = e.population.genomes.slice();
    e.step(ev);
    // Size-0 mutations and no crossover: every child is a copy of one of the old genomes.
    const P = task.network.paramCount;
    for (let p = 0; p < 20; p++) {
      const child = e.population.genome(p);
      let found = false;
      for (let q = 0; q < 20 && !found; q++) found = child.every((v, i) => v === before[q * P + i]);
      expect(found).toBe(true);
    }
    expect(e.configure({ mutation: { kind: 'bases', rate: 0.1, codec: DEFAULT_CODEC } }).ok).toBe(true);
    e.step(ev);
    const fixed = e.configure({ populationSize: 30 });
    expect(!fixed.ok && fixed.error.field).toBe('populationSize');
    const bad = e.configure({ elitism: -1 });
    expect(!bad.ok && bad.error.field).toBe('elitism');
    expect(e.config.elitism).toBe(0);
  });

  it('an edit makes a new creature with the old one as parent', () => {
    const e = new Evolution(task.network, cfg());
    e.evaluate(evaluator());
    const old = e.population.ids[3]!;
    const g = e.population.genome(3).slice();
    g[0] = 0; // knock out a connection
    const id = e.replaceCreature(old, g, 'edit');
    expect(e.lineage.get(id)).toMatchObject({ parentA: old, event: 'edit' });
    expect(e.pendingSlots()).toEqual([3]);
    expect(e.population.genome(3)[0]).toBe(0);
  });
});

describe('inheritance evaluators', () => {
  it('give the same bits whatever the slot order and split (as the worker pool splits them)', () => {
    const lifetime = {
      steps: 4,
      trainer: { optimizer: { kind: 'adam' as const, learningRate: 0.05 }, batchSize: 16, seed: 3 },
    };
    for (const inheritance of ['darwinian', 'baldwinian', 'lamarckian'] as const) {
      const make = (): PopulationEvaluator => {
        const r = createTaskEvaluator(sortTask(SORT_RULES.circle, undefined, 100), { seed: 1, inheritance, lifetime });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const P = task.network.paramCount;
      const genomes = new Float32Array(10 * P);
      const rng = new Rng(6);
      for (let i = 0; i < genomes.length; i++) genomes[i] = rng.normal();
      const whole = genomes.slice();
      const split = genomes.slice();
      const fWhole = new Float64Array(10);
      const fSplit = new Float64Array(10);
      make()(whole, P, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], fWhole);
      make()(split, P, [9, 7, 5, 3, 1], fSplit);
      make()(split, P, [8, 6, 4, 2, 0], fSplit);
      expect(fSplit).toEqual(fWhole);
      expect(split).toEqual(whole);
      if (inheritance === 'lamarckian') expect(whole).not.toEqual(genomes);
      else expect(whole).toEqual(genomes);
    }
  });
});

describe('selection', () => {
  it('ranks best first, ties by slot, NaN last', () => {
    const order = new Int32Array(5);
    rankSlots(Float64Array.from([0.5, NaN, 0.9, 0.5, -1]), order);
    expect(Array.from(order)).toEqual([2, 0, 3, 4, 1]);
  });

  it('fitness-proportional picks in proportion to shifted fitness', () => {
    const s = new ParentSelector(4);
    s.prepare(Float64Array.from([-1, 0, 1, 2]), { kind: 'proportional' });
    const rng = new Rng(1);
    const counts = [0, 0, 0, 0];
    const n = 60000;
    for (let k = 0; k < n; k++) counts[s.pick(rng)]!++;
    expect(counts[0]).toBeLessThan(5);
    expect(counts[1]! / n).toBeCloseTo(1 / 6, 2);
    expect(counts[2]! / n).toBeCloseTo(2 / 6, 2);
    expect(counts[3]! / n).toBeCloseTo(3 / 6, 2);
  });

  it('a tournament of size k picks slot r (rank r, 0 = best, of n) with probability ((n−r)^k − (n−r−1)^k)/n^k', () => {
    const s = new ParentSelector(4);
    s.prepare(Float64Array.from([3, 1, 2, 0]), { kind: 'tournament', size: 2 });
    const rng = new Rng(2);
    const counts = [0, 0, 0, 0];
    const n = 64000;
    for (let k = 0; k < n; k++) counts[s.pick(rng)]!++;
    // Ranks: slot 0 best (7/16), slot 2 (5/16), slot 1 (3/16), slot 3 worst (1/16).
    expect(counts[0]! / n).toBeCloseTo(7 / 16, 2);
    expect(counts[2]! / n).toBeCloseTo(5 / 16, 2);
    expect(counts[1]! / n).toBeCloseTo(3 / 16, 2);
    expect(counts[3]! / n).toBeCloseTo(1 / 16, 2);
  });
});

describe('evolution config', () => {
  it('names the bad field', () => {
    const cases: [Partial<EvolutionConfig>, string][] = [
      [{ populationSize: 1 }, 'populationSize'],
      [{ elitism: 50 }, 'elitism'],
      [{ selection: { kind: 'truncation', fraction: 0 } }, 'selection.fraction'],
      [{ selection: { kind: 'tournament', size: 0 } }, 'selection.size'],
      [{ mutation: { kind: 'gaussian', rate: 2, size: 0.1 } }, 'mutation.rate'],
      [{ mutation: { kind: 'bases', rate: 0.1, codec: { k: 7, range: 4 } } }, 'mutation.codec.k'],
      [{ crossover: 'zip' as never }, 'crossover'],
      [{ inheritance: 'mendel' as never }, 'inheritance'],
    ];
    for (const [patch, field] of cases) {
      const r = validateEvolutionConfig(patch);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.field).toBe(field);
    }
    expect(validateEvolutionConfig({}).ok).toBe(true);
  });
});
