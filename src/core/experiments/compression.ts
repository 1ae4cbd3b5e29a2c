/**
 * "Pack it small": how much of a creature survives when its DNA is written with fewer bases per
 * weight, and how big the genome is next to what it learned from. The one module for these figures:
 * the play screen, the level goal (levels/goal.ts) and the tests all read them here.
 *
 *   genome size   = weights × k bases × 2 bits a base ÷ 8                        (bytes)
 *   learned from  = the examples the creature saw, at the size they really take to store:
 *                   - a pattern creature learned from its target picture: 1 byte per colour channel
 *                     and pixel, as in an ordinary 8-bit image (16×16 grey = 256 bytes, RGB = 768).
 *                     The pixel positions are not counted: every picture has them, they hold nothing
 *                     learned.
 *                   - every other task learned from its teacher's examples: each example's inputs and
 *                     targets, 4 bytes a number (float32, as the game stores them).
 *
 * Squeezing = quantising every weight to the 4^k levels of the codec (dna.ts quantiseGenome).
 */
import {
  DEFAULT_DNA_RANGE,
  genomeBits,
  MAX_BASES_PER_WEIGHT,
  MIN_BASES_PER_WEIGHT,
  quantiseGenome,
  type DnaCodec,
} from '../dna';
import type { MutationSettings } from '../evolution/config';
import type { Weights } from '../network';
import type { Task } from '../tasks/task';

/** A codec with k bases per weight (clamped to 1…4) and the default weight range. */
export function codecFor(k: number, range = DEFAULT_DNA_RANGE): DnaCodec {
  const whole = Math.round(k);
  return { k: Math.min(MAX_BASES_PER_WEIGHT, Math.max(MIN_BASES_PER_WEIGHT, whole)), range };
}

/** Genome size in bytes when written as DNA with k bases a weight (2 bits a base). */
export function genomeBytes(weightCount: number, k: number): number {
  return genomeBits(weightCount, k) / 8;
}

export interface LearnedFrom {
  /** 'picture': a target image (1 byte a channel); 'examples': a training set (4 bytes a number). */
  readonly kind: 'picture' | 'examples';
  readonly bytes: number;
  /** Examples (pixels of the picture, or training examples). */
  readonly count: number;
}

/** The size of what the creature learned from (see the file header); null when the task has no examples. */
export function learnedFromBytes(task: Task, seed: number): LearnedFrom | null {
  const data = task.trainingSet(seed);
  if (data === null || data.count === 0) return null;
  if (task.kind === 'pattern') return { kind: 'picture', bytes: data.targets.length, count: data.count };
  return { kind: 'examples', bytes: (data.inputs.length + data.targets.length) * 4, count: data.count };
}

/** The genome squeezed to k bases a weight, as a new array. */
export function squeezed(genome: Weights, codec: DnaCodec): Float32Array {
  const out = new Float32Array(genome.length);
  quantiseGenome(genome, codec, out);
  return out;
}

/** Fitness of the creature whose DNA is `genome` written with `codec` (k bases a weight). */
export function quantisedFitness(task: Task, genome: Weights, codec: DnaCodec, seed: number): number {
  return task.fitness(squeezed(genome, codec), 0, seed);
}

export interface CompressionCurve {
  /** Fitness of the genome as it is (not squeezed). */
  readonly original: number;
  /** byK[k − 1] = fitness squeezed to k bases a weight, k = 1…4. */
  readonly byK: readonly number[];
}

/** Fitness of a genome squeezed to 1, 2, 3 and 4 bases a weight, next to its own. */
export function compressionCurve(
  task: Task,
  genome: Weights,
  seed: number,
  range = DEFAULT_DNA_RANGE,
): CompressionCurve {
  const scratch = new Float32Array(genome.length);
  const byK: number[] = [];
  for (let k = MIN_BASES_PER_WEIGHT; k <= MAX_BASES_PER_WEIGHT; k++) {
    quantiseGenome(genome, codecFor(k, range), scratch);
    byK.push(task.fitness(scratch, 0, seed));
  }
  return { original: task.fitness(genome, 0, seed), byK };
}

/**
 * Base-substitution mutation at k bases a weight with about as many changes a genome as a weight-level
 * `weightRate` (each weight mutates with probability weightRate): each base mutates with weightRate / k.
 */
export function baseMutation(weightRate: number, codec: DnaCodec): MutationSettings {
  const rate = Math.min(1, Math.max(0, weightRate / codec.k));
  return { kind: 'bases', rate, codec };
}

/** Squeezes every genome of a population buffer (count genomes of paramCount weights) in place. */
export function squeezePopulation(genomes: Float32Array, paramCount: number, count: number, codec: DnaCodec): void {
  for (let p = 0; p < count; p++) {
    const g = genomes.subarray(p * paramCount, (p + 1) * paramCount);
    quantiseGenome(g, codec, g);
  }
}
