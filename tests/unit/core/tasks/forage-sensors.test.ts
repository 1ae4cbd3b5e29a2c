import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_FORAGE_CONFIG, type ForageConfig } from '../../../../src/core/tasks/forage-config';
import { CircleGrid } from '../../../../src/core/tasks/forage-grid';
import { ForageSim } from '../../../../src/core/tasks/forage-sim';
import { Rng } from '../../../../src/core/rng';

/** An empty 800×600 arena (no hazards, one pellet we place by hand), 7 rays over 120°, range 200. */
const EMPTY: ForageConfig = {
  ...BENCH_FORAGE_CONFIG,
  food: { count: 1, radius: 5, respawn: false, speed: 0 },
  hazards: { count: 0, radius: 20 },
};

const FOOD = 0;
const WALL = 1;
const HAZARD = 2;

/** Creature 0 of a fresh sim at centred (x, y) heading (hx, hy), its sensors read. */
function sensed(
  config: ForageConfig,
  x: number,
  y: number,
  hx: number,
  hy: number,
  setup?: (sim: ForageSim) => void,
): ForageSim {
  const sim = new ForageSim(config, 1);
  sim.reset(1, 1);
  setup?.(sim);
  sim.placeCreature(0, x, y, hx, hy);
  sim.sense(0);
  return sim;
}

function value(sim: ForageSim, ray: number, channel: number): number {
  return sim.inputs[ray * 3 + channel]!;
}

describe('forage ray sensors: known answers', () => {
  it('a pellet 50 units straight ahead (radius 5) reads 1 − 45/200 on the middle ray only', () => {
    const sim = sensed(EMPTY, 0, 0, 1, 0, (s) => s.world.setFood(0, 50, 0));
    expect(value(sim, 3, FOOD)).toBeCloseTo(1 - 45 / 200, 12);
    for (const k of [0, 1, 2, 4, 5, 6]) expect(value(sim, k, FOOD)).toBe(0);
  });

  it('a pellet 100 units away along ray 4 (+20°; rays at −60°, −40° … +60°) is seen by ray 4 at 1 − 95/200', () => {
    const theta = (20 * Math.PI) / 180;
    const sim = sensed(EMPTY, 0, 0, 1, 0, (s) => s.world.setFood(0, 100 * Math.cos(theta), 100 * Math.sin(theta)));
    expect(value(sim, 4, FOOD)).toBeCloseTo(1 - 95 / 200, 9);
    expect(value(sim, 3, FOOD)).toBe(0);
    expect(value(sim, 5, FOOD)).toBe(0);
  });

  it('headings rotate the rays: facing −y, the pellet at (0, −60) is straight ahead', () => {
    const sim = sensed(EMPTY, 0, 0, 0, -1, (s) => s.world.setFood(0, 0, -60));
    expect(value(sim, 3, FOOD)).toBeCloseTo(1 - 55 / 200, 12);
  });

  it('a pellet behind the creature or beyond the range is not seen', () => {
    expect(
      value(
        sensed(EMPTY, 0, 0, 1, 0, (s) => s.world.setFood(0, -50, 0)),
        3,
        FOOD,
      ),
    ).toBe(0);
    expect(
      value(
        sensed(EMPTY, 0, 0, 1, 0, (s) => s.world.setFood(0, 206, 0)),
        3,
        FOOD,
      ),
    ).toBe(0);
    expect(
      value(
        sensed(EMPTY, 0, 0, 1, 0, (s) => s.world.setFood(0, 204, 0)),
        3,
        FOOD,
      ),
    ).toBeCloseTo(1 - 199 / 200, 12);
  });

  it('the border wall 100 units ahead reads 0.5; a wall beyond the range reads 0', () => {
    // Centred x = 300 in an arena of half-width 400: the right wall is 100 ahead.
    const sim = sensed(EMPTY, 300, 0, 1, 0);
    expect(value(sim, 3, WALL)).toBe(0.5);
    expect(value(sensed(EMPTY, 0, 0, 1, 0), 3, WALL)).toBe(0);
    // Ray 0 at −60° from +x meets the bottom wall (y = −300) from (0, −250): 50 / sin 60°.
    const low = sensed(EMPTY, 0, -250, 1, 0);
    expect(value(low, 0, WALL)).toBeCloseTo(1 - 50 / Math.sin(Math.PI / 3) / 200, 9);
  });

  it('an inner box is a wall and hides the food behind it', () => {
    const boxed: ForageConfig = { ...EMPTY, boxes: [{ x: 430, y: 280, width: 20, height: 40 }] };
    // Box spans centred x 30…50, y −20…20; pellet at x = 80 behind it.
    const sim = sensed(boxed, 0, 0, 1, 0, (s) => s.world.setFood(0, 80, 0));
    expect(value(sim, 3, WALL)).toBeCloseTo(1 - 30 / 200, 12);
    expect(value(sim, 3, FOOD)).toBe(0);
    // Without the box the pellet shows.
    expect(
      value(
        sensed(EMPTY, 0, 0, 1, 0, (s) => s.world.setFood(0, 80, 0)),
        3,
        FOOD,
      ),
    ).toBeCloseTo(1 - 75 / 200, 12);
  });

  it('a hazard 80 units ahead (radius 20) reads 1 − 60/200 on the hazard channel', () => {
    const config: ForageConfig = { ...EMPTY, hazards: { count: 1, radius: 20, positions: [{ x: 480, y: 300 }] } };
    const sim = sensed(config, 0, 0, 1, 0);
    expect(value(sim, 3, HAZARD)).toBeCloseTo(1 - 60 / 200, 12);
    expect(value(sim, 3, FOOD)).toBe(0);
  });

  it('energy and bias follow the ray block: 23 inputs on the benchmark world', () => {
    const sim = sensed(EMPTY, 0, 0, 1, 0);
    expect(sim.inputSize).toBe(23);
    expect(sim.inputs[21]).toBe(1); // energy at start
    expect(sim.inputs[22]).toBe(1); // bias
  });

  it('channel subsets: food only gives rays × 1 + energy + bias inputs', () => {
    const config: ForageConfig = { ...EMPTY, rays: { ...EMPTY.rays, channels: ['food'] } };
    const sim = sensed(config, 0, 0, 1, 0, (s) => s.world.setFood(0, 50, 0));
    expect(sim.inputSize).toBe(9);
    expect(sim.inputs[3]).toBeCloseTo(1 - 45 / 200, 12);
  });
});

