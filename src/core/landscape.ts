/**
 * The landscape: a 2-D slice of weight space through a genome, so the player can see the hill that
 * evolution and training both climb. A slice is a plane
 *   genome(a, b) = origin + a·d1 + b·d2,   a, b ∈ [−span, span],
 * sampled on an n × n grid (landscapeGrid.ts evaluates it), onto which a list of genomes — a training
 * run, a population's best per generation — can be projected (`projectGenomes`).
 *
 * Directions are either
 *  - random and filter-normalised (Li et al. 2018, "Visualizing the Loss Landscape of Neural Nets"):
 *    d ~ N(0, 1) per weight from a seeded Rng, then each neuron's row — its incoming weights W_l[j][·]
 *    together with its bias b_l[j] — rescaled to the norm of the same row of the origin genome, so a
 *    step of 1 changes every neuron by as much as it already is (scale-invariant picture); or
 *  - from one genome towards another: d1 = to − from (so (1, 0) is `to`), and d2 a random
 *    filter-normalised direction made orthogonal to d1 (Gram–Schmidt) and rescaled to ‖d1‖.
 * All vectors are float64 copies; slices are plain data (transferable to a worker).
 */
import type { Network, Weights } from './network';
import { err, ok, type Result } from './result';
import type { Rng } from './rng';

export interface LandscapeSlice {
  /** The genome at the centre, a = b = 0 (paramCount values, float64). */
  readonly origin: Float64Array;
  /** First direction, along the grid's columns (a). */
  readonly d1: Float64Array;
  /** Second direction, along the grid's rows (b). */
  readonly d2: Float64Array;
  /** The grid covers a, b ∈ [−span, span] (units of the directions). */
  readonly span: number;
  /** Cells per side: the grid has n × n cells, cell = row·n + col. */
  readonly n: number;
}

export interface SliceError {
  readonly code: 'bad-slice';
  readonly message: string;
}

function fail(message: string): Result<never, SliceError> {
  return err({ code: 'bad-slice', message });
}

/**
 * Filter normalisation in place: for every neuron (layer l, neuron j), the row of `direction` made
 * of W_l[j][·] and b_l[j] is rescaled to the norm of the same row of `genome`. A zero row of the
 * direction stays zero.
 */
export function filterNormalise(net: Network, genome: Weights, direction: Float64Array): void {
  for (let l = 0; l < net.depth; l++) {
    const nIn = net.sizes[l] as number;
    const nOut = net.sizes[l + 1] as number;
    for (let j = 0; j < nOut; j++) {
      const row = (net.wOffset[l] as number) + j * nIn;
      const bias = (net.bOffset[l] as number) + j;
      let gg = (genome[bias] as number) ** 2;
      let dd = (direction[bias] as number) ** 2;
      for (let i = 0; i < nIn; i++) {
        gg += (genome[row + i] as number) ** 2;
        dd += (direction[row + i] as number) ** 2;
      }
      if (dd === 0) continue;
      const k = Math.sqrt(gg) / Math.sqrt(dd);
      for (let i = 0; i < nIn; i++) direction[row + i] = (direction[row + i] as number) * k;
      direction[bias] = (direction[bias] as number) * k;
    }
  }
}

/** A random filter-normalised direction for `genome` (paramCount normal draws from rng). */
export function randomDirection(net: Network, genome: Weights, rng: Rng): Float64Array {
  const d = new Float64Array(net.paramCount);
  for (let i = 0; i < d.length; i++) d[i] = rng.normal();
  filterNormalise(net, genome, d);
  return d;
}

export function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] as number) * (y[i] as number);
  return s;
}

function checkShape(net: Network, span: number, n: number, genomes: Weights[]): string | null {
  if (!(span > 0 && span < Infinity)) return 'span must be a positive finite number';
  if (!Number.isInteger(n) || n < 1 || n > 1024) return 'n must be an integer from 1 to 1024';
  for (const g of genomes) {
    if (g.length !== net.paramCount) return `a genome of this network has ${net.paramCount} weights, not ${g.length}`;
    for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i])) return 'genomes must be finite';
  }
  return null;
}

/** Whether two directions span a plane (neither zero, not parallel to within 1e-9 of a radian). */
function spansPlane(d1: Float64Array, d2: Float64Array): boolean {
  const a = dot(d1, d1);
  const b = dot(d2, d2);
  const c = dot(d1, d2);
  return a > 0 && b > 0 && a * b - c * c > 1e-18 * a * b;
}

