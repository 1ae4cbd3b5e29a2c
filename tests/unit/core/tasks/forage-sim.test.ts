import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_FORAGE_CONFIG, mirrorForageConfig, type ForageConfig } from '../../../../src/core/tasks/forage-config';
import { ForageSim } from '../../../../src/core/tasks/forage-sim';
import { teacherAction } from '../../../../src/core/tasks/forage-teacher';

/** The benchmark world made harder to mirror: two inner boxes, moving food, respawns, energy that starves. */
const RICH: ForageConfig = {
  ...BENCH_FORAGE_CONFIG,
  boxes: [
    { x: 150, y: 100, width: 60, height: 200 },
    { x: 520, y: 380, width: 140, height: 40 },
  ],
  food: { count: 30, radius: 5, respawn: true, speed: 0.7 },
  energy: { ...BENCH_FORAGE_CONFIG.energy, starve: true, drainPerTick: 0.002 },
  fitness: { hazardWeight: 1, survivalWeight: 5 },
};

/** Runs the teacher in two sims side by side, calling `check` after every tick. */
function runPair(a: ForageSim, b: ForageSim, ticks: number, check: (t: number) => void): void {
  const actA = new Float64Array(2);
  const actB = new Float64Array(2);
  const maxTurn = a.config.creature.maxTurn;
  for (let t = 0; t < ticks; t++) {
    a.sense(0);
    b.sense(0);
    teacherAction(a.sensors, maxTurn, a.inputs, 0, actA, 0);
    teacherAction(b.sensors, maxTurn, b.inputs, 0, actB, 0);
    a.actFrom(0, actA, 0);
    b.actFrom(0, actB, 0);
    a.endTick();
    b.endTick();
    check(t);
  }
}

/** Exact mirror of creature 0 (x and heading x negated; ±0 compare equal), sensors in reversed ray order. */
function expectMirrored(a: ForageSim, b: ForageSim, t: number): void {
  const ok =
    b.x[0] === -a.x[0]! &&
    b.y[0] === a.y[0] &&
    b.hx[0] === -a.hx[0]! &&
    b.hy[0] === a.hy[0] &&
    b.speed[0] === a.speed[0] &&
    b.energy[0] === a.energy[0] &&
    b.eaten[0] === a.eaten[0] &&
    b.touched[0] === a.touched[0] &&
    b.turn[0] === -a.turn[0]! &&
    b.thrust[0] === a.thrust[0];
  if (!ok) expect.fail(`tick ${t}: (${a.x[0]}, ${a.y[0]}) vs mirrored (${b.x[0]}, ${b.y[0]})`);
  const n = a.sensors.count;
  const C = a.sensors.channels;
  for (let k = 0; k < n; k++) {
    for (let c = 0; c < C; c++) {
      if (b.inputs[k * C + c] !== a.inputs[(n - 1 - k) * C + c])
        expect.fail(`tick ${t}: ray ${k} channel ${c} differs`);
    }
  }
}

describe('forage symmetry: a mirrored arena gives a mirrored trajectory, bit for bit', () => {
  it('the mirrored variant of a seeded world (boxes, moving food, respawns, starvation) under the teacher', () => {
    for (const seed of [1, 2, 3]) {
      const a = new ForageSim(RICH, 1);
      const b = new ForageSim(mirrorForageConfig(RICH), 1);
      a.reset(seed, 1);
      b.reset(seed, 1);
      expect(b.x[0]).toBe(-a.x[0]!);
      let eaten = 0;
      runPair(a, b, 1000, (t) => {
        expectMirrored(a, b, t);
        eaten = a.eaten[0]!;
      });
      expect(eaten).toBeGreaterThan(5); // the run did something worth mirroring
      expect(b.fitnessOf(0)).toBe(a.fitnessOf(0));
    }
  });

  it('a world mirrored by hand (every wall, pellet and hazard at x → W − x) and a mirrored start', () => {
    const W = 800;
    const base: ForageConfig = {
      ...BENCH_FORAGE_CONFIG,
      boxes: [{ x: 100, y: 150, width: 50, height: 300 }],
      food: {
        count: 6,
        radius: 5,
        respawn: false,
        speed: 0,
        positions: [
          { x: 300, y: 200 },
          { x: 420, y: 260 },
          { x: 610, y: 90 },
          { x: 250, y: 480 },
          { x: 700, y: 520 },
          { x: 520, y: 330 },
        ],
      },
      hazards: {
        count: 3,
        radius: 22,
        positions: [
          { x: 360, y: 250 },
          { x: 600, y: 400 },
          { x: 200, y: 100 },
        ],
      },
    };
    const mirrored: ForageConfig = {
      ...base,
      boxes: base.boxes.map((b) => ({ ...b, x: W - b.x - b.width })),
      food: { ...base.food, positions: base.food.positions!.map((p) => ({ x: W - p.x, y: p.y })) },
      hazards: { ...base.hazards, positions: base.hazards.positions!.map((p) => ({ x: W - p.x, y: p.y })) },
    };
    const a = new ForageSim(base, 1);
    const b = new ForageSim(mirrored, 1);
    a.reset(9, 1);
    b.reset(9, 1);
    a.placeCreature(0, -150, 10, 0.6, -0.8);
    b.placeCreature(0, 150, 10, -0.6, -0.8);
    runPair(a, b, 1000, (t) => expectMirrored(a, b, t));
    expect(a.eaten[0]).toBeGreaterThan(0);
  });

  it('an unmirrored pair is not mirrored (the check can fail)', () => {
    const a = new ForageSim(RICH, 1);
    const b = new ForageSim(RICH, 1);
    a.reset(1, 1);
    b.reset(1, 1);
    expect(() => runPair(a, b, 5, (t) => expectMirrored(a, b, t))).toThrow();
  });
});

