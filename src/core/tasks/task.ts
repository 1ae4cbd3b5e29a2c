/**
 * The fitness engine's one interface. A task turns a genome into a phenotype and a fitness, and —
 * where it can — into a differentiable loss on a training dataset. Evolution raises `fitness`;
 * training lowers the loss; for the pattern task they are the same number up to sign and offset
 * (fitness = 1 − loss), which is the game's lesson.
 *
 * A Task owns a Network (and so scratch buffers): it is not re-entrant. Each worker builds its own
 * from the same plain-JSON TaskConfig; the same config, genome and seed give the same fitness bits
 * everywhere.
 */
import type { Dataset, LossKind } from '../loss';
import type { Network, NetworkSpec, Weights } from '../network';

export type TaskKind = 'pattern' | 'forage' | 'sort';

/** What the views need to draw a creature's phenotype. All plain data (transferable buffers). */
export type Phenotype =
  | {
      readonly kind: 'pattern';
      readonly width: number;
      readonly height: number;
      /** 1 = grey, 3 = RGB. */
      readonly channels: number;
      /** Row-major, width × height × channels, each in [0, 1]. */
      readonly pixels: Float32Array;
    }
  | {
      readonly kind: 'forage';
      readonly ticks: number;
      /** Per recorded tick: x, y (arena units), heading (radians). */
      readonly path: Float32Array;
      readonly eaten: number;
      readonly hazardsTouched: number;
    }
  | {
      readonly kind: 'sort';
      /** Grid resolution of the taste map over two features. */
      readonly resolution: number;
      /** Which features span the map's x and y. */
      readonly featureX: number;
      readonly featureY: number;
      /** resolution × resolution probabilities of eating, row-major, y from low to high. */
      readonly map: Float32Array;
    };

/** A fitness with the task's own figures for the HUD (e.g. food eaten, hazards touched). */
export interface Evaluation {
  readonly fitness: number;
  readonly details: Readonly<Record<string, number>>;
}

export interface Task {
  readonly kind: TaskKind;
  /** The compiled network every genome of this task runs (inputs and outputs fixed by the task). */
  readonly network: Network;
  /** [worst, best] possible fitness, documented per task. */
  readonly fitnessRange: readonly [number, number];
  /** Fitness of the genome at genome[gOff…]; deterministic for (config, genome, seed). No allocation. */
  fitness(genome: Weights, gOff: number, seed: number): number;
  /** Fitness with details, for display. */
  evaluate(genome: Weights, seed: number): Evaluation;
  /** What the creature looks like or does, for the views. */
  phenotype(genome: Weights, seed: number): Phenotype;
  /** The loss training lowers, or null where the task has no differentiable loss. */
  readonly lossKind: LossKind | null;
  /** The examples training learns from (for forage: the teacher's demonstrations), or null. */
  trainingSet(seed: number): Dataset | null;
}

/** A network spec must match the task's inputs and outputs; hidden layers are the level's choice. */
export function specFits(spec: NetworkSpec, inputs: number, outputs: number): boolean {
  return spec.layers[0] === inputs && spec.layers[spec.layers.length - 1] === outputs;
}
