/**
 * Issue 3 §7, sort: from the same start as evolution (the best creature of each seed's random first
 * generation), training — which only ever sees the cross-entropy loss — raises the same fitness
 * function evolution climbs to at least 0.9 of the best achievable, with Adam (lr 0.05, batch 32,
 * 800 steps); plain SGD with momentum raises it too. Measured: Adam reaches 0.95–1.0·p.
 */
import { describe, expect, it } from 'vitest';
import { Evolution } from '../../../../src/core/evolution/evolution';
import { allExamples, lossValue } from '../../../../src/core/loss';
import { Trainer } from '../../../../src/core/training/trainer';
import { claimConfig, evaluatorFor } from '../evolution/claimSetup';
import { SORT_RULES, sortTask } from '../tasks/sortFixtures';

describe('training raises the same sort fitness', () => {
  for (const rule of ['linear', 'circle', 'quadrants'] as const) {
    it(`${rule}: from each seed's first-generation best to ≥ 0.9·p`, () => {
      const task = sortTask(SORT_RULES[rule]);
      const p = task.bestAchievable(1);
      const data = task.trainingSet(1);
      for (const seed of [1, 2, 3, 4]) {
        const config = claimConfig(seed);
        const evo = new Evolution(task.network, config);
        evo.evaluate(evaluatorFor(task, config));
        const start = evo.best();
        expect(task.fitness(start.genome, 0, 1)).toBe(start.fitness);
        const adam = new Trainer(task.network, 'bce', data, start.genome, {
          optimizer: { kind: 'adam', learningRate: 0.05 },
          batchSize: 32,
          seed,
        });
        expect(adam.run(800)).toBe(800);
        const trained = task.fitness(adam.genome, 0, 1);
        expect(trained).toBeGreaterThanOrEqual(0.9 * p);
        if (rule !== 'linear') expect(trained).toBeGreaterThan(start.fitness);
        expect(adam.fullLoss()).toBeLessThan(lossValue(task.network, start.genome, data, allExamples(data), 'bce'));
        const momentum = new Trainer(task.network, 'bce', data, start.genome, {
          optimizer: { kind: 'momentum', learningRate: 0.5, momentum: 0.9 },
          batchSize: 32,
          seed,
        });
        momentum.run(400);
        expect(momentum.status).toBe('ready');
        expect(task.fitness(momentum.genome, 0, 1)).toBeGreaterThan(rule === 'linear' ? 0.8 * p : start.fitness);
        console.log(
          `sort ${rule} seed ${seed}: start ${start.fitness} → adam ${trained}, momentum ${task.fitness(momentum.genome, 0, 1)} (p = ${p})`,
        );
      }
    });
  }
});