/** Creature i's sensor values (after sense(i)) by brute force over every object (no grid, no lists), with the same formulas. */
function bruteForce(sim: ForageSim, i = 0): Float64Array {
  const s = sim.sensors;
  const w = sim.world;
  const out = new Float64Array(s.count * s.channels);
  const x = sim.x[i]!;
  const y = sim.y[i]!;
  const circles = (
    xs: Float64Array,
    ys: Float64Array,
    active: Uint8Array | null,
    n: number,
    r: number,
    slot: number,
  ): void => {
    for (let i = 0; i < n; i++) {
      if (active && active[i] === 0) continue;
      const dx = xs[i]! - x;
      const dy = ys[i]! - y;
      if (dx * dx + dy * dy > (s.range + r) * (s.range + r)) continue;
      for (let k = 0; k < s.count; k++) {
        const perp = dx * s.rayY[k]! - dy * s.rayX[k]!;
        if (perp * perp >= r * r) continue;
        const along = dx * s.rayX[k]! + dy * s.rayY[k]!;
        const half = Math.sqrt(r * r - perp * perp);
        if (along + half < 0) continue;
        const dist = Math.max(0, along - half);
        if (dist >= s.rayLimit[k]!) continue;
        out[k * s.channels + slot] = Math.max(out[k * s.channels + slot]!, 1 - dist * (1 / s.range));
      }
    }
  };
  for (let k = 0; k < s.count; k++) {
    if (s.rayLimit[k]! < s.range) out[k * s.channels + s.wallSlot] = 1 - s.rayLimit[k]! * (1 / s.range);
  }
  circles(w.foodX, w.foodY, w.foodActive, w.foodCount, w.foodRadius, s.foodSlot);
  circles(w.hazardX, w.hazardY, null, w.hazardCount, w.hazardRadius, s.hazardSlot);
  return out;
}

