/**
 * How many stars a fitness earns on a level. The goal's three thresholds rise (one, two, three
 * stars); a level with conditions (keep the first world, squeeze the DNA) gives no star until they
 * hold. Pure: the play screen asks it after every generation and training step.
 */

/** The goal as the level file states it (src/core/levels/types.ts LevelGoal). */
export interface StarGoal {
  readonly stars: readonly [number, number, number];
  readonly keepFirstTask?: number;
  readonly maxBasesPerWeight?: number;
}

/** What is measured now. Conditions the level does not have may be left out. */
export interface StarMeasure {
  /** The fitness the stars are for (in the second world, on a two-world level). */
  readonly fitness: number;
  /** Two-world levels: the creature is being measured in the second world. */
  readonly inSecondTask?: boolean;
  /** Two-world levels: the same creature's fitness in the first world. */
  readonly firstTaskFitness?: number;
  /** The bases a weight the creature's DNA is written with now. */
  readonly basesPerWeight?: number;
}

/** 0…3 stars for a measurement; `twoWorlds` says the level has a second task. */
export function starsFor(goal: StarGoal, m: StarMeasure, twoWorlds = false): number {
  if (!Number.isFinite(m.fitness)) return 0;
  if (twoWorlds && m.inSecondTask !== true) return 0;
  if (goal.keepFirstTask !== undefined) {
    if (m.firstTaskFitness === undefined || !(m.firstTaskFitness >= goal.keepFirstTask)) return 0;
  }
  if (goal.maxBasesPerWeight !== undefined) {
    if (m.basesPerWeight === undefined || m.basesPerWeight > goal.maxBasesPerWeight) return 0;
  }
  let n = 0;
  for (const threshold of goal.stars) if (m.fitness >= threshold) n++;
  return n;
}

/** The next threshold to reach, or null when all three stars are reached. */
export function nextThreshold(goal: StarGoal, fitness: number): number | null {
  for (const threshold of goal.stars) if (!(fitness >= threshold)) return threshold;
  return null;
}

/**
 * Where a fitness sits on the goal meter, 0…1: the three thresholds at 1/3, 2/3 and 1 of the bar,
 * the stretch below the first star scaled from `floor` (the fitness the level started at).
 */
export function meterPosition(goal: StarGoal, fitness: number, floor: number): number {
  if (!Number.isFinite(fitness)) return 0;
  const [one, two, three] = goal.stars;
  const segment = (lo: number, hi: number, base: number): number =>
    base + (hi > lo ? Math.min(1, Math.max(0, (fitness - lo) / (hi - lo))) : 1) / 3;
  if (fitness < one) {
    const lo = Number.isFinite(floor) && floor < one ? floor : one - Math.abs(one) * 0.5 - 1e-9;
    return segment(lo, one, 0);
  }
  if (fitness < two) return segment(one, two, 1 / 3);
  if (fitness < three) return segment(two, three, 2 / 3);
  return 1;
}
