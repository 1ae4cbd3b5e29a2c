/**
 * Mutation operators. Each reports which weights or bases changed (into a caller buffer) so the
 * game can flash them, and takes its randomness from a seeded Rng.
 */
import { decodeGenome, encodeGenome, type DnaCodec } from './dna';
import type { Weights } from './network';
import type { Rng } from './rng';

/** Adds size·N(0, 1) to every one of n weights from genome[off]: the "copy with noise" of Turbo evolution. */
export function mutateGaussianAll(genome: Weights, off: number, n: number, size: number, rng: Rng): void {
  const end = off + n;
  for (let i = off; i < end; i++) genome[i] = (genome[i] as number) + size * rng.normal();
}

/**
 * Each of n weights from genome[off] mutates with probability `rate`, by size·N(0, 1).
 * Writes the indices (relative to off) of mutated weights into `changed` when given; returns how many.
 */
export function mutateGaussian(
  genome: Weights,
  off: number,
  n: number,
  rate: number,
  size: number,
  rng: Rng,
  changed: Int32Array | null = null,
): number {
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (rng.uniform() < rate) {
      genome[off + i] = (genome[off + i] as number) + size * rng.normal();
      if (changed && count < changed.length) changed[count] = i;
      count++;
    }
  }
  return count;
}

/**
 * Base substitution: each of n bases from bases[off] mutates with probability rate (or
 * rate[position in codon] when a per-position array of length k is given), to one of the three
 * other bases, uniformly. Writes mutated base indices (relative to off) into `changed`; returns how many.
 */
export function mutateBases(
  bases: Uint8Array,
  off: number,
  n: number,
  rate: number | ArrayLike<number>,
  k: number,
  rng: Rng,
  changed: Int32Array | null = null,
): number {
  let count = 0;
  const uniformRate = typeof rate === 'number' ? rate : -1;
  for (let i = 0; i < n; i++) {
    const p = uniformRate >= 0 ? uniformRate : ((rate as ArrayLike<number>)[i % k] as number);
    if (rng.uniform() < p) {
      bases[off + i] = ((bases[off + i] as number) + 1 + rng.int(3)) & 3;
      if (changed && count < changed.length) changed[count] = i;
      count++;
    }
  }
  return count;
}

/**
 * Base substitution on a genome: write it as DNA, substitute bases, read it back. The whole genome
 * comes back quantised to the codec's levels (what a genome that lives as DNA is). `scratch` must
 * hold genome.length·k bases. Returns the number of mutated bases; their indices go to `changed`.
 */
export function mutateGenomeBases(
  genome: Weights,
  codec: DnaCodec,
  rate: number | ArrayLike<number>,
  rng: Rng,
  scratch: Uint8Array,
  changed: Int32Array | null = null,
): number {
  const n = genome.length;
  encodeGenome(genome, 0, n, codec, scratch);
  const count = mutateBases(scratch, 0, n * codec.k, rate, codec.k, rng, changed);
  decodeGenome(scratch, 0, n, codec, genome, 0);
  return count;
}
