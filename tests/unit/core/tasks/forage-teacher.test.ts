import { describe, expect, it } from 'vitest';
import { allExamples, lossAndGradient, lossValue } from '../../../../src/core/loss';
import { createGenome, initGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { ForageTask, TEACHER_EPISODES } from '../../../../src/core/tasks/forage';
import { BENCH_FORAGE_CONFIG } from '../../../../src/core/tasks/forage-config';
import { ForageSim } from '../../../../src/core/tasks/forage-sim';
import { daggerExamples, teacherAction } from '../../../../src/core/tasks/forage-teacher';

const SEEDS = [101, 102, 103, 104, 105, 106];

function meanEaten(task: ForageTask, genome: Float32Array): number {
  return SEEDS.reduce((s, seed) => s + task.evaluate(genome, seed).details['eaten']!, 0) / SEEDS.length;
}

describe('forage teacher', () => {
  it('eats clearly more than random genomes and touches few hazards, over several seeds', () => {
    const task = new ForageTask(BENCH_FORAGE_CONFIG);
    const runs = SEEDS.map((s) => task.teacherFitness(s));
    const teacherFood = runs.reduce((s, r) => s + r.eaten, 0) / runs.length;
    const touches = runs.reduce((s, r) => s + r.hazardsTouched, 0);
    const rng = new Rng(42);
    const randomFood: number[] = [];
    for (let i = 0; i < 20; i++) randomFood.push(meanEaten(task, createGenome(task.network, rng)));
    const randomMean = randomFood.reduce((a, b) => a + b, 0) / randomFood.length;
    console.log(
      `teacher food per 1,000 ticks: ${teacherFood.toFixed(1)} (${runs.map((r) => r.eaten).join(', ')}), ` +
        `touches ${touches}; 20 random genomes: mean ${randomMean.toFixed(2)}, best ${Math.max(...randomFood).toFixed(2)}`,
    );
    expect(Math.min(...runs.map((r) => r.eaten))).toBeGreaterThanOrEqual(15);
    expect(teacherFood).toBeGreaterThan(4 * randomMean);
    expect(teacherFood).toBeGreaterThan(1.5 * Math.max(...randomFood));
    expect(touches).toBeLessThanOrEqual(SEEDS.length);
  });

  it('turns towards food on its side and away from a hazard on its side', () => {
    const sim = new ForageSim(BENCH_FORAGE_CONFIG, 1);
    const s = sim.sensors;
    const row = new Float64Array(sim.inputSize);
    row[sim.inputSize - 1] = 1;
    const out = new Float64Array(2);
    row[5 * 3 + 0] = 0.8; // food on ray 5 (+40°)
    teacherAction(s, 0.2, row, 0, out, 0);
    expect(out[0]).toBe(1); // +40° is more than one tick's turn: full turn towards it
    row.fill(0, 0, 21);
    row[4 * 3 + 2] = 0.9; // hazard close on ray 4 (+20°)
    teacherAction(s, 0.2, row, 0, out, 0);
    expect(out[0]!).toBeLessThan(0);
    expect(out[1]!).toBeLessThan(1);
  });

  it('trainingSet is the teacher driving: its labels are the teacher action on its inputs', () => {
    const task = new ForageTask(BENCH_FORAGE_CONFIG);
    const data = task.trainingSet(7);
    expect(data.count).toBe(TEACHER_EPISODES * BENCH_FORAGE_CONFIG.ticks);
    expect(data.inputs.length).toBe(data.count * 23);
    const out = new Float64Array(2);
    const row = new Float64Array(23);
    for (const e of [0, 10, 999, 1500, data.count - 1]) {
      for (let j = 0; j < 23; j++) row[j] = data.inputs[e * 23 + j]!;
      teacherAction(task.sim.sensors, BENCH_FORAGE_CONFIG.creature.maxTurn, row, 0, out, 0);
      // Labels were computed from the float64 sensors, inputs stored as float32: equal to float32 precision.
      expect(data.targets[2 * e]).toBeCloseTo(out[0]!, 4);
      expect(data.targets[2 * e + 1]).toBeCloseTo(out[1]!, 4);
    }
    // Same seed, same dataset.
    expect(Array.from(task.trainingSet(7).targets.subarray(0, 50))).toEqual(Array.from(data.targets.subarray(0, 50)));
  });

  it('imitation by plain SGD on the teacher set lowers the loss and raises fitness towards the teacher', () => {
    const task = new ForageTask(BENCH_FORAGE_CONFIG);
    const data = task.trainingSet(1);
    const net = task.network;
    const rng = new Rng(3);
    const g = new Float32Array(net.paramCount);
    initGenome(net, rng, g);
    const grad = new Float32Array(net.paramCount);
    const idx = new Int32Array(32);
    const sel = { indices: idx, count: 32 };
    const lossBefore = lossValue(net, g, data, allExamples(data), 'mse');
    const foodBefore = meanEaten(task, g);
    for (let step = 0; step < 1500; step++) {
      for (let b = 0; b < 32; b++) idx[b] = rng.int(data.count);
      lossAndGradient(net, g, data, sel, 'mse', grad);
      for (let i = 0; i < g.length; i++) g[i] = g[i]! - 0.5 * grad[i]!;
    }
    const lossAfter = lossValue(net, g, data, allExamples(data), 'mse');
    const foodAfter = meanEaten(task, g);
    const teacherFood = SEEDS.reduce((s, seed) => s + task.teacherFitness(seed).eaten, 0) / SEEDS.length;
    console.log(
      `imitation: loss ${lossBefore.toFixed(3)} → ${lossAfter.toFixed(3)}; food ${foodBefore.toFixed(1)} → ` +
        `${foodAfter.toFixed(1)} (teacher ${teacherFood.toFixed(1)})`,
    );
    expect(lossAfter).toBeLessThan(0.2 * lossBefore);
    // Held-out seeds (the training set came from seed 1's episodes).
    expect(foodAfter).toBeGreaterThan(foodBefore + 0.5 * (teacherFood - foodBefore));
    expect(foodAfter).toBeGreaterThanOrEqual(0.6 * teacherFood);
  });

  it('DAgger labels the learner’s own states with the teacher’s action', () => {
    const task = new ForageTask(BENCH_FORAGE_CONFIG);
    const g = createGenome(task.network, new Rng(5));
    const rec = daggerExamples(BENCH_FORAGE_CONFIG, task.network, g, 0, 12);
    expect(rec.count).toBe(BENCH_FORAGE_CONFIG.ticks);
    const data = rec.view();
    const out = new Float64Array(2);
    const row = new Float64Array(23);
    for (let j = 0; j < 23; j++) row[j] = data.inputs[j]!;
    teacherAction(task.sim.sensors, 0.2, row, 0, out, 0);
    expect(data.targets[0]).toBeCloseTo(out[0]!, 4);
    // The states are the learner's: with beta = 1 (teacher in control) they differ.
    const teacherDriven = daggerExamples(BENCH_FORAGE_CONFIG, task.network, g, 0, 12, null, 1).view();
    expect(Array.from(teacherDriven.inputs.subarray(0, 2000))).not.toEqual(Array.from(data.inputs.subarray(0, 2000)));
    // Appending to an existing recorder grows it.
    daggerExamples(BENCH_FORAGE_CONFIG, task.network, g, 0, 13, rec);
    expect(rec.count).toBe(2 * BENCH_FORAGE_CONFIG.ticks);
  });
});