describe('forage ray sensors: the grid is only an accelerator', () => {
  it('grid-culled sensors equal brute force over every object, in random worlds and poses', () => {
    const config: ForageConfig = {
      ...BENCH_FORAGE_CONFIG,
      food: { count: 120, radius: 5, respawn: true, speed: 0 },
      hazards: { count: 20, radius: 18 },
    };
    const sim = new ForageSim(config, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: -390, max: 390, noNaN: true }),
        fc.double({ min: -290, max: 290, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        (seed, x, y, a) => {
          sim.reset(seed, 1);
          sim.placeCreature(0, x, y, Math.cos(a), Math.sin(a));
          sim.sense(0);
          const expected = bruteForce(sim);
          for (let j = 0; j < expected.length; j++) if (sim.inputs[j] !== expected[j]) return false;
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a grid query covers every object whose centre is in the box', () => {
    const grid = new CircleGrid(800, 600, 100, 50);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -400, max: 400, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true })),
          {
            minLength: 1,
            maxLength: 50,
          },
        ),
        fc.tuple(fc.double({ min: -450, max: 450, noNaN: true }), fc.double({ min: -350, max: 350, noNaN: true })),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (points, [cx, cy], half) => {
          const xs = Float64Array.from(points.map((p) => p[0]));
          const ys = Float64Array.from(points.map((p) => p[1]));
          const active = new Uint8Array(points.length).fill(1);
          grid.build(xs, ys, active, points.length);
          grid.query.set([cx - half, cy - half, cx + half, cy + half]);
          grid.cover();
          const found = new Set<number>();
          for (let r = grid.r0; r <= grid.r1; r++) {
            for (let c = grid.c0; c <= grid.c1; c++) {
              const cell = r * grid.cols + c;
              for (let j = grid.cellStart[cell]!; j < grid.cellStart[cell + 1]!; j++) found.add(grid.items[j]!);
            }
          }
          const inBox = CircleGrid.inBoxBruteForce(
            xs,
            ys,
            active,
            points.length,
            cx - half,
            cy - half,
            cx + half,
            cy + half,
          );
          return inBox.every((i) => found.has(i)) && grid.cellStart[grid.cols * grid.rows] === points.length;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('forage ray sensors: candidate lists', () => {
  it('tick by tick — creatures moving fast or put elsewhere, food eaten, respawned or moving, one or several creatures — every reading equals brute force, to the bit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(0, 2.5),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(4, 15),
        (seed, foodSpeed, creatures, maxSpeed) => {
          const config: ForageConfig = {
            ...BENCH_FORAGE_CONFIG,
            food: { count: 60, radius: 6, respawn: seed % 2 === 0, speed: foodSpeed },
            hazards: { count: 12, radius: 18 },
            creature: { ...BENCH_FORAGE_CONFIG.creature, maxSpeed },
          };
          const sim = new ForageSim(config, creatures);
          const rng = new Rng(seed);
          sim.reset(seed, creatures);
          for (let t = 0; t < 120; t++) {
            if (t === 60) sim.placeCreature(0, rng.range(-380, 380), rng.range(-280, 280), rng.range(-1, 1), 0.5);
            for (let i = 0; i < creatures; i++) {
              sim.sense(i);
              const expected = bruteForce(sim, i);
              const off = i * sim.inputSize;
              for (let j = 0; j < expected.length; j++) if (!Object.is(sim.inputs[off + j], expected[j])) return false;
            }
            for (let i = 0; i < creatures; i++) sim.act(i, rng.range(-1, 1), rng.range(-0.2, 1));
            sim.endTick();
          }
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });
});
