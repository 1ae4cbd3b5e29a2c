import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lossValue, allExamples } from '../../../../src/core/loss';
import { initGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { defaultForageSpec } from '../../../../src/core/tasks/forage';
import { ForageArena } from '../../../../src/core/tasks/forage-arena';
import { BENCH_FORAGE_CONFIG } from '../../../../src/core/tasks/forage-config';
import { DemoRecorder } from '../../../../src/core/tasks/forage-demo';
import { ForageSim } from '../../../../src/core/tasks/forage-sim';

describe('forage demonstration recorder', () => {
  it('grows by doubling and round-trips every example exactly (float32)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.float({ noNaN: true, min: -10, max: 10 }), { minLength: 0, maxLength: 600 }),
        (nIn, nOut, values) => {
          const width = nIn + nOut;
          const count = Math.floor(values.length / width);
          const rec = new DemoRecorder(nIn, nOut, 1);
          for (let e = 0; e < count; e++) rec.append(values, e * width, values, e * width + nIn);
          if (rec.count !== count) return false;
          if (rec.allocated < count || (count > 0 && rec.allocated >= 2 * count)) return false; // doubling from 1
          const copy = rec.toDataset();
          const view = rec.view();
          const back = DemoRecorder.fromDataset(copy, nIn, nOut).toDataset();
          for (let e = 0; e < count; e++) {
            for (let j = 0; j < nIn; j++) {
              const v = Math.fround(values[e * width + j]!);
              if (copy.inputs[e * nIn + j] !== v || view.inputs[e * nIn + j] !== v || back.inputs[e * nIn + j] !== v)
                return false;
            }
            for (let j = 0; j < nOut; j++) {
              const v = Math.fround(values[e * width + nIn + j]!);
              if (copy.targets[e * nOut + j] !== v || back.targets[e * nOut + j] !== v) return false;
            }
          }
          return copy.inputs.length === count * nIn && copy.targets.length === count * nOut;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a player steering a creature records sensors → (turn, thrust) each tick', () => {
    const sim = new ForageSim(BENCH_FORAGE_CONFIG, 1);
    sim.reset(3, 1);
    const rec = new DemoRecorder(sim.inputSize);
    const seen: number[] = [];
    for (let t = 0; t < 300; t++) {
      const turn = Math.sin(t / 20);
      sim.sense(0);
      seen.push(sim.inputs[0]!);
      rec.appendAction(sim.inputs, 0, turn, 0.5);
      sim.act(0, turn, 0.5);
      sim.endTick();
    }
    const data = rec.toDataset();
    expect(data.count).toBe(300);
    expect(data.targets[2 * 40]).toBeCloseTo(Math.sin(2), 6);
    expect(data.targets[2 * 40 + 1]).toBe(0.5);
    expect(data.inputs[23 * 123]).toBe(Math.fround(seen[123]!));
    // It is a training set like any other.
    const spec = defaultForageSpec(BENCH_FORAGE_CONFIG);
    const arena = new ForageArena(BENCH_FORAGE_CONFIG, spec, 1);
    const g = new Float32Array(arena.network.paramCount);
    initGenome(arena.network, new Rng(1), g);
    expect(Number.isFinite(lossValue(arena.network, g, data, allExamples(data), 'mse'))).toBe(true);
    rec.clear();
    expect(rec.count).toBe(0);
  });
});

describe('forage shared arena (live stepping for the game)', () => {
  it('steps many creatures in one world, deterministically, and lets the player drive one', () => {
    const spec = defaultForageSpec(BENCH_FORAGE_CONFIG);
    const make = (): ForageArena => new ForageArena(BENCH_FORAGE_CONFIG, spec, 20);
    const a = make();
    const P = a.network.paramCount;
    const genomes = new Float32Array(20 * P);
    const rng = new Rng(8);
    for (let i = 0; i < 20; i++) initGenome(a.network, rng, genomes, i * P);
    const b = make();
    for (const arena of [a, b]) {
      arena.setGenomes(genomes, 20);
      arena.init(5);
    }
    const rec = new DemoRecorder(23);
    b.drive(0, 0.3, 1, rec);
    for (let t = 0; t < 200; t++) {
      a.step();
      b.step();
    }
    expect(rec.count).toBe(200);
    expect(b.sim.turn[0]).toBeCloseTo(0.3, 12);
    // Creature 0 differs (driven), the others run their brains; a re-run is identical.
    const c = make();
    c.setGenomes(genomes, 20);
    c.init(5);
    for (let t = 0; t < 200; t++) c.step();
    expect(Array.from(c.sim.x.subarray(0, 20))).toEqual(Array.from(a.sim.x.subarray(0, 20)));
    expect(b.sim.x[0]).not.toBe(a.sim.x[0]);
    const pos = new Float32Array(60);
    a.writePositions(pos);
    for (let i = 0; i < 20; i++) {
      expect(pos[3 * i]!).toBeGreaterThanOrEqual(0);
      expect(pos[3 * i]!).toBeLessThanOrEqual(800);
      expect(pos[3 * i + 1]!).toBeGreaterThanOrEqual(0);
      expect(pos[3 * i + 1]!).toBeLessThanOrEqual(600);
    }
    expect(() => a.setGenomes(genomes, 21)).toThrow(RangeError);
    // The player's actions are recorded as the creature can take them: clamped to [−1, 1].
    b.drive(0, 5, -7, rec);
    b.step();
    const last = rec.view();
    expect([last.targets[2 * 200], last.targets[2 * 200 + 1]]).toEqual([1, -1]);
  });
});
