/**
 * "Pack it small": what squeezing a genome to fewer bases per weight does. A weight written with
 * k bases can take 4^k values (dna.ts); the creature that grows from the squeezed DNA is measured
 * like any other. Beside it, the genome's size in bytes (2 bits a base) and the size of what it
 * learned from (its teacher's examples as 32-bit numbers), so the player sees knowledge compressed.
 */
import { MAX_BASES_PER_WEIGHT, MIN_BASES_PER_WEIGHT, quantiseGenome, type DnaCodec } from '../dna';
import type { Weights } from '../network';
import type { Task } from '../tasks/task';

/** Fitness of the creature whose DNA is `genome` written with `codec` (k bases a weight). */
export function quantisedFitness(task: Task, genome: Weights, codec: DnaCodec, seed: number): number {
  const squeezed = new Float32Array(genome.length);
  quantiseGenome(genome, codec, squeezed);
  return task.fitness(squeezed, 0, seed);
}

export interface CompressionPoint {
  /** Bases per weight. */
  readonly k: number;
  readonly fitness: number;
  /** Genome size at k bases a weight: weights × k × 2 bits / 8. */
  readonly bytes: number;
}

/** Fitness at 4, 3, 2 and 1 bases a weight (range = the codec's clamp range). */
export function compressionCurve(task: Task, genome: Weights, range: number, seed: number): CompressionPoint[] {
  const out: CompressionPoint[] = [];
  for (let k = MAX_BASES_PER_WEIGHT; k >= MIN_BASES_PER_WEIGHT; k--) {
    out.push({ k, fitness: quantisedFitness(task, genome, { k, range }, seed), bytes: genomeBytes(genome.length, k) });
  }
  return out;
}

/** Bytes of a genome of `weights` weights written with k bases each (2 bits a base). */
export function genomeBytes(weights: number, k: number): number {
  return (weights * k * 2) / 8;
}

/** Bytes of what the creature learned from: its world's teacher examples, inputs and targets as 32-bit floats. */
export function learnedFromBytes(task: Task, seed: number): number {
  const data = task.trainingSet(seed);
  return data ? (data.inputs.length + data.targets.length) * 4 : 0;
}
