/**
 * The evolution settings the claim tests use (the budget in the issue's §7 is set here, once):
 * 50 creatures, truncation to the best 20 %, 2 elites, Gaussian mutation of half the weights by
 * 0.3·N(0, 1), per-neuron crossover for 30 % of the offspring, first generation drawn with gain 3.
 */
import { validateEvolutionConfig, type EvolutionConfig } from '../../../../src/core/evolution/config';
import {
  createTaskEvaluator,
  type EvaluatorSettings,
  type PopulationEvaluator,
} from '../../../../src/core/evolution/inheritance';
import type { Task } from '../../../../src/core/tasks/task';

export function claimConfig(seed: number, patch: Partial<EvolutionConfig> = {}): EvolutionConfig {
  const r = validateEvolutionConfig({
    populationSize: 50,
    selection: { kind: 'truncation', fraction: 0.2 },
    elitism: 2,
    mutation: { kind: 'gaussian', rate: 0.5, size: 0.3 },
    crossover: 'perNeuron',
    crossoverRate: 0.3,
    initGain: 3,
    seed,
    evaluationSeed: 1,
    ...patch,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function evaluatorFor(task: Task, config: EvolutionConfig): PopulationEvaluator {
  const settings: EvaluatorSettings = {
    seed: config.evaluationSeed,
    inheritance: config.inheritance,
    lifetime: config.lifetime,
  };
  const r = createTaskEvaluator(task, settings);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
