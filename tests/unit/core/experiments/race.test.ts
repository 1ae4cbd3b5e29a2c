import { describe, expect, it } from 'vitest';
import { validateEvolutionConfig, type EvolutionConfig } from '../../../../src/core/evolution/config';
import { Evolution } from '../../../../src/core/evolution/evolution';
import { createTaskEvaluator } from '../../../../src/core/evolution/inheritance';
import { fineTuneRace, inheritanceRace, Race, type Runner } from '../../../../src/core/experiments/race';
import { createGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { LifetimeLearner, type LifetimeConfig } from '../../../../src/core/training/lifetime';
import { Trainer, type TrainerConfig } from '../../../../src/core/training/trainer';
import { SORT_RULES, sortTask } from '../tasks/sortFixtures';

function evolutionConfig(patch: Partial<EvolutionConfig> = {}): EvolutionConfig {
  const c = validateEvolutionConfig({
    populationSize: 16,
    selection: { kind: 'truncation', fraction: 0.25 },
    elitism: 2,
    mutation: { kind: 'gaussian', rate: 0.2, size: 0.3 },
    seed: 5,
    evaluationSeed: 1,
    ...patch,
  });
  if (!c.ok) throw new Error(c.error.message);
  return c.value;
}

const TRAINING: TrainerConfig = { optimizer: { kind: 'adam', learningRate: 0.03 }, batchSize: 32, seed: 3 };
const oldWorld = sortTask(SORT_RULES.circle);
const newWorld = sortTask({ kind: 'ellipse', a: 0, b: 1, center: [0.15, -0.1], radii: [0.55, 0.5] });

function ancestor(): Float32Array {
  const t = new Trainer(
    oldWorld.network,
    'bce',
    oldWorld.trainingSet(1),
    createGenome(oldWorld.network, new Rng(4)),
    TRAINING,
  );
  t.run(300);
  return t.genome.slice();
}

describe('Race', () => {
  it('advances the line that is behind, one round at a time, to the budget', () => {
    const calls: string[] = [];
    const runner = (name: string, step: number): Runner => {
      let f = 0;
      return {
        start: () => (calls.push(`${name}0`), f),
        round: () => (calls.push(name), (f += step)),
      };
    };
    const race = new Race(
      [
        { name: 'a', runner: runner('a', 1) },
        { name: 'b', runner: runner('b', 2) },
      ],
      2,
    );
    race.runToEnd();
    expect(calls).toEqual(['a0', 'b0', 'a', 'b', 'a', 'b']);
    expect(race.lines.map((l) => l.best)).toEqual([
      [0, 1, 2],
      [0, 2, 4],
    ]);
    expect(race.done).toBe(true);
    expect(race.advance()).toBe(false);
    expect(race.finals()).toEqual([2, 4]);
  });
});

describe('New world: fine-tuned vs from scratch (sort, circle → shifted ellipse)', () => {
  const start = ancestor();

  it('evolution: the carried-over creature starts ahead and stays ahead with the same budget', () => {
    const r = fineTuneRace(newWorld, start, {
      mode: 'evolve',
      evolution: evolutionConfig(),
      training: TRAINING,
      budget: 15,
    });
    if (!r.ok) throw new Error(r.error.message);
    r.value.runToEnd();
    const [tuned, scratch] = r.value.lines;
    expect(tuned!.best).toHaveLength(16);
    expect(tuned!.best[0]!).toBeGreaterThan(scratch!.best[0]! + 0.1);
    expect(tuned!.best[15]!).toBeGreaterThan(scratch!.best[15]!);
    // Elitism: the best never falls.
    for (let g = 1; g < 16; g++) expect(tuned!.best[g]!).toBeGreaterThanOrEqual(tuned!.best[g - 1]!);
  });

  it('training: the same, step for step; deterministic', () => {
    const make = (): Race => {
      const r = fineTuneRace(newWorld, start, {
        mode: 'train',
        evolution: evolutionConfig(),
        training: TRAINING,
        budget: 6,
        stepsPerRound: 5,
        scratch: createGenome(newWorld.network, new Rng(4)),
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const race = make();
    race.runToEnd();
    expect(race.lines[0]!.best[0]!).toBeGreaterThan(race.lines[1]!.best[0]!);
    expect(race.lines[0]!.best[2]!).toBeGreaterThan(race.lines[1]!.best[2]!);
    const again = make();
    again.runToEnd();
    expect(again.lines.map((l) => l.best)).toEqual(race.lines.map((l) => l.best));
  });
});

describe('Born to learn: Darwin, Lamarck, Baldwin', () => {
  const task = sortTask(SORT_RULES.circle);
  const lifetime: LifetimeConfig = {
    steps: 5,
    trainer: { optimizer: { kind: 'adam', learningRate: 0.05 }, batchSize: 32, seed: 7 },
  };
  const config = evolutionConfig({ populationSize: 30 });

  it('generation 0, as documented: Baldwin keeps the born genomes but is scored learned; Lamarck keeps the learned ones', () => {
    const P = task.network.paramCount;
    const pops = (['darwinian', 'baldwinian', 'lamarckian'] as const).map((inheritance) => {
      const evo = new Evolution(task.network, { ...config, inheritance, lifetime });
      const ev = createTaskEvaluator(task, { seed: 1, inheritance, lifetime });
      if (!ev.ok) throw new Error(ev.error.message);
      evo.evaluate(ev.value);
      return evo.population;
    });
    const [darwin, baldwin, lamarck] = pops as [(typeof pops)[0], (typeof pops)[0], (typeof pops)[0]];
    expect(baldwin.genomes).toEqual(darwin.genomes);
    expect(lamarck.genomes).not.toEqual(darwin.genomes);
    expect(lamarck.fitness).toEqual(baldwin.fitness);
    const learner = new LifetimeLearner(task.network, 'bce', task.trainingSet(1), lifetime);
    for (let p = 0; p < 3; p++) {
      const learned = learner.learn(darwin.genomes, p * P);
      expect(lamarck.genomes.subarray(p * P, (p + 1) * P)).toEqual(learned);
      expect(darwin.fitness[p]).toBe(task.fitness(darwin.genomes, p * P, 1));
    }
  });

  it('the three curves differ; with learning written into the genome, Lamarck is ahead after 20 generations', () => {
    const r = inheritanceRace(task, config, lifetime, 20);
    if (!r.ok) throw new Error(r.error.message);
    r.value.runToEnd();
    const [darwin, lamarck, baldwin] = r.value.finals() as [number, number, number];
    expect(r.value.lines.map((l) => l.name)).toEqual(['darwinian', 'lamarckian', 'baldwinian']);
    expect(lamarck).toBeGreaterThan(darwin);
    expect(lamarck).toBeGreaterThan(baldwin);
    expect(new Set(r.value.lines.map((l) => l.best.join(','))).size).toBe(3);
  });
});
