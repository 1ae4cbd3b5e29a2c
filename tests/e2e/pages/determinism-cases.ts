/**
 * The determinism table (issue 7 §1): (task config, network spec, seed, genome) cases. How they are
 * computed is determinism-compute.ts. The Node test (tests/e2e/determinism.e2e.test.ts) runs
 * `computeHere` in Node; the browser page runs the same cases through the game's worker pool and
 * trainer worker (a training case's runs also as one run, as the pool's `train` job does it). Every figure is written as the hex of its IEEE-754 bits, so "equal" means equal
 * to the bit (0 and −0, every NaN payload), not "close".
 *
 * The cases cover the three tasks, every activation (sin, tanh, relu, sigmoid, linear), pattern
 * targets of both kinds, grey and colour, walled and open ponds, four taste rules, Gaussian and
 * base-substitution mutation, crossover, and the three inheritance modes with lifetime learning.
 */
import { DEFAULT_CODEC } from '../../../src/core/dna';
import type { EvolutionConfig } from '../../../src/core/evolution/config';
import type { NetworkSpec } from '../../../src/core/network';
import { BENCH_FORAGE_CONFIG } from '../../../src/core/tasks/forage-config';
import type { TaskConfig } from '../../../src/core/tasks/registry';
import type { TrainerConfig } from '../../../src/core/training/trainer';

export interface FitnessCase {
  readonly name: string;
  readonly config: TaskConfig;
  readonly spec: NetworkSpec;
  /** Creatures, each drawn with `createGenome(net, new Rng(genomeSeed + i), gain)`. */
  readonly creatures: number;
  readonly genomeSeed: number;
  readonly gain: number;
  /** Evaluation seeds. */
  readonly seeds: readonly number[];
}

export interface EvolutionCase {
  readonly name: string;
  readonly config: TaskConfig;
  readonly spec: NetworkSpec;
  readonly evolution: Partial<EvolutionConfig>;
  readonly generations: number;
}

export interface TrainingCase {
  readonly name: string;
  readonly config: TaskConfig;
  readonly spec: NetworkSpec;
  readonly trainer: TrainerConfig;
  readonly dataSeed: number;
  readonly genomeSeed: number;
  /** Steps of each run, one after the other on the same trainer (memory kept between runs). */
  readonly runs: readonly number[];
}

