/**
 * The levels the play screen can host until the campaign's JSON levels land: one world per task.
 * Each is plain data of the shape a level file will have.
 */
import type { EvolutionConfig } from '../../core/evolution/config';
import type { Level } from '../../core/levels/types';
import type { NetworkSpec } from '../../core/network';
import { BENCH_FORAGE_CONFIG } from '../../core/tasks/forage-config';
import type { TaskConfig } from '../../core/tasks/registry';
import type { TrainerConfig } from '../../core/training/trainer';

/**
 * A training run counts as exploded when its loss passes `explosionFactor` × its first loss: the
 * losses here are bounded (sigmoid outputs), so a step that is far too big shows as a jump of the
 * loss, not as infinity.
 */
export interface PlayLevel {
  readonly id: string;
  readonly number: number;
  readonly task: TaskConfig;
  readonly spec: NetworkSpec;
  readonly evolution: Partial<EvolutionConfig>;
  readonly training: TrainerConfig;
  /** Fitness for one, two and three stars. */
  readonly stars: readonly [number, number, number];
  /** Initial weight scale (sine layers paint richer skins with larger weights). */
  readonly initGain: number;
  /** A campaign level's file (modes, controls, words, goal); absent for the Lab's worlds. */
  readonly level?: Level;
}

const EVOLUTION: Partial<EvolutionConfig> = {
  populationSize: 12,
  selection: { kind: 'player' },
  elitism: 2,
  mutation: { kind: 'gaussian', rate: 0.2, size: 0.3 },
  crossover: 'none',
  crossoverRate: 0.5,
  neutralThreshold: 0.002,
  diversityPairs: 32,
};

export const BUILTIN_LEVELS: readonly PlayLevel[] = [
  {
    id: 'pattern',
    number: 1,
    task: {
      kind: 'pattern',
      target: { type: 'texture', name: 'bark', seed: 7 },
      resolution: 16,
      colour: 'rgb',
      inputs: 'xyr',
    },
    spec: { layers: [3, 8, 8, 3], activations: ['sin', 'sin', 'sigmoid'] },
    evolution: { ...EVOLUTION, seed: 11, evaluationSeed: 1 },
    training: {
      optimizer: { kind: 'momentum', learningRate: 0.3, momentum: 0.9 },
      batchSize: 64,
      seed: 5,
      // Sine layers and a sigmoid keep this loss small however wild the step: a well-fitted creature
      // at the top learning rate only doubled or tripled it (0.055 → 0.15), never 4×, so no explosion
      // was shown. Twice its first loss already is one for this world.
      explosionFactor: 2,
    },
    stars: [0.93, 0.95, 0.97],
    initGain: 2,
  },
  {
    id: 'forage',
    number: 2,
    task: { kind: 'forage', ...BENCH_FORAGE_CONFIG, food: { ...BENCH_FORAGE_CONFIG.food, count: 24 }, ticks: 400 },
    spec: { layers: [23, 8, 2], activations: ['tanh', 'tanh'] },
    evolution: { ...EVOLUTION, populationSize: 16, seed: 12, evaluationSeed: 3 },
    training: {
      optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
      batchSize: 32,
      seed: 6,
      explosionFactor: 4,
    },
    stars: [4, 8, 12],
    initGain: 1,
  },
  {
    id: 'sort',
    number: 3,
    task: {
      kind: 'sort',
      features: [
        { name: 'hue', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
        { name: 'spikes', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
      ],
      rule: { kind: 'ellipse', a: 0, b: 1, center: [0.1, -0.1], radii: [0.6, 0.5] },
      itemCount: 200,
    },
    spec: { layers: [2, 8, 1], activations: ['tanh', 'sigmoid'] },
    evolution: { ...EVOLUTION, seed: 13, evaluationSeed: 5 },
    training: {
      optimizer: { kind: 'momentum', learningRate: 0.5, momentum: 0.9 },
      batchSize: 32,
      seed: 7,
      explosionFactor: 4,
    },
    stars: [0.5, 0.7, 0.85],
    initGain: 1,
  },
];

/** A level by id: a built-in world, or one of the Lab's (registered by labLevels.ts). */
export function findLevel(id: string, extra: readonly PlayLevel[] = []): PlayLevel | undefined {
  return BUILTIN_LEVELS.find((l) => l.id === id) ?? extra.find((l) => l.id === id);
}
