import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CircleGrid } from '../../../../src/core/tasks/forage-grid';
import { NEARBY_SKIN, NearbyCircles } from '../../../../src/core/tasks/forage-nearby';
import { Rng } from '../../../../src/core/rng';

describe('NearbyCircles: a candidate list never misses a circle within reach', () => {
  it('along random walks with jumps, with circles moved (a new version) now and then, the list holds every circle within reach', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 80 }),
        fc.double({ min: 1, max: 250, noNaN: true }),
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        (seed, count, reach, step) => {
          const rng = new Rng(seed);
          const xs = new Float64Array(count);
          const ys = new Float64Array(count);
          const active = new Uint8Array(count).fill(1);
          const scatter = (): void => {
            for (let c = 0; c < count; c++) {
              xs[c] = rng.range(-400, 400);
              ys[c] = rng.range(-300, 300);
            }
          };
          scatter();
          const grid = new CircleGrid(800, 600, 200, count);
          grid.build(xs, ys, active, count);
          const near = new NearbyCircles(count, reach);
          const px = Float64Array.of(rng.range(-400, 400));
          const py = Float64Array.of(rng.range(-300, 300));
          let version = 0;
          let remade = 0;
          let lastLength = -1;
          for (let t = 0; t < 200; t++) {
            if (t % 50 === 49) {
              px[0] = rng.range(-400, 400); // a jump: another creature, a reset
              py[0] = rng.range(-300, 300);
            } else {
              px[0] = Math.min(400, Math.max(-400, px[0]! + rng.range(-step, step)));
              py[0] = Math.min(300, Math.max(-300, py[0]! + rng.range(-step, step)));
            }
            if (t % 37 === 36) {
              scatter(); // the food moved or respawned
              grid.build(xs, ys, active, count);
              version++;
            }
            const before = near.items.slice(0, near.length).join();
            near.update(grid, version, xs, ys, px, py, 0);
            if (near.items.slice(0, near.length).join() !== before || near.length !== lastLength) remade++;
            lastLength = near.length;
            const onList = new Set(near.items.subarray(0, near.length));
            for (let c = 0; c < count; c++) {
              const dx = xs[c]! - px[0];
              const dy = ys[c]! - py[0];
              if (dx * dx + dy * dy <= reach * reach && !onList.has(c)) return false;
            }
          }
          return remade >= 1;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a list is kept while the point moves less than the skin, and remade past it', () => {
    const xs = Float64Array.of(0, 100);
    const ys = Float64Array.of(0, 0);
    const grid = new CircleGrid(800, 600, 200, 2);
    grid.build(xs, ys, Uint8Array.of(1, 1), 2);
    const near = new NearbyCircles(2, 50);
    const px = Float64Array.of(-60);
    const py = Float64Array.of(0);
    near.update(grid, 0, xs, ys, px, py, 0);
    expect(Array.from(near.items.subarray(0, near.length))).toEqual([0]); // 60 ≤ 50 + skin; 160 is not
    px[0] = -60 + NEARBY_SKIN - 2; // moved less than skin − 1: kept (circle 1 still out of reach)
    near.update(grid, 0, xs, ys, px, py, 0);
    expect(near.length).toBe(1);
    px[0] = 40; // far: remade, both on it
    near.update(grid, 0, xs, ys, px, py, 0);
    expect(Array.from(near.items.subarray(0, near.length))).toEqual([0, 1]);
    px[0] = Number.NaN; // a NaN point holds nothing
    near.update(grid, 0, xs, ys, px, py, 0);
    expect(near.length).toBe(0);
  });
});
