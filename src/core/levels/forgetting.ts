/**
 * "Don't forget" and "New world": a creature that knows world A learns world B. What it learns
 * from is the second world's teacher examples — or, with rehearsal on, a mix in which
 * `switches.rehearseShare` of the examples come from world A (the old lessons practised again).
 * The mix is the one the play screen makes (experiments/forgetting.ts `forgettingExamples`, seeded by
 * the level's evolution seed), so the winnable test trains on exactly what the player's creature does.
 * `forgettingReport` measures both worlds before and after, so the screen can show A fading.
 */
import { DEFAULT_EVOLUTION_CONFIG } from '../evolution/config';
import { DEFAULT_REHEARSE_SHARE, forgettingExamples } from '../experiments/forgetting';
import type { Dataset } from '../loss';
import type { Weights } from '../network';
import { err, ok, type Result } from '../result';
import type { Level } from './types';
import type { LevelWorlds } from './worlds';

export interface ForgettingError {
  readonly code: 'no-second-world' | 'no-training-set' | 'bad-mix';
  readonly message: string;
}

/**
 * The seed of the level's evolution settings as its play session starts them (a random or pretrained
 * start's seed, else the evolution seed): the seed the play screen mixes rehearsal examples with.
 */
export function levelEvolutionSeed(level: Level): number {
  if (level.start.kind !== 'ancestor') return level.start.seed;
  return level.evolution.seed ?? DEFAULT_EVOLUTION_CONFIG.seed;
}

/**
 * The examples training uses in the stars world: its teacher's set, or (rehearse) a mix of as many
 * examples with rehearseShare of them from the first world.
 */
export function trainingExamples(
  level: Level,
  worlds: LevelWorlds,
  rehearse: boolean,
): Result<Dataset, ForgettingError> {
  const fresh = worlds.stars.trainingSet(worlds.seed);
  if (!fresh) return err({ code: 'no-training-set', message: `the ${worlds.stars.kind} world has no examples` });
  if (!rehearse) return ok(fresh);
  if (!worlds.second) return err({ code: 'no-second-world', message: 'rehearsing needs a second world' });
  const old = worlds.first.trainingSet(worlds.seed);
  if (!old) return err({ code: 'no-training-set', message: `the ${worlds.first.kind} world has no examples` });
  const mix = forgettingExamples(old, fresh, {
    learning: 'B',
    rehearse: true,
    rehearseShare: level.switches.rehearseShare ?? DEFAULT_REHEARSE_SHARE,
    seed: levelEvolutionSeed(level),
  });
  return mix.ok ? mix : err({ code: 'bad-mix', message: mix.error.message });
}

export interface ForgettingReport {
  readonly firstBefore: number;
  readonly firstAfter: number;
  readonly secondBefore: number;
  readonly secondAfter: number;
  /** How much of world A's fitness was lost: firstBefore − firstAfter. */
  readonly forgotten: number;
}

/** Both worlds' fitness before and after learning (needs a second world). */
export function forgettingReport(worlds: LevelWorlds, before: Weights, after: Weights): ForgettingReport | null {
  const second = worlds.second;
  if (!second) return null;
  const f = (task: typeof second, g: Weights): number => task.fitness(g, 0, worlds.seed);
  const firstBefore = f(worlds.first, before);
  const firstAfter = f(worlds.first, after);
  return {
    firstBefore,
    firstAfter,
    secondBefore: f(second, before),
    secondAfter: f(second, after),
    forgotten: firstBefore - firstAfter,
  };
}