/** A slice through `genome` along two random filter-normalised directions (d1 drawn first). */
export function randomSlice(
  net: Network,
  genome: Weights,
  rng: Rng,
  span: number,
  n: number,
): Result<LandscapeSlice, SliceError> {
  const bad = checkShape(net, span, n, [genome]);
  if (bad) return fail(bad);
  const d1 = randomDirection(net, genome, rng);
  const d2 = randomDirection(net, genome, rng);
  if (!spansPlane(d1, d2)) return fail('the genome is all zeros: filter-normalised directions vanish');
  return ok({ origin: Float64Array.from(genome), d1, d2, span, n });
}

/**
 * A slice through `from` whose first direction points at `to` ((a, b) = (1, 0) is `to`), the second
 * a random filter-normalised direction orthogonalised against it and scaled to the same length.
 */
export function towardsSlice(
  net: Network,
  from: Weights,
  to: Weights,
  rng: Rng,
  span: number,
  n: number,
): Result<LandscapeSlice, SliceError> {
  const bad = checkShape(net, span, n, [from, to]);
  if (bad) return fail(bad);
  const P = net.paramCount;
  const d1 = new Float64Array(P);
  for (let i = 0; i < P; i++) d1[i] = (to[i] as number) - (from[i] as number);
  const n1 = dot(d1, d1);
  if (n1 === 0) return fail('the two genomes are the same: no direction between them');
  const d2 = randomDirection(net, from, rng);
  // Gram–Schmidt: d2 ← d2 − (d1·d2 / d1·d1)·d1, then ‖d2‖ ← ‖d1‖.
  const k = dot(d1, d2) / n1;
  for (let i = 0; i < P; i++) d2[i] = (d2[i] as number) - k * (d1[i] as number);
  const n2 = dot(d2, d2);
  if (!spansPlane(d1, d2)) return fail('no direction orthogonal to from → to (the origin genome is all zeros)');
  const s = Math.sqrt(n1) / Math.sqrt(n2);
  for (let i = 0; i < P; i++) d2[i] = (d2[i] as number) * s;
  return ok({ origin: Float64Array.from(from), d1, d2, span, n });
}

/** Coordinate of grid index i (column → a, row → b) of n: span·(2i − (n − 1))/(n − 1); 0 when n = 1. */
export function gridCoordinate(slice: LandscapeSlice, i: number): number {
  const m = slice.n - 1;
  return m === 0 ? 0 : (slice.span * (2 * i - m)) / m;
}

/** out[k] = origin[k] + a·d1[k] + b·d2[k]: the genome at (a, b) of the plane. */
export function slicePoint(slice: LandscapeSlice, a: number, b: number, out: Float32Array | Float64Array): void {
  const { origin, d1, d2 } = slice;
  for (let k = 0; k < origin.length; k++)
    out[k] = (origin[k] as number) + a * (d1[k] as number) + b * (d2[k] as number);
}

/**
 * Projects `count` genomes stored back to back (count × paramCount, from genomes[0]) onto the slice
 * by least squares: (a, b) minimising ‖g − origin − a·d1 − b·d2‖, written to out[2i], out[2i + 1];
 * if `distanceOut` is given, the remaining distance from the plane goes to distanceOut[i].
 */
export function projectGenomes(
  slice: LandscapeSlice,
  genomes: Weights,
  count: number,
  out: Float64Array,
  distanceOut?: Float64Array,
): void {
  const { origin, d1, d2 } = slice;
  const P = origin.length;
  // Normal equations [d1·d1 d1·d2; d1·d2 d2·d2] [a b]ᵀ = [d1·v d2·v]ᵀ, v = g − origin.
  const g11 = dot(d1, d1);
  const g12 = dot(d1, d2);
  const g22 = dot(d2, d2);
  const det = g11 * g22 - g12 * g12;
  for (let c = 0; c < count; c++) {
    const off = c * P;
    let r1 = 0;
    let r2 = 0;
    for (let k = 0; k < P; k++) {
      const v = (genomes[off + k] as number) - (origin[k] as number);
      r1 += (d1[k] as number) * v;
      r2 += (d2[k] as number) * v;
    }
    const a = (g22 * r1 - g12 * r2) / det;
    const b = (g11 * r2 - g12 * r1) / det;
    out[2 * c] = a;
    out[2 * c + 1] = b;
    if (distanceOut) {
      let s = 0;
      for (let k = 0; k < P; k++) {
        const e = (genomes[off + k] as number) - (origin[k] as number) - a * (d1[k] as number) - b * (d2[k] as number);
        s += e * e;
      }
      distanceOut[c] = Math.sqrt(s);
    }
  }
}