/** Random actions (any values) never take the body through a wall or into a box, nor break its heading or speed. */
function expectBodyStaysValid(config: ForageConfig): void {
  const sim = new ForageSim(config, 1);
  const r = config.creature.radius;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1e6 }),
      fc.array(fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), {
        minLength: 50,
        maxLength: 300,
      }),
      (seed, actions) => {
        sim.reset(seed, 1);
        for (const [turn, thrust] of actions) {
          sim.act(0, turn, thrust);
          sim.endTick();
          const x = sim.x[0]!;
          const y = sim.y[0]!;
          if (Math.abs(x) > 400 - r + 1e-9 || Math.abs(y) > 300 - r + 1e-9) return false;
          if (sim.world.insideBox(x, y, 0)) return false;
          if (Math.abs(Math.hypot(sim.hx[0]!, sim.hy[0]!) - 1) > 1e-12) return false;
          if (sim.speed[0]! < 0 || sim.speed[0]! > config.creature.maxSpeed + 1e-12) return false;
        }
        return true;
      },
    ),
    { numRuns: 60 },
  );
}

describe('forage body physics', () => {
  it('any actions keep the creature inside the walls, out of boxes, with a unit heading and speed in [0, maxSpeed]', () => {
    // Also with hazards pressed against the border: their push-out must not take the body through it.
    const crowded: ForageConfig = {
      ...RICH,
      hazards: {
        count: 4,
        radius: 30,
        positions: [
          { x: 22, y: 300 },
          { x: 778, y: 22 },
          { x: 400, y: 578 },
          { x: 180, y: 320 },
        ],
      },
    };
    expectBodyStaysValid(RICH);
    expectBodyStaysValid(crowded);
  });

  it('turn +1 rotates the heading by maxTurn radians (counter-clockwise in centred coordinates)', () => {
    const sim = new ForageSim(BENCH_FORAGE_CONFIG, 1);
    sim.reset(1, 1);
    sim.placeCreature(0, 0, 0, 1, 0);
    sim.act(0, 1, -1);
    expect(sim.hx[0]).toBeCloseTo(Math.cos(0.2), 12);
    expect(sim.hy[0]).toBeCloseTo(Math.sin(0.2), 12);
    sim.act(0, -0.5, -1);
    expect(sim.hy[0]).toBeCloseTo(Math.sin(0.1), 12);
  });

  it('thrust sets the target speed: +1 approaches maxSpeed, −1 stops; NaN actions count as 0', () => {
    const sim = new ForageSim({ ...BENCH_FORAGE_CONFIG, hazards: { count: 0, radius: 20 } }, 1);
    sim.reset(1, 1);
    sim.placeCreature(0, 0, 0, 1, 0);
    for (let t = 0; t < 60; t++) sim.act(0, 0, 1);
    expect(sim.speed[0]).toBeCloseTo(4, 6);
    for (let t = 0; t < 60; t++) sim.act(0, 0, -1);
    expect(sim.speed[0]).toBeCloseTo(0, 6);
    sim.act(0, NaN, NaN);
    expect(sim.turn[0]).toBe(0);
    expect(sim.thrust[0]).toBe(0);
    expect(Number.isFinite(sim.x[0]!)).toBe(true);
  });

  it('driving into a hazard counts one touch per contact, pushes the creature out and costs energy', () => {
    const config: ForageConfig = {
      ...BENCH_FORAGE_CONFIG,
      food: { count: 0, radius: 5, respawn: false, speed: 0 },
      hazards: { count: 1, radius: 20, positions: [{ x: 500, y: 300 }] },
    };
    const sim = new ForageSim(config, 1);
    sim.reset(1, 1);
    sim.placeCreature(0, 0, 0, 1, 0);
    for (let t = 0; t < 80; t++) sim.act(0, 0, 1); // presses on against the hazard at x = 100
    expect(sim.touched[0]).toBe(1);
    expect(sim.x[0]).toBeLessThanOrEqual(100 - 28);
    expect(sim.energy[0]).toBeLessThan(0.5);
    for (let t = 0; t < 20; t++) sim.act(0, 1, 1); // turns away…
    for (let t = 0; t < 30; t++) sim.act(0, 0, 1);
    const away = sim.touched[0];
    sim.placeCreature(0, 0, 0, 1, 0); // …and comes back: a new contact
    for (let t = 0; t < 80; t++) sim.act(0, 0, 1);
    expect(sim.touched[0]).toBe(away! + 1);
  });

  it('eating a pellet counts it, adds energy and respawns it elsewhere (seeded)', () => {
    const config: ForageConfig = {
      ...BENCH_FORAGE_CONFIG,
      food: { count: 1, radius: 5, respawn: true, speed: 0 },
      hazards: { count: 0, radius: 20 },
    };
    const sim = new ForageSim(config, 1);
    sim.reset(4, 1);
    sim.world.setFood(0, 40, 0);
    sim.placeCreature(0, 0, 0, 1, 0);
    sim.energy[0] = 0.5;
    for (let t = 0; t < 40 && sim.eaten[0] === 0; t++) {
      sim.act(0, 0, 1);
      sim.endTick();
    }
    expect(sim.eaten[0]).toBe(1);
    expect(sim.energy[0]).toBeGreaterThan(0.7);
    expect(sim.world.foodActive[0]).toBe(1);
    expect(Math.hypot(sim.world.foodX[0]! - 40, sim.world.foodY[0]!)).toBeGreaterThan(1);
  });

  it('starvation: with no food a creature stops when its energy runs out; survival enters fitness', () => {
    const config: ForageConfig = {
      ...BENCH_FORAGE_CONFIG,
      ticks: 1000,
      food: { count: 0, radius: 5, respawn: false, speed: 0 },
      hazards: { count: 0, radius: 20 },
      energy: { ...BENCH_FORAGE_CONFIG.energy, drainPerTick: 0.004, thrustCost: 0, starve: true },
      fitness: { hazardWeight: 1, survivalWeight: 10 },
    };
    const sim = new ForageSim(config, 1);
    sim.reset(2, 1);
    for (let t = 0; t < 1000; t++) {
      sim.act(0, 0.1, 1);
      sim.endTick();
    }
    // 1 / 0.004 = 250 ticks of energy (the last one within rounding).
    expect(Math.abs(sim.aliveTicks[0]! - 250)).toBeLessThanOrEqual(1);
    expect(sim.alive[0]).toBe(0);
    expect(sim.speed[0]).toBe(0);
    expect(sim.fitnessOf(0)).toBeCloseTo((10 * sim.aliveTicks[0]!) / 1000, 12);
  });

  it('shared arena: two creatures in one world; the lower index eats a contested pellet', () => {
    const config: ForageConfig = {
      ...BENCH_FORAGE_CONFIG,
      food: { count: 1, radius: 5, respawn: false, speed: 0 },
      hazards: { count: 0, radius: 20 },
    };
    const sim = new ForageSim(config, 2);
    sim.reset(1, 2);
    sim.world.setFood(0, 0, 0);
    sim.placeCreature(0, -3, 0, 1, 0);
    sim.placeCreature(1, 3, 0, -1, 0);
    sim.act(0, 0, -1);
    sim.act(1, 0, -1);
    sim.endTick();
    expect(sim.eaten[0]).toBe(1);
    expect(sim.eaten[1]).toBe(0);
    expect(sim.world.foodActive[0]).toBe(0);
  });
});
