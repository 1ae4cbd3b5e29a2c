/**
 * Per-generation figures for the charts and the HUD.
 *
 *   best, mean, worst   over the population's fitness
 *   diversity           mean pairwise L2 distance between genomes (weight-space units), over every
 *                       pair when there are at most `pairs` of them, else over `pairs` pairs (i ≠ j)
 *                       drawn with a seeded Rng
 *   neutral / harmful / helpful   the mutation tally: for each child made by mutation alone (event
 *                       'mutation'), Δ = child fitness − parent fitness (parent as it was when the child
 *                       was born); |Δ| ≤ threshold is neutral, Δ < −threshold harmful, Δ > threshold
 *                       helpful. Counted when the children are evaluated, so a generation's stats tally
 *                       the children born into it. Crossover children are not counted (two parents).
 */
import { l2Distance } from '../distance';
import type { Rng } from '../rng';
import { eventCode, type Population } from './population';

export interface GenerationStats {
  readonly generation: number;
  readonly best: number;
  readonly mean: number;
  readonly worst: number;
  /** Id of the fittest creature (lowest slot among ties). */
  readonly bestId: number;
  readonly diversity: number;
  readonly neutral: number;
  readonly harmful: number;
  readonly helpful: number;
  /** Creatures evaluated this generation (survivors keep their fitness and are not re-evaluated). */
  readonly evaluated: number;
}

/** Mean pairwise L2 distance; see the file header. */
export function meanPairwiseDistance(pop: Population, pairs: number, rng: Rng): number {
  const n = pop.count;
  const P = pop.paramCount;
  const g = pop.genomes;
  if (n < 2) return 0;
  const all = (n * (n - 1)) / 2;
  let sum = 0;
  if (all <= pairs) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sum += l2Distance(g, g, P, i * P, j * P);
    return sum / all;
  }
  for (let k = 0; k < pairs; k++) {
    const i = rng.int(n);
    let j = rng.int(n - 1);
    if (j >= i) j++;
    sum += l2Distance(g, g, P, i * P, j * P);
  }
  return sum / pairs;
}

export interface MutationTally {
  neutral: number;
  harmful: number;
  helpful: number;
}

/** Adds the mutation outcomes of the given (just evaluated) slots to `tally`. */
export function tallyMutations(
  pop: Population,
  slots: readonly number[],
  threshold: number,
  tally: MutationTally,
): void {
  const mutation = eventCode('mutation');
  for (const p of slots) {
    if (pop.events[p] !== mutation) continue;
    const d = (pop.fitness[p] as number) - (pop.parentFitness[p] as number);
    if (d !== d) continue;
    if (d > threshold) tally.helpful++;
    else if (d < -threshold) tally.harmful++;
    else tally.neutral++;
  }
}

/** Best, mean and worst fitness, and the best creature's id. NaN fitness is skipped. */
export function fitnessSummary(pop: Population): { best: number; mean: number; worst: number; bestId: number } {
  let best = -Infinity;
  let worst = Infinity;
  let sum = 0;
  let n = 0;
  let bestId = pop.ids[0] as number;
  for (let p = 0; p < pop.count; p++) {
    const f = pop.fitness[p] as number;
    if (f !== f) continue;
    sum += f;
    n++;
    if (f > best) {
      best = f;
      bestId = pop.ids[p] as number;
    }
    if (f < worst) worst = f;
  }
  return n === 0 ? { best: NaN, mean: NaN, worst: NaN, bestId } : { best, mean: sum / n, worst, bestId };
}
