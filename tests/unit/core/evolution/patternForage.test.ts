/**
 * Issue 3 §7 on the other two tasks (pattern.ts and forage.ts, written by other helpers), with the
 * same evolution loop, trainer and claim settings as sort (claimSetup.ts):
 *
 * pattern — a ring at 16×16, grey, inputs x, y, r, brain 3-8-1 (sin, sigmoid), 40 creatures,
 *   mutation 0.3 of the weights by 0.2·N(0, 1). Random first generations score 0.82 (a grey blur);
 *   evolution reaches ≥ 0.95 within 150 generations (measured 48–98); full-batch Adam (lr 0.01,
 *   600 steps) from the same start raises the same fitness to ≥ 0.85 — measured 0.997–0.998 from
 *   seeds 1–2, but from seeds 3–4 it settles on a local optimum at 0.887 that evolution on the same
 *   seeds got past.
 * forage — the benchmark world cut to 300 ticks, brain 23-12-2, 40 creatures. The teacher eats 9
 *   pellets; evolution reaches 1.5× the teacher's fitness within 40 generations (it beats the scripted
 *   teacher on the world seed it is evaluated on; the teacher's level takes 1–7 generations); imitation training (Adam lr 0.01, batch 32, 500 steps on the teacher's 900 examples) from
 *   the same start reaches ≥ 0.6 of the teacher's fitness (measured 0.9–1.0).
 */
import { describe, expect, it } from 'vitest';
import { Evolution } from '../../../../src/core/evolution/evolution';
import { createForageTask } from '../../../../src/core/tasks/forage';
import { BENCH_FORAGE_CONFIG } from '../../../../src/core/tasks/forage-config';
import { createPatternTask } from '../../../../src/core/tasks/pattern';
import { Trainer } from '../../../../src/core/training/trainer';
import { claimConfig, evaluatorFor } from './claimSetup';

describe('pattern: evolution and training raise the same fitness', () => {
  const r = createPatternTask(
    { kind: 'pattern', target: { type: 'shape', name: 'ring' }, resolution: 16, colour: 'grey', inputs: 'xyr' },
    { layers: [3, 8, 1], activations: ['sin', 'sigmoid'] },
  );
  if (!r.ok) throw new Error(r.error.message);
  const task = r.value;
  const data = task.trainingSet(1);

  it('ring: evolution ≥ 0.95 within 150 generations, training ≥ 0.85, from the same starts', () => {
    for (const seed of [1, 2, 3, 4]) {
      const config = claimConfig(seed, {
        populationSize: 40,
        initGain: 1,
        mutation: { kind: 'gaussian', rate: 0.3, size: 0.2 },
      });
      const ev = evaluatorFor(task, config);
      const evo = new Evolution(task.network, config);
      let s = evo.evaluate(ev);
      const start = evo.best();
      expect(start.fitness).toBeLessThan(0.85);
      while (s.best < 0.95 && s.generation < 150) s = evo.step(ev);
      expect(s.best).toBeGreaterThanOrEqual(0.95);

      const trainer = new Trainer(task.network, 'mse', data, start.genome, {
        optimizer: { kind: 'adam', learningRate: 0.01 },
        batchSize: 0,
        seed,
      });
      expect(trainer.run(600)).toBe(600);
      const trained = task.fitness(trainer.genome, 0, 1);
      expect(trained).toBeGreaterThanOrEqual(0.85);
      // The loss training lowers is 1 − the fitness evolution raises (pattern.ts).
      expect(1 - trainer.fullLoss()).toBeCloseTo(trained, 12);
      console.log(
        `pattern ring seed ${seed}: start ${start.fitness.toFixed(3)}, evolved ${s.best.toFixed(3)} in ${s.generation} generations, trained ${trained.toFixed(3)}`,
      );
    }
  });
});

describe('forage: evolution and imitation training raise the same fitness', () => {
  const r = createForageTask({ ...BENCH_FORAGE_CONFIG, ticks: 300 });
  if (!r.ok) throw new Error(r.error.message);
  const task = r.value;
  const teacher = task.teacherFitness(1);
  const data = task.trainingSet(1);

  it('benchmark world, 300 ticks: evolution reaches 1.5× the teacher, training ≥ 0.6 of it', () => {
    expect(teacher.fitness).toBeGreaterThan(0);
    for (const seed of [1, 2, 3]) {
      const config = claimConfig(seed, { populationSize: 40 });
      const ev = evaluatorFor(task, config);
      const evo = new Evolution(task.network, config);
      let s = evo.evaluate(ev);
      const start = evo.best();
      expect(start.fitness).toBeLessThan(0.6 * teacher.fitness);
      while (s.best < 1.5 * teacher.fitness && s.generation < 40) s = evo.step(ev);
      expect(s.best).toBeGreaterThanOrEqual(1.5 * teacher.fitness);

      const trainer = new Trainer(task.network, 'mse', data, start.genome, {
        optimizer: { kind: 'adam', learningRate: 0.01 },
        batchSize: 32,
        seed,
      });
      expect(trainer.run(500)).toBe(500);
      const trained = task.fitness(trainer.genome, 0, 1);
      expect(trained).toBeGreaterThanOrEqual(0.6 * teacher.fitness);
      console.log(
        `forage seed ${seed}: start ${start.fitness}, evolved ${s.best} in ${s.generation} generations, imitation ${trained}; teacher ${teacher.fitness}`,
      );
    }
  });
});
