/**
 * The taste map of a creature with one head per valley ("Don't forget"): two sort tasks on one brain,
 * each reading its own output, whose items lie in different parts of the map (the old valley's
 * berries on one side, the new valley's on the other). Each cell of the map shows the eat-probability
 * of the head whose valley it belongs to, and the true boundary of that valley's rule, so one plate
 * shows what the creature knows in both valleys: learning the new one repaints its side, and
 * forgetting the old one shows as the other side going wrong.
 *
 * A cell belongs to the valley whose items' range (over the two map features) is nearest to the
 * cell's centre (0 inside it); a tie goes to the first valley. A range is [lo, hi] of a uniform
 * feature, mean ± 2 sd of a normal one, clipped to [−1, 1].
 */
import type { Weights } from '../network';
import type { SortTask } from './sort';
import type { FeatureDistribution, SortFeature } from './sortRules';

export interface ValleyMap {
  readonly resolution: number;
  /** resolution × resolution eat-probabilities, row-major, y from low to high (as a sort phenotype). */
  readonly map: Float32Array;
  /** The rule of each cell's valley: 1 edible, 0 not (for the dashed true boundary). */
  readonly rule: Float32Array;
  /** 0 where the cell belongs to the first valley, 1 to the second. */
  readonly valley: Uint8Array;
}

function range(d: FeatureDistribution): readonly [number, number] {
  const [lo, hi] = d.kind === 'uniform' ? [d.lo, d.hi] : [d.mean - 2 * d.sd, d.mean + 2 * d.sd];
  const clip = (v: number): number => (v < -1 ? -1 : v > 1 ? 1 : v);
  return [clip(Math.min(lo, hi)), clip(Math.max(lo, hi))];
}

function gap(v: number, [lo, hi]: readonly [number, number]): number {
  return v < lo ? lo - v : v > hi ? v - hi : 0;
}

/** Squared distance from a point of the map to a task's items' box over the map features. */
function distance(task: SortTask, fx: number, fy: number, x: number, y: number): number {
  const features = task.config.features;
  const dx = gap(x, range((features[fx] as SortFeature).distribution));
  const dy = gap(y, range((features[fy] as SortFeature).distribution));
  return dx * dx + dy * dy;
}

/**
 * Which valley each cell of the map belongs to, or null when the two tasks do not share one map
 * (other resolution or other map features) or read the same head.
 */
export function valleyOwners(first: SortTask, second: SortTask): Uint8Array | null {
  const res = first.config.mapResolution ?? 32;
  const [fx, fy] = first.config.mapFeatures ?? [0, 1];
  const [sx, sy] = second.config.mapFeatures ?? [0, 1];
  if ((second.config.mapResolution ?? 32) !== res || sx !== fx || sy !== fy || first.head === second.head) return null;
  const owners = new Uint8Array(res * res);
  for (let r = 0; r < res; r++) {
    const y = -1 + (2 * (r + 0.5)) / res;
    for (let c = 0; c < res; c++) {
      const x = -1 + (2 * (c + 0.5)) / res;
      owners[r * res + c] = distance(second, fx, fy, x, y) < distance(first, fx, fy, x, y) ? 1 : 0;
    }
  }
  return owners;
}

/** The true rule on the two-valley map: each cell's valley's rule (1 edible), or null as valleyOwners. */
export function valleyRule(first: SortTask, second: SortTask): Float32Array | null {
  const valley = valleyOwners(first, second);
  return valley ? pick(valley, first.ruleMap(), second.ruleMap()) : null;
}

/** The two-valley taste map of a genome (see the file header), or null as valleyOwners. */
export function valleyMap(first: SortTask, second: SortTask, genome: Weights, seed: number): ValleyMap | null {
  const valley = valleyOwners(first, second);
  if (!valley) return null;
  const a = first.phenotype(genome, seed);
  const b = second.phenotype(genome, seed);
  if (a.kind !== 'sort' || b.kind !== 'sort') return null;
  return {
    resolution: a.resolution,
    map: pick(valley, a.map, b.map),
    rule: pick(valley, first.ruleMap(), second.ruleMap()),
    valley,
  };
}

/** Cell by cell: from `a` where the valley is 0, from `b` where it is 1. */
function pick(valley: Uint8Array, a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(valley.length);
  for (let i = 0; i < valley.length; i++) out[i] = (valley[i] === 1 ? b[i] : a[i]) as number;
  return out;
}
