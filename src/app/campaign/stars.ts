/**
 * Stars on the play screen: how many a measurement earns (the level's one rule, core/levels/goal.ts,
 * and on a two-world level only once the creature is measured in the second world), what the next threshold
 * is, and where a fitness sits on the goal meter. Pure.
 */
import { starsFor, type LevelMeasurements } from '../../core/levels/goal';
import type { Level } from '../../core/levels/types';
import { playsInSecondWorld } from '../play/campaignLevel';

/** The goal as the level file states it (src/core/levels/types.ts LevelGoal). */
export interface StarGoal {
  readonly stars: readonly [number, number, number];
  readonly keepFirstTask?: number;
  readonly maxBasesPerWeight?: number;
}

/** What is measured now. Conditions the level does not have may be left out. */
export interface StarMeasure extends LevelMeasurements {
  /** Two-world levels: the fitness is measured in the second world (the stars world). */
  readonly inSecondTask?: boolean;
}

/**
 * 0…3 stars for a measurement on a level. On a two-world level the fitness must be measured in the
 * second world: always so when the level plays there ("New world"), else when its controls say so.
 */
export function levelStars(level: Level, m: StarMeasure): number {
  if (level.secondTask !== undefined && !playsInSecondWorld(level) && m.inSecondTask !== true) return 0;
  return starsFor(level, m);
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
