/**
 * Each special level shows what its card says: the measurements behind the lesson, with the same
 * core helpers the play screen calls.
 */
import { describe, expect, it } from 'vitest';
import { autoEvolve, autoTrain, levelEvolutionConfig } from '../../../../src/core/levels/autoplay';
import { compressionCurve, genomeBytes, learnedFromBytes } from '../../../../src/core/experiments/compression';
import { forgettingReport } from '../../../../src/core/levels/forgetting';
import { fineTuneRace } from '../../../../src/core/experiments/race';
import { starsFor } from '../../../../src/core/levels/goal';
import { levelWorlds, seededGenome, startGenome } from '../../../../src/core/levels/worlds';
import { Evolution } from '../../../../src/core/evolution/evolution';
import { createTaskEvaluator } from '../../../../src/core/evolution/inheritance';
import { Trainer } from '../../../../src/core/training/trainer';
import type { Level } from '../../../../src/core/levels/types';
import { levelById } from './shipped';

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('level lessons', () => {
  // Figures (fitness in the old valley A and the new valley B, before → after 300 steps on B; a 2-8-2
  // brain with one head per valley: A reads output 1, B output 2; layer 1 is shared by both):
  //   plain              A 0.525 → 0.050   B −0.430 → 0.510   no star (forgot A)
  //   freeze layer 1     A 0.525 → 0.525   B −0.430 → 0.515   3 stars (1 star after 30 steps)
  //   freeze layer 2     A 0.525 → 0.090   B −0.430 → 0.515   no star (the shared layer still moves)
  //   rehearse           A 0.525 → 0.545   B −0.430 → 0.505   3 stars (1 star after 30 steps)
  // With the shared layer frozen, learning B only moves head B: head A and everything it reads stay
  // the same bits, so A's answers cannot change. Plain training moves the shared layer for B and A's
  // head, reading changed features, is lost.
  it("Don't forget: learning the new valley wipes out the old one; freezing the shared layer or rehearsing keeps it", () => {
    const level = levelById('dont-forget');
    const worlds = value(levelWorlds(level));
    const before = value(startGenome(level, worlds)) as Float32Array;
    const keep = level.goal.keepFirstTask ?? Infinity;
    const oneStar = level.goal.stars[0];
    const outcome = (options: Parameters<typeof autoTrain>[1]) => {
      const run = value(autoTrain(level, { untilBudget: true, ...options }));
      const report = forgettingReport(worlds, before, run.genome);
      if (!report) throw new Error('no second world');
      return { ...report, stars: run.stars };
    };
    const plain = outcome({});
    expect(plain.firstBefore).toBeGreaterThanOrEqual(0.5);
    expect(plain.secondBefore).toBeLessThan(0);
    expect(plain.firstAfter).toBeLessThanOrEqual(0.15);
    expect(plain.secondAfter).toBeGreaterThanOrEqual(oneStar);
    expect(plain.stars).toBe(0);
    const shared = outcome({ frozenLayers: [0] });
    expect(shared.firstAfter).toBe(shared.firstBefore);
    expect(shared.secondAfter).toBeGreaterThanOrEqual(oneStar);
    expect(shared.stars).toBeGreaterThanOrEqual(1);
    const headsOnly = outcome({ frozenLayers: [1] });
    expect(headsOnly.firstAfter).toBeLessThan(keep);
    expect(headsOnly.stars).toBe(0);
    const rehearsed = outcome({ rehearse: true });
    expect(rehearsed.firstAfter).toBeGreaterThanOrEqual(rehearsed.firstBefore - 0.05);
    expect(rehearsed.secondAfter).toBeGreaterThanOrEqual(oneStar);
    expect(rehearsed.stars).toBeGreaterThanOrEqual(1);
  });

  // Figures (food eaten in 600 ticks of the walled forest, after the level's 8 generations of 24;
  // the evolved forager scores 19 in the open forest and 13 here): over 20 breeding seeds
  // (12, 201…219) the fine-tuned line ends at 19.0 on average (worst 17), the one from scratch at
  // 11.0 (best 16); fine-tuned minus scratch per seed 8.0 on average, 4 at worst.
  it('New world: the evolved forager, fine-tuned a few generations, beats a population from scratch', () => {
    const level = levelById('new-world');
    const worlds = value(levelWorlds(level));
    const forager = value(startGenome(level, worlds)) as Float32Array;
    const seed = worlds.seed;
    expect(worlds.first.fitness(forager, 0, seed)).toBeGreaterThanOrEqual(18);
    expect(worlds.stars.fitness(forager, 0, seed)).toBeLessThan(worlds.first.fitness(forager, 0, seed) - 4);
    // Arriving earns nothing: its first generation (it and its mutants) is below one star.
    expect(value(autoEvolve(level, { generations: 0 })).stars).toBe(0);
    const config = value(levelEvolutionConfig(level, true));
    const training = { ...level.training, frozenLayers: [] };
    for (const breed of [config.seed, 201, 202, 203, 204]) {
      const race = value(
        fineTuneRace(worlds.stars, forager, {
          mode: 'evolve',
          evolution: { ...config, seed: breed },
          training,
          budget: level.budget.generations,
        }),
      );
      race.runToEnd();
      const [fine, scratch] = race.finals() as [number, number];
      expect(fine - scratch, `breeding seed ${breed}`).toBeGreaterThanOrEqual(5);
      if (breed === config.seed) {
        expect(starsFor(level, { fitness: fine })).toBe(3);
        expect(starsFor(level, { fitness: scratch })).toBe(0);
      }
    }
  });

  // The size of what it learned from is the picture at its real storage size (16×16 grey, 1 byte a
  // pixel = 256 bytes; see experiments/compression.ts). The genome: 113 weights × 3 bases × 2 bits =
  // 84.75 bytes (a third of the picture), at 2 bases 56.5 bytes (under a quarter).
  it('Pack it small: 3 or 2 bases a weight barely matter, 1 base does; the DNA is a third of the picture or less', () => {
    const level = levelById('pack-it-small');
    const worlds = value(levelWorlds(level));
    const trained = value(autoTrain(level, { untilBudget: true }));
    const curve = compressionCurve(worlds.stars, trained.genome, worlds.seed);
    const full = curve.original;
    const at = (k: number): number => curve.byK[k - 1] ?? NaN;
    expect(full).toBe(worlds.stars.fitness(trained.genome, 0, worlds.seed));
    expect(Math.abs(full - at(3))).toBeLessThan(0.02);
    expect(full - at(2)).toBeLessThan(0.06);
    expect(full - at(1)).toBeGreaterThan(0.15);
    const n = worlds.stars.network.paramCount;
    const learned = learnedFromBytes(worlds.stars, worlds.seed);
    expect(learned).toEqual({ kind: 'picture', bytes: 256, count: 256 });
    expect(genomeBytes(n, 3)).toBe(84.75);
    expect(genomeBytes(n, 3) * 3).toBeLessThan(learned?.bytes ?? 0);
    expect(genomeBytes(n, 2) * 4).toBeLessThan(learned?.bytes ?? 0);
  });

  it('Silent letters: most single-letter mutations are neutral, some harmful, few helpful', () => {
    const level = levelById('silent-letters');
    const worlds = value(levelWorlds(level));
    const cfg = value(levelEvolutionConfig(level, true));
    const evo = new Evolution(worlds.stars.network, cfg);
    const evaluator = value(
      createTaskEvaluator(worlds.stars, { seed: worlds.seed, inheritance: 'darwinian', lifetime: null }),
    );
    evo.evaluate(evaluator);
    const tally = { neutral: 0, harmful: 0, helpful: 0 };
    for (let g = 0; g < level.budget.generations; g++) {
      const s = evo.step(evaluator);
      tally.neutral += s.neutral;
      tally.harmful += s.harmful;
      tally.helpful += s.helpful;
    }
    const total = tally.neutral + tally.harmful + tally.helpful;
    expect(tally.neutral / total).toBeGreaterThan(0.5);
    expect(tally.harmful).toBeGreaterThan(tally.helpful);
    expect(tally.helpful).toBeGreaterThan(0);
    expect(tally.helpful / total).toBeLessThan(0.05);
  });

  it('Stuck on a hill: the default population stays low; bigger mutations climb higher', () => {
    const level = levelById('stuck-on-a-hill');
    const stuck = value(autoEvolve(level, { untilBudget: true }));
    const bolder: Level = {
      ...level,
      evolution: { ...level.evolution, mutation: { kind: 'gaussian', rate: 0.5, size: 1.5 } },
    };
    const escaped = value(autoEvolve(bolder, { untilBudget: true }));
    expect(stuck.stars).toBe(1);
    expect(escaped.measurements.fitness).toBeGreaterThan(stuck.measurements.fitness + 0.1);
    expect(escaped.stars).toBeGreaterThanOrEqual(2);
  });

  it('Mind the step: a tiny step crawls, a huge one explodes (and the creature comes back unharmed)', () => {
    const level = levelById('mind-the-step');
    const tiny: Level = { ...level, training: { ...level.training, optimizer: { kind: 'sgd', learningRate: 0.01 } } };
    expect(value(autoTrain(tiny)).stars).toBe(0);
    const worlds = value(levelWorlds(level));
    const data = worlds.stars.trainingSet(worlds.seed);
    if (!data || !worlds.stars.lossKind) throw new Error('no examples');
    const start = seededGenome(level, worlds.stars.network);
    const huge = new Trainer(worlds.stars.network, worlds.stars.lossKind, data, start, {
      ...level.training,
      optimizer: { kind: 'sgd', learningRate: 10 },
    });
    huge.run(level.budget.steps);
    expect(huge.status).toBe('diverged');
    expect(huge.genome.every(Number.isFinite)).toBe(true);
  });

  it('Born to learn: without learning evolution stays stuck; learning (Baldwin or Lamarck) finds the berries', () => {
    const level = levelById('born-to-learn');
    const darwin = value(autoEvolve({ ...level, switches: { ...level.switches, inheritance: 'darwinian' } }));
    const baldwin = value(autoEvolve(level));
    const lamarck = value(autoEvolve({ ...level, switches: { ...level.switches, inheritance: 'lamarckian' } }));
    expect(darwin.stars).toBe(0);
    expect(baldwin.stars).toBeGreaterThanOrEqual(1);
    expect(lamarck.stars).toBeGreaterThanOrEqual(1);
  });
});
