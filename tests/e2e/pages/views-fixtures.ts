/**
 * Fixture snapshots for the microscope test page: a real network and genome from the engine, a
 * synthetic two-hill landscape with an evolution path and a training run, fitness per generation,
 * and a loss curve that explodes at one step and recovers.
 */
import { DEFAULT_CODEC } from '../../../src/core/dna';
import { forward } from '../../../src/core/forward';
import { Network, createGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import type {
  BrainSnapshot,
  DnaSnapshot,
  FitnessChartSnapshot,
  LandscapeSnapshot,
  LossChartSnapshot,
  MicroscopeLabels,
} from '../../../src/views/microscope';

export const LABELS: MicroscopeLabels = {
  brain: { title: 'Brain', inputs: ['x', 'y', 'r'], outputs: ['colour'] },
  dna: { title: 'DNA' },
  landscape: { title: 'Fitness landscape', evolution: 'Evolution', training: 'Training' },
  fitness: { title: 'Fitness per generation', xAxis: 'generation', series: ['best', 'mean'] },
  loss: { title: 'Loss per step', xAxis: 'step', series: ['loss'] },
};

export class BrainFixture {
  readonly net: Network;
  readonly genome: Float32Array;
  readonly activations: Float64Array;
  private readonly input: Float64Array;
  private readonly out: Float64Array;

  /** The pattern creature's shape by default: (x, y, r) → 16 → 16 → colour. */
  constructor(seed: number, layers: readonly number[] = [3, 16, 16, 1]) {
    const activations = layers.slice(1).map((_, i) => (i === layers.length - 2 ? 'sigmoid' : 'tanh'));
    this.net = new Network({ layers, activations });
    this.input = Float64Array.from({ length: this.net.inputSize }, (_, i) => [0.6, -0.4, 0.72, 0.1][i % 4] as number);
    this.out = new Float64Array(this.net.outputSize);
    const rng = new Rng(seed);
    this.genome = createGenome(this.net, rng, 1.3);
    for (let l = 0; l < this.net.depth; l++) {
      for (let j = 0; j < (this.net.sizes[l + 1] as number); j++) {
        this.genome[(this.net.bOffset[l] as number) + j] = rng.range(-1.5, 1.5);
      }
    }
    this.activations = new Float64Array(this.net.neuronCount);
    this.run();
  }

  run(): void {
    forward(this.net, this.genome, this.input, this.out, this.activations);
  }

  brain(): BrainSnapshot {
    return { layers: this.net.spec.layers, genome: this.genome, activations: this.activations };
  }

  dna(changed?: number[], changedAt?: number): DnaSnapshot {
    return changed
      ? { genome: this.genome, codec: DEFAULT_CODEC, changed, changedAt: changedAt ?? 0 }
      : { genome: this.genome, codec: DEFAULT_CODEC };
  }
}

/** Two hills: a high one at (0.45, 0.35) and a lower one at (−0.5, −0.45), on [−1, 1]². */
function hills(a: number, b: number): number {
  const h1 = Math.exp(-((a - 0.45) ** 2 + (b - 0.35) ** 2) / 0.18);
  const h2 = 0.6 * Math.exp(-((a + 0.5) ** 2 + (b + 0.45) ** 2) / 0.1);
  return h1 + h2 + 0.05 * Math.sin(3 * a) * Math.cos(2 * b);
}

export function landscape(n = 41): LandscapeSnapshot {
  const span = 1;
  const values = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++)
      values[r * n + c] = hills((span * (2 * c - (n - 1))) / (n - 1), (span * (2 * r - (n - 1))) / (n - 1));
  }
  const evolution: number[] = [];
  for (let g = 0; g < 14; g++) {
    const t = g / 13;
    evolution.push(-0.75 + 1.2 * t + 0.08 * Math.sin(g * 1.7), -0.8 + 1.1 * t * t + 0.06 * Math.cos(g * 2.3));
  }
  const training: number[] = [];
  let a = 0.45 - 0.05;
  let b = 0.35 - 0.6;
  for (let s = 0; s < 30; s++) {
    training.push(a, b);
    a += 0.12 * (0.45 - a) + 0.015 * Math.sin(s);
    b += 0.12 * (0.35 - b);
  }
  return { n, values, span, evolutionPath: evolution, trainingPath: training };
}

export function fitness(generations = 40): FitnessChartSnapshot {
  const best: number[] = [];
  const mean: number[] = [];
  for (let g = 0; g < generations; g++) {
    const b = 0.92 - 0.6 * Math.exp(-g / 9) + 0.015 * Math.sin(g * 1.3);
    best.push(b);
    mean.push(b - 0.18 - 0.05 * Math.cos(g * 0.7));
  }
  return { best, mean };
}

/** Loss falling from 0.6, exploding at step 70 (∞), back to the last good value after. */
export function loss(steps = 110): LossChartSnapshot {
  const values: number[] = [];
  for (let s = 0; s < steps; s++) {
    if (s === 70) values.push(Infinity);
    else if (s > 66 && s < 70) values.push(0.05 * 10 ** (s - 66));
    else values.push(0.6 * Math.exp(-s / 25) + 0.02 + 0.01 * Math.sin(s));
  }
  return { loss: values, explodedAt: [70] };
}
