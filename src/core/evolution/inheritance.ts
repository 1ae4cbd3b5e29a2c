/**
 * Evaluating a population with a Task, and what lifetime learning means for inheritance:
 *
 *   darwinian   selection sees the genome as it was born: fitness = task.fitness(genome). Whatever a
 *               creature learns in its life neither counts for selection nor passes on, so no learning
 *               is run here at all.
 *   baldwinian  each creature learns for k steps at birth (LifetimeLearner); selection sees the learned
 *               fitness, but the genome passed on is the one it was born with, untouched. Genomes that
 *               learn well are favoured — learning guides evolution without being inherited.
 *   lamarckian  the creature learns for k steps at birth and its learned weights replace its genome:
 *               fitness = task.fitness(learned), and the learned genome is what its offspring copy.
 *
 * The evaluator is a plain function over the contiguous buffer and a list of slots, so the worker
 * pool can run the same thing on its own share of the slots (and a Lamarckian evaluator rewrites only
 * those slots' genomes). Every creature learns from the same start state and is evaluated with the
 * same seed, so the result does not depend on slot order or on how the slots are split.
 */
import type { Weights } from '../network';
import { err, ok, type Result } from '../result';
import type { Task } from '../tasks/task';
import { LifetimeLearner, type LifetimeConfig } from '../training/lifetime';

export type Inheritance = 'darwinian' | 'lamarckian' | 'baldwinian';
export const INHERITANCE_MODES: readonly Inheritance[] = ['darwinian', 'lamarckian', 'baldwinian'];

/**
 * Writes fitness[p] for each p in `slots`, genome p at genomes[p·paramCount…]; a Lamarckian
 * evaluator also rewrites those genomes with what the creatures learned.
 */
export type PopulationEvaluator = (
  genomes: Float32Array,
  paramCount: number,
  slots: readonly number[],
  fitness: Float64Array,
) => void;

export interface EvaluatorSettings {
  /** The evaluation seed (same for every creature and generation, so fitness is comparable). */
  readonly seed: number;
  readonly inheritance: Inheritance;
  /** Lifetime learning; null or 0 steps = none (then all three modes are the same). */
  readonly lifetime: LifetimeConfig | null;
}

export interface EvaluatorError {
  readonly code: 'no-loss';
  readonly message: string;
}

export function createTaskEvaluator(
  task: Task,
  settings: EvaluatorSettings,
): Result<PopulationEvaluator, EvaluatorError> {
  const seed = settings.seed;
  const learns = settings.inheritance !== 'darwinian' && settings.lifetime !== null && settings.lifetime.steps > 0;
  if (!learns) {
    return ok((genomes, P, slots, fitness) => {
      for (const p of slots) fitness[p] = task.fitness(genomes, p * P, seed);
    });
  }
  const data = task.trainingSet(seed);
  if (task.lossKind === null || data === null) {
    return err({ code: 'no-loss', message: `the ${task.kind} task has no loss to learn from during a lifetime` });
  }
  const learner = new LifetimeLearner(task.network, task.lossKind, data, settings.lifetime);
  if (settings.inheritance === 'baldwinian') {
    return ok((genomes, P, slots, fitness) => {
      for (const p of slots) fitness[p] = task.fitness(learner.learn(genomes, p * P), 0, seed);
    });
  }
  return ok((genomes, P, slots, fitness) => {
    for (const p of slots) {
      learner.learnInPlace(genomes, p * P);
      fitness[p] = task.fitness(genomes, p * P, seed);
    }
  });
}

/** One creature's fitness under an inheritance setting (for the HUD and tests). */
export function creatureFitness(evaluator: PopulationEvaluator, genome: Weights): number {
  const copy = Float32Array.from(genome);
  const f = new Float64Array(1);
  evaluator(copy, copy.length, [0], f);
  return f[0] as number;
}