const SORT_FEATURES = [
  { name: 'hue', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
  { name: 'spikes', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
] as const;

const FORAGE_OPEN: TaskConfig = {
  kind: 'forage',
  ...BENCH_FORAGE_CONFIG,
  food: { ...BENCH_FORAGE_CONFIG.food, count: 24 },
  ticks: 400,
};
const FORAGE_WALLS: TaskConfig = {
  ...FORAGE_OPEN,
  boxes: [
    { x: 250, y: 120, width: 30, height: 220 },
    { x: 520, y: 260, width: 30, height: 220 },
  ],
};
const FORAGE_MOVING: TaskConfig = {
  ...FORAGE_OPEN,
  food: { ...BENCH_FORAGE_CONFIG.food, count: 12, respawn: false, speed: 1.5 },
  energy: { ...BENCH_FORAGE_CONFIG.energy, starve: true, drainPerTick: 0.004 },
  fitness: { hazardWeight: 2, survivalWeight: 1 },
  mirrorX: true,
  ticks: 300,
};

const BARK: TaskConfig = {
  kind: 'pattern',
  target: { type: 'texture', name: 'bark', seed: 7 },
  resolution: 16,
  colour: 'rgb',
  inputs: 'xyr',
};
const RING: TaskConfig = {
  kind: 'pattern',
  target: { type: 'shape', name: 'ring' },
  resolution: 24,
  colour: 'grey',
  inputs: 'xy',
};
const LETTER: TaskConfig = {
  kind: 'pattern',
  target: { type: 'shape', name: 'letter', letter: 'W' },
  resolution: 32,
  colour: 'grey',
  inputs: 'xyr',
};
const LEAVES: TaskConfig = {
  kind: 'pattern',
  target: { type: 'texture', name: 'leaves', seed: 5 },
  resolution: 12,
  colour: 'rgb',
  inputs: 'xy',
};

const ELLIPSE: TaskConfig = {
  kind: 'sort',
  features: SORT_FEATURES,
  rule: { kind: 'ellipse', a: 0, b: 1, center: [0.1, -0.1], radii: [0.6, 0.5] },
  itemCount: 200,
};
const SINE_BAND: TaskConfig = {
  kind: 'sort',
  features: [
    ...SORT_FEATURES,
    { name: 'size', distribution: { kind: 'normal', mean: 0.2, sd: 0.5 } },
    { name: 'stripes', distribution: { kind: 'uniform', lo: -0.5, hi: 1 } },
  ],
  rule: { kind: 'sineBand', a: 0, b: 1, amplitude: 0.4, frequency: 1.5, phase: 0.3, halfWidth: 0.35 },
  itemCount: 300,
};
const LINEAR: TaskConfig = {
  kind: 'sort',
  features: SORT_FEATURES,
  rule: { kind: 'linear', weights: [1, -0.6], bias: 0.1 },
  itemCount: 150,
};
const QUADRANTS: TaskConfig = {
  kind: 'sort',
  features: [...SORT_FEATURES, { name: 'size', distribution: { kind: 'uniform', lo: -1, hi: 1 } }],
  rule: { kind: 'quadrants', a: 0, b: 2, center: [0.1, 0], invert: true },
  itemCount: 200,
};

const SIN_RGB: NetworkSpec = { layers: [3, 8, 8, 3], activations: ['sin', 'sin', 'sigmoid'] };
const FORAGE_NET: NetworkSpec = { layers: [23, 8, 2], activations: ['tanh', 'tanh'] };

export const FITNESS_CASES: readonly FitnessCase[] = [
  { name: 'pattern-bark-rgb', config: BARK, spec: SIN_RGB, creatures: 6, genomeSeed: 100, gain: 2, seeds: [1] },
  {
    name: 'pattern-ring-tanh',
    config: RING,
    spec: { layers: [2, 16, 1], activations: ['tanh', 'sigmoid'] },
    creatures: 5,
    genomeSeed: 200,
    gain: 1.5,
    seeds: [1],
  },
  {
    name: 'pattern-letter-relu-linear',
    config: LETTER,
    spec: { layers: [3, 16, 16, 1], activations: ['sin', 'relu', 'linear'] },
    creatures: 4,
    genomeSeed: 300,
    gain: 1,
    seeds: [2],
  },
  {
    name: 'pattern-leaves-deep',
    config: LEAVES,
    spec: { layers: [2, 12, 12, 12, 3], activations: ['sin', 'tanh', 'relu', 'sigmoid'] },
    creatures: 4,
    genomeSeed: 400,
    gain: 2.5,
    seeds: [9],
  },
  { name: 'forage-open', config: FORAGE_OPEN, spec: FORAGE_NET, creatures: 6, genomeSeed: 500, gain: 1, seeds: [3, 4] },
  {
    name: 'forage-walls-relu',
    config: FORAGE_WALLS,
    spec: { layers: [23, 16, 8, 2], activations: ['relu', 'tanh', 'tanh'] },
    creatures: 5,
    genomeSeed: 600,
    gain: 1.2,
    seeds: [3, 77],
  },
  {
    name: 'forage-moving-mirrored',
    config: FORAGE_MOVING,
    spec: { layers: [23, 6, 2], activations: ['sin', 'linear'] },
    creatures: 5,
    genomeSeed: 700,
    gain: 1,
    seeds: [11],
  },
  {
    name: 'sort-ellipse',
    config: ELLIPSE,
    spec: { layers: [2, 8, 1], activations: ['tanh', 'sigmoid'] },
    creatures: 6,
    genomeSeed: 800,
    gain: 1,
    seeds: [5, 6],
  },
  {
    name: 'sort-sineband-4',
    config: SINE_BAND,
    spec: { layers: [4, 12, 1], activations: ['relu', 'sigmoid'] },
    creatures: 5,
    genomeSeed: 900,
    gain: 1.5,
    seeds: [5],
  },
  {
    name: 'sort-linear-perceptron',
    config: LINEAR,
    spec: { layers: [2, 1], activations: ['sigmoid'] },
    creatures: 5,
    genomeSeed: 1000,
    gain: 3,
    seeds: [1, 2],
  },
];

const PLAYERLESS: Partial<EvolutionConfig> = {
  populationSize: 10,
  elitism: 2,
  neutralThreshold: 0.002,
  diversityPairs: 16,
};

export const EVOLUTION_CASES: readonly EvolutionCase[] = [
  {
    name: 'evolve-pattern-gaussian-perNeuron',
    config: BARK,
    spec: SIN_RGB,
    evolution: {
      ...PLAYERLESS,
      selection: { kind: 'tournament', size: 3 },
      mutation: { kind: 'gaussian', rate: 0.2, size: 0.3 },
      crossover: 'perNeuron',
      seed: 11,
      evaluationSeed: 1,
      initGain: 2,
    },
    generations: 3,
  },
  {
    name: 'evolve-forage-bases-lamarckian',
    config: { ...FORAGE_OPEN, ticks: 200 },
    spec: FORAGE_NET,
    evolution: {
      ...PLAYERLESS,
      selection: { kind: 'truncation', fraction: 0.3 },
      mutation: { kind: 'bases', rate: 0.05, codec: DEFAULT_CODEC },
      crossover: 'uniform',
      inheritance: 'lamarckian',
      lifetime: {
        steps: 5,
        trainer: { optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9 }, batchSize: 16, seed: 6 },
      },
      seed: 12,
      evaluationSeed: 3,
    },
    generations: 2,
  },
  {
    name: 'evolve-ring-baldwinian-adam',
    config: RING,
    spec: { layers: [2, 16, 1], activations: ['tanh', 'sigmoid'] },
    evolution: {
      ...PLAYERLESS,
      selection: { kind: 'proportional' },
      crossover: 'onePoint',
      crossoverRate: 0.7,
      inheritance: 'baldwinian',
      lifetime: { steps: 8, trainer: { optimizer: { kind: 'adam', learningRate: 0.05 }, batchSize: 32, seed: 7 } },
      seed: 13,
      evaluationSeed: 5,
    },
    generations: 3,
  },
  {
    name: 'evolve-sort-quadrants-darwinian',
    config: QUADRANTS,
    spec: { layers: [3, 10, 1], activations: ['sin', 'sigmoid'] },
    evolution: { ...PLAYERLESS, selection: { kind: 'truncation', fraction: 0.2 }, seed: 14, evaluationSeed: 2 },
    generations: 4,
  },
];

export const TRAINING_CASES: readonly TrainingCase[] = [
  {
    name: 'train-pattern-momentum',
    config: BARK,
    spec: SIN_RGB,
    trainer: { optimizer: { kind: 'momentum', learningRate: 0.3, momentum: 0.9 }, batchSize: 64, seed: 5 },
    dataSeed: 1,
    genomeSeed: 21,
    runs: [10, 15],
  },
  {
    name: 'train-forage-teacher-nesterov',
    config: FORAGE_WALLS,
    spec: FORAGE_NET,
    trainer: {
      optimizer: { kind: 'nesterov', learningRate: 0.1, momentum: 0.8 },
      batchSize: 32,
      seed: 6,
      weightDecay: 0.001,
      clipNorm: 5,
    },
    dataSeed: 3,
    genomeSeed: 22,
    runs: [12, 12],
  },
  {
    name: 'train-sort-adam-frozen',
    config: SINE_BAND,
    spec: { layers: [4, 12, 6, 1], activations: ['tanh', 'relu', 'sigmoid'] },
    trainer: { optimizer: { kind: 'adam', learningRate: 0.02 }, batchSize: 50, seed: 7, frozenLayers: [0] },
    dataSeed: 5,
    genomeSeed: 23,
    runs: [20, 5],
  },
  {
    name: 'train-sort-explodes',
    config: ELLIPSE,
    spec: { layers: [2, 8, 1], activations: ['tanh', 'sigmoid'] },
    trainer: { optimizer: { kind: 'sgd', learningRate: 10 }, batchSize: 32, seed: 8, explosionFactor: 4 },
    dataSeed: 5,
    genomeSeed: 24,
    runs: [30],
  },
];
