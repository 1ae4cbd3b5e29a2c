/**
 * Contour lines of a grid by marching squares. The grid is nx × ny values, row-major:
 * value(col, row) = values[row·nx + col]. Segments come out in grid units (col, row as floats,
 * 0 … nx−1 and 0 … ny−1), four numbers each: x0, y0, x1, y1. Crossings are placed by linear
 * interpolation along cell edges, so a linear field gives exact crossings. Saddle cells are
 * resolved by the mean of the four corners. Cells with a non-finite corner are skipped.
 */

/** `count` levels evenly spaced strictly inside (lo, hi). */
export function contourLevels(lo: number, hi: number, count: number): number[] {
  const levels: number[] = [];
  if (!(hi > lo) || count < 1) return levels;
  const step = (hi - lo) / (count + 1);
  for (let i = 1; i <= count; i++) levels.push(lo + step * i);
  return levels;
}

function isFiniteNumber(v: number): boolean {
  return v === v && v !== Infinity && v !== -Infinity;
}

/** Fraction along an edge from a value va to vb where the level is crossed. */
function crossing(va: number, vb: number, level: number): number {
  const d = vb - va;
  return d === 0 ? 0.5 : (level - va) / d;
}

/**
 * Appends the segments of one contour level to `out` starting at segment `first` (so several
 * levels can share one buffer) and returns the new segment count. Stops when `out` is full.
 */
export function marchingSquares(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  level: number,
  out: Float32Array,
  first = 0,
): number {
  let count = first;
  const capacity = out.length >> 2;
  // Edge crossing points of the current cell: e0 bottom (row), e1 right, e2 top (row + 1), e3 left.
  const ex = [0, 0, 0, 0];
  const ey = [0, 0, 0, 0];
  for (let row = 0; row + 1 < ny; row++) {
    for (let col = 0; col + 1 < nx; col++) {
      const v00 = values[row * nx + col] as number;
      const v10 = values[row * nx + col + 1] as number;
      const v01 = values[(row + 1) * nx + col] as number;
      const v11 = values[(row + 1) * nx + col + 1] as number;
      if (!isFiniteNumber(v00) || !isFiniteNumber(v10) || !isFiniteNumber(v01) || !isFiniteNumber(v11)) continue;
      const c = (v00 >= level ? 1 : 0) | (v10 >= level ? 2 : 0) | (v11 >= level ? 4 : 0) | (v01 >= level ? 8 : 0);
      if (c === 0 || c === 15) continue;
      ex[0] = col + crossing(v00, v10, level);
      ey[0] = row;
      ex[1] = col + 1;
      ey[1] = row + crossing(v10, v11, level);
      ex[2] = col + crossing(v01, v11, level);
      ey[2] = row + 1;
      ex[3] = col;
      ey[3] = row + crossing(v00, v01, level);
      const centreAbove = (v00 + v10 + v01 + v11) / 4 >= level;
      const pairs = SEGMENTS[c] as readonly number[];
      const use =
        c === 5 && centreAbove ? SADDLE_5_CENTRE_ABOVE : c === 10 && centreAbove ? SADDLE_10_CENTRE_ABOVE : pairs;
      for (let p = 0; p + 1 < use.length; p += 2) {
        if (count >= capacity) return count;
        const a = use[p] as number;
        const b = use[p + 1] as number;
        const o = count * 4;
        out[o] = ex[a] as number;
        out[o + 1] = ey[a] as number;
        out[o + 2] = ex[b] as number;
        out[o + 3] = ey[b] as number;
        count++;
      }
    }
  }
  return count;
}

/**
 * Edge pairs per case (bit 0 = corner (col,row), 1 = (col+1,row), 2 = (col+1,row+1), 3 = (col,row+1)
 * at or above the level). The saddles 5 and 10 list the answer for a centre below the level.
 */
const SEGMENTS: readonly (readonly number[])[] = [
  [],
  [3, 0],
  [0, 1],
  [3, 1],
  [1, 2],
  [3, 0, 1, 2], // 5: corners 0 and 2 above, centre below: each is cut off on its own
  [0, 2],
  [3, 2],
  [2, 3],
  [0, 2],
  [0, 1, 2, 3], // 10: corners 1 and 3 above, centre below: each is cut off on its own
  [1, 2],
  [3, 1],
  [0, 1],
  [3, 0],
  [],
];

/** Centre above: the two corners below the level are the ones cut off. */
const SADDLE_5_CENTRE_ABOVE: readonly number[] = [0, 1, 2, 3];
const SADDLE_10_CENTRE_ABOVE: readonly number[] = [3, 0, 1, 2];
