/**
 * Known answers: (task, seed, generations, settings) → the exact best fitness, mean fitness and
 * diversity of the last generation. Recorded from this code once it was final; any change to the
 * engine's arithmetic, the Rng streams, selection, mutation, crossover or lifetime learning shows
 * up here. (A deliberate change re-records the table, saying why in the commit.)
 */
import { describe, expect, it } from 'vitest';
import type { EvolutionConfig } from '../../../../src/core/evolution/config';
import { Evolution } from '../../../../src/core/evolution/evolution';
import { DEFAULT_CODEC } from '../../../../src/core/dna';
import { createForageTask } from '../../../../src/core/tasks/forage';
import { BENCH_FORAGE_CONFIG } from '../../../../src/core/tasks/forage-config';
import { createPatternTask } from '../../../../src/core/tasks/pattern';
import type { Task } from '../../../../src/core/tasks/task';
import { SORT_RULES, sortTask } from '../tasks/sortFixtures';
import { claimConfig, evaluatorFor } from './claimSetup';

function pattern(): Task {
  const r = createPatternTask(
    { kind: 'pattern', target: { type: 'shape', name: 'ring' }, resolution: 16, colour: 'grey', inputs: 'xyr' },
    { layers: [3, 8, 1], activations: ['sin', 'sigmoid'] },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function forage(): Task {
  const r = createForageTask({ ...BENCH_FORAGE_CONFIG, ticks: 300 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

interface Row {
  readonly name: string;
  readonly task: () => Task;
  readonly seed: number;
  readonly generations: number;
  readonly patch: Partial<EvolutionConfig>;
  readonly best: number;
  readonly mean: number;
  readonly diversity: number;
}

const LIFETIME = {
  steps: 3,
  trainer: { optimizer: { kind: 'adam' as const, learningRate: 0.05 }, batchSize: 32, seed: 7 },
};

const TABLE: readonly Row[] = [
  {
    name: 'sort circle, truncation + per-neuron crossover',
    task: () => sortTask(SORT_RULES.circle),
    seed: 1,
    generations: 20,
    patch: {},
    best: 0.01,
    mean: -0.0249,
    diversity: 6.6539028071003745,
  },
  {
    name: 'sort quadrants, tournament + uniform crossover',
    task: () => sortTask(SORT_RULES.quadrants),
    seed: 2,
    generations: 20,
    patch: { selection: { kind: 'tournament', size: 3 }, crossover: 'uniform' },
    best: 0.47,
    mean: 0.2974,
    diversity: 4.607939753365636,
  },
  {
    name: 'sort sine band, proportional + base substitution',
    task: () => sortTask(SORT_RULES.sine),
    seed: 3,
    generations: 20,
    patch: {
      selection: { kind: 'proportional' },
      mutation: { kind: 'bases', rate: 0.02, codec: DEFAULT_CODEC },
      crossover: 'onePoint',
    },
    best: 0.13,
    mean: -0.009800000000000005,
    diversity: 11.503336946565529,
  },
  {
    name: 'sort linear, baldwinian (3 steps)',
    task: () => sortTask(SORT_RULES.linear),
    seed: 4,
    generations: 5,
    patch: { inheritance: 'baldwinian', lifetime: LIFETIME },
    best: 0.455,
    mean: 0.40420000000000017,
    diversity: 8.40326509570584,
  },
  {
    name: 'sort circle, lamarckian (3 steps)',
    task: () => sortTask(SORT_RULES.circle),
    seed: 5,
    generations: 5,
    patch: { inheritance: 'lamarckian', lifetime: LIFETIME },
    best: 0.165,
    mean: 0.07970000000000002,
    diversity: 4.090887963192131,
  },
  {
    name: 'pattern ring 16×16, 3-8-1',
    task: pattern,
    seed: 1,
    generations: 10,
    patch: { populationSize: 40, initGain: 1, mutation: { kind: 'gaussian', rate: 0.3, size: 0.2 } },
    best: 0.8405906435763055,
    mean: 0.8277225819915397,
    diversity: 2.656594668035284,
  },
  {
    name: 'forage benchmark world, 300 ticks',
    task: forage,
    seed: 1,
    generations: 5,
    patch: { populationSize: 30 },
    best: 10,
    mean: 1.9,
    diversity: 8.928774391476615,
  },
];

describe('evolution known answers', () => {
  for (const row of TABLE) {
    it(`${row.name}, seed ${row.seed}, ${row.generations} generations`, () => {
      const task = row.task();
      const config = claimConfig(row.seed, row.patch);
      const evo = new Evolution(task.network, config);
      const ev = evaluatorFor(task, config);
      evo.evaluate(ev);
      const s = evo.run(ev, row.generations)!;
      expect(s.best).toBe(row.best);
      expect(s.mean).toBe(row.mean);
      expect(s.diversity).toBe(row.diversity);
    });
  }
});
