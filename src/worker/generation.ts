/**
 * One generation of evolution with the worker pool doing the evaluation: the same steps as
 * `Evolution.step` (evaluate what is pending, breed, evaluate the newborn, record the stats),
 * with the evaluation split between workers. Selection and breeding stay in this thread: they
 * are cheap, and they draw from the evolution's own Rng, so a run is the same bits with or
 * without a pool.
 */
import type { Evolution } from '../core/evolution/evolution';
import type { GenerationStats } from '../core/evolution/stats';
import { ok, type Result } from '../core/result';
import type { EnginePool } from './engine-pool';
import type { JobOptions, PoolError } from './pool';

/**
 * Evaluates the pending creatures of the living generation (e.g. generation 0) in the pool, with
 * the evolution's own evaluation seed and inheritance setting.
 */
export async function evaluatePending(
  evolution: Evolution,
  pool: EnginePool,
  options: JobOptions = {},
): Promise<Result<GenerationStats | null, PoolError>> {
  const slots = evolution.pendingSlots();
  if (slots.length === 0) return ok(null);
  const { evaluationSeed, inheritance, lifetime } = evolution.config;
  const population = evolution.population;
  const done = await pool.evaluateSlots(population.genomes, slots, population.fitness, evaluationSeed, {
    ...options,
    inheritance: { inheritance, lifetime },
  });
  return done.ok ? ok(evolution.finishEvaluation(slots)) : done;
}

/**
 * evaluate pending (if any) → breed → evaluate in the pool → stats. On an error (cancelled, a
 * worker failed) the new generation stays bred but pending; the next call evaluates it first.
 */
export async function evolveGeneration(
  evolution: Evolution,
  pool: EnginePool,
  options: JobOptions = {},
): Promise<Result<GenerationStats, PoolError>> {
  const before = await evaluatePending(evolution, pool, options);
  if (!before.ok) return before;
  evolution.breed();
  const after = await evaluatePending(evolution, pool, options);
  if (!after.ok) return after;
  return ok(after.value ?? evolution.finishEvaluation([]));
}
