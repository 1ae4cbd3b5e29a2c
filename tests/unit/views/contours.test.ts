import { describe, expect, it } from 'vitest';
import { contourLevels, marchingSquares } from '../../../src/views/contours';

function grid(nx: number, ny: number, f: (x: number, y: number) => number): Float64Array {
  const v = new Float64Array(nx * ny);
  for (let r = 0; r < ny; r++) for (let c = 0; c < nx; c++) v[r * nx + c] = f(c, r);
  return v;
}

describe('marchingSquares', () => {
  it('places crossings of a linear field exactly', () => {
    const nx = 6;
    const ny = 5;
    const out = new Float32Array(400);
    const count = marchingSquares(
      grid(nx, ny, (x) => x),
      nx,
      ny,
      2.5,
      out,
    );
    expect(count).toBe(ny - 1);
    for (let i = 0; i < count; i++) {
      expect(out[i * 4]).toBeCloseTo(2.5, 6);
      expect(out[i * 4 + 2]).toBeCloseTo(2.5, 6);
      expect(Math.abs(out[i * 4 + 3]! - out[i * 4 + 1]!)).toBeCloseTo(1, 6);
    }
  });

  it('draws a closed ring around a peak at the right radius', () => {
    const n = 41;
    const c = 20;
    // f = −distance² from the centre; the level −99.5 is the circle of radius √99.5 (no grid value
    // equals it: sums of two squares are whole numbers, so no crossing sits on a corner).
    const values = grid(n, n, (x, y) => -((x - c) ** 2 + (y - c) ** 2));
    const out = new Float32Array(4000);
    const count = marchingSquares(values, n, n, -99.5, out);
    expect(count).toBeGreaterThan(40);
    for (let i = 0; i < count * 2; i++) {
      const r = Math.hypot(out[i * 2]! - c, out[i * 2 + 1]! - c);
      expect(Math.abs(r - Math.sqrt(99.5))).toBeLessThan(0.3);
    }
    // Closed: every end point is shared by exactly two segments.
    const ends = new Map<string, number>();
    for (let i = 0; i < count * 2; i++) {
      const key = `${out[i * 2]!.toFixed(4)},${out[i * 2 + 1]!.toFixed(4)}`;
      ends.set(key, (ends.get(key) ?? 0) + 1);
    }
    for (const k of ends.values()) expect(k).toBe(2);
  });

  it('resolves a saddle by the centre value', () => {
    const out = new Float32Array(16);
    // Corners (0,0) and (1,1) high: centre 0.5 ≥ 0.4 joins them, cutting off the two low corners.
    expect(marchingSquares([1, 0, 0, 1], 2, 2, 0.4, out)).toBe(2);
    const high = Array.from(out.slice(0, 8));
    // Same corners at level 0.6: centre 0.5 < 0.6 separates the high corners instead.
    expect(marchingSquares([1, 0, 0, 1], 2, 2, 0.6, out)).toBe(2);
    const low = Array.from(out.slice(0, 8));
    // First case: a segment near corner (1, 0) (between edges bottom and right).
    expect(high.slice(0, 4).map((v) => Math.round(v * 10) / 10)).toEqual([0.6, 0, 1, 0.4]);
    // Second case: a segment near corner (0, 0) (left edge to bottom edge).
    expect(low.slice(0, 4).map((v) => Math.round(v * 10) / 10)).toEqual([0, 0.4, 0.4, 0]);
  });

  it('skips cells with a non-finite corner and stops when the buffer is full', () => {
    const out = new Float32Array(8);
    expect(marchingSquares([0, 1, NaN, 1], 2, 2, 0.5, out)).toBe(0);
    expect(
      marchingSquares(
        grid(10, 10, (x) => x),
        10,
        10,
        4.5,
        out,
      ),
    ).toBe(2);
  });

  it('appends levels to one buffer', () => {
    const out = new Float32Array(400);
    const values = grid(5, 5, (x) => x);
    const a = marchingSquares(values, 5, 5, 1.5, out);
    const b = marchingSquares(values, 5, 5, 2.5, out, a);
    expect(b).toBe(2 * a);
    expect(out[a * 4]).toBeCloseTo(2.5, 6);
  });
});

describe('contourLevels', () => {
  it('spaces levels evenly strictly inside the range', () => {
    expect(contourLevels(0, 8, 3)).toEqual([2, 4, 6]);
    expect(contourLevels(1, 1, 3)).toEqual([]);
  });
});
