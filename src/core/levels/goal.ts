/**
 * When a level is won, and with how many stars: the one rule the play screen and the winnable
 * test share. A creature earns stars by its fitness in the stars world (the second world when the
 * level has one), and only if the level's extra conditions hold:
 *   keepFirstTask      its fitness in the first world is still ≥ this ("Don't forget")
 *   maxBasesPerWeight  it was measured written with at most this many bases a weight ("Pack it small")
 */
import { DEFAULT_BASES_PER_WEIGHT, DEFAULT_DNA_RANGE } from '../dna';
import type { Weights } from '../network';
import { quantisedFitness } from '../experiments/compression';
import type { Level } from './types';
import type { LevelWorlds } from './worlds';

export type Stars = 0 | 1 | 2 | 3;

export interface LevelMeasurements {
  /** Fitness in the stars world. */
  readonly fitness: number;
  /** Fitness in the first world (two-world levels). */
  readonly firstTaskFitness?: number;
  /** Bases per weight the creature was measured with (default 3). */
  readonly basesPerWeight?: number;
}

export function starsFor(level: Level, m: LevelMeasurements): Stars {
  const goal = level.goal;
  if (!Number.isFinite(m.fitness)) return 0;
  if (goal.keepFirstTask !== undefined && !((m.firstTaskFitness ?? -Infinity) >= goal.keepFirstTask)) return 0;
  if (goal.maxBasesPerWeight !== undefined && (m.basesPerWeight ?? DEFAULT_BASES_PER_WEIGHT) > goal.maxBasesPerWeight) {
    return 0;
  }
  const [one, two, three] = goal.stars;
  return m.fitness >= three ? 3 : m.fitness >= two ? 2 : m.fitness >= one ? 1 : 0;
}

/**
 * Measures one creature for the goal. `fitness` is the stars world's fitness when the caller has it
 * already (e.g. from an evolution run whose evaluator includes lifetime learning); otherwise it is
 * computed. With goal.maxBasesPerWeight the creature is squeezed to `basesPerWeight` bases a weight
 * (default: that maximum) before it is measured, in every world.
 */
export function measureCreature(
  level: Level,
  worlds: LevelWorlds,
  genome: Weights,
  fitness?: number,
  basesPerWeight?: number,
): LevelMeasurements {
  const k = level.goal.maxBasesPerWeight === undefined ? undefined : (basesPerWeight ?? level.goal.maxBasesPerWeight);
  const measure = (task: LevelWorlds['first']): number =>
    k === undefined
      ? task.fitness(genome, 0, worlds.seed)
      : quantisedFitness(task, genome, { k, range: DEFAULT_DNA_RANGE }, worlds.seed);
  const starsFitness = k === undefined && fitness !== undefined ? fitness : measure(worlds.stars);
  const firstTaskFitness = level.goal.keepFirstTask === undefined ? undefined : measure(worlds.first);
  return {
    fitness: starsFitness,
    ...(firstTaskFitness !== undefined ? { firstTaskFitness } : {}),
    ...(k !== undefined ? { basesPerWeight: k } : {}),
  };
}
