/**
 * "Don't forget" and "New world": a creature that knows world A learns world B. What it learns
 * from is the second world's teacher examples — or, with rehearsal on, a mix in which
 * `switches.rehearseShare` of the examples come from world A (the old lessons practised again).
 * `forgettingReport` measures both worlds before and after, so the screen can show A fading.
 */
import type { Dataset } from '../loss';
import type { Weights } from '../network';
import { err, ok, type Result } from '../result';
import { Rng } from '../rng';
import { rehearsalMix } from '../training/datasets';
import type { Level } from './types';
import type { LevelWorlds } from './worlds';

/** Share of old examples when the level does not say. */
export const DEFAULT_REHEARSE_SHARE = 0.5;

export interface ForgettingError {
  readonly code: 'no-second-world' | 'no-training-set' | 'bad-mix';
  readonly message: string;
}

/**
 * The examples training uses in the stars world: its teacher's set, or (rehearse) a mix of as many
 * examples with rehearseShare of them from the first world. Seeded by the evaluation seed.
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
  const share = level.switches.rehearseShare ?? DEFAULT_REHEARSE_SHARE;
  const mix = rehearsalMix(old, fresh, share, fresh.count, new Rng(worlds.seed ^ 0x2e4ea25e));
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
