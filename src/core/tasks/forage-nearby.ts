/**
 * A candidate list (a "Verlet list") of the circles of one kind — food or hazards — near a moving
 * point: every circle filed in a CircleGrid whose centre was within reach + NEARBY_SKIN of where
 * the list was made. While the point stays within NEARBY_SKIN − 1 of there, every circle whose
 * centre is within reach of the point is on the list (triangle inequality; the spare unit covers
 * rounding), so a caller that tests the list's circles exactly finds what brute force over every
 * circle finds. The list is remade when the point moved farther, or when the grid or its version
 * (the world's food changes) differ from those it was made from. The list may hold circles out
 * of reach: callers test each one. No allocation after construction.
 */
import type { CircleGrid } from './forage-grid';

/**
 * How much farther than its reach a list looks (units). Measured on the benchmark world (speed ≤ 4
 * a tick): 12 and 32 were no faster than 20.
 */
export const NEARBY_SKIN = 20;

export class NearbyCircles {
  /** Indices of the circles on the list: items[0 … length−1]. */
  readonly items: Int32Array;
  length = 0;
  /** reach + skin (how far the list looks) and (skin − 1)² (how far the point may move), as doubles. */
  private readonly limits: Float64Array;
  /** Where the list was made (x, y). */
  private readonly madeAt = new Float64Array(2);
  private madeFrom: CircleGrid | null = null;
  private madeVersion = -1;

  constructor(capacity: number, reach: number) {
    this.items = new Int32Array(Math.max(1, capacity));
    this.limits = Float64Array.of(reach + NEARBY_SKIN, (NEARBY_SKIN - 1) * (NEARBY_SKIN - 1));
  }

  /**
   * Makes the list hold every circle of `grid` (centres xs, ys; the grid as of `version`) within
   * reach of the point (px[i], py[i]): kept when still valid, remade otherwise. (Points travel in
   * arrays: V8 boxes the double arguments of calls it does not inline.)
   */
  update(
    grid: CircleGrid,
    version: number,
    xs: Float64Array,
    ys: Float64Array,
    px: Float64Array,
    py: Float64Array,
    i: number,
  ): void {
    const x = px[i] as number;
    const y = py[i] as number;
    const mx = x - (this.madeAt[0] as number);
    const my = y - (this.madeAt[1] as number);
    // Written so that a NaN point remakes the list (which then holds nothing).
    if (grid === this.madeFrom && version === this.madeVersion && mx * mx + my * my <= (this.limits[1] as number)) {
      return;
    }
    this.madeFrom = grid;
    this.madeVersion = version;
    this.madeAt[0] = x;
    this.madeAt[1] = y;
    const far = this.limits[0] as number;
    const far2 = far * far;
    const q = grid.query;
    q[0] = x - far - 1;
    q[1] = y - far - 1;
    q[2] = x + far + 1;
    q[3] = y + far + 1;
    grid.cover();
    const start = grid.cellStart;
    const filed = grid.items;
    const list = this.items;
    let n = 0;
    for (let row = grid.r0; row <= grid.r1; row++) {
      for (let col = grid.c0; col <= grid.c1; col++) {
        const cell = row * grid.cols + col;
        const end = start[cell + 1] as number;
        for (let j = start[cell] as number; j < end; j++) {
          const c = filed[j] as number;
          const dx = (xs[c] as number) - x;
          const dy = (ys[c] as number) - y;
          if (dx * dx + dy * dy <= far2) list[n++] = c;
        }
      }
    }
    this.length = n;
  }
}
