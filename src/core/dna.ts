/**
 * DNA: the codec between a genome's weights and bases A, C, G, T.
 *
 * A weight is written as k bases (k = 1…4; default 3, one **codon**, like the 64 codons of real DNA),
 * most significant base first, so it can take 4^k levels. Level i stands for the weight
 *   (i − 4^k/2) · step,   step = 2·range / 4^k,
 * which spans [−range, range − step] and contains 0 exactly (at k = 3: codon GAA), so a knocked-out
 * connection is a real codon. Weights outside the span are clamped. The last base of a codon is the
 * "wobble" base: changing it moves the weight by one to three steps, the first base by 16 to 48 (k = 3).
 * Each base holds 2 bits, so a genome of n weights is n·k bases = n·k/4 bytes.
 */
import { err, ok, type Result } from './result';
import type { Weights } from './network';

export const BASES = 'ACGT';
export const DEFAULT_BASES_PER_WEIGHT = 3;
/** Default clamp range of a weight written as DNA. */
export const DEFAULT_DNA_RANGE = 4;
export const MIN_BASES_PER_WEIGHT = 1;
export const MAX_BASES_PER_WEIGHT = 4;

export interface DnaCodec {
  /** Bases per weight, 1…4. */
  readonly k: number;
  /** Weights are clamped to [−range, range − step]. */
  readonly range: number;
}

export const DEFAULT_CODEC: DnaCodec = { k: DEFAULT_BASES_PER_WEIGHT, range: DEFAULT_DNA_RANGE };

/** Number of levels a weight can take: 4^k. */
export function levelCount(k: number): number {
  return 1 << (2 * k);
}

/** Distance between neighbouring levels. */
export function levelStep(codec: DnaCodec): number {
  return (2 * codec.range) / levelCount(codec.k);
}

/** The level index (0 … 4^k − 1) of a weight. NaN goes to the zero level. */
export function weightToLevel(w: number, codec: DnaCodec): number {
  const L = levelCount(codec.k);
  const half = L >> 1;
  if (w !== w) return half;
  let i = Math.round(w / levelStep(codec)) + half;
  if (i < 0) i = 0;
  else if (i > L - 1) i = L - 1;
  return i;
}

export function levelToWeight(level: number, codec: DnaCodec): number {
  return (level - (levelCount(codec.k) >> 1)) * levelStep(codec);
}

/** The weight the DNA can actually hold nearest to w. */
export function quantiseWeight(w: number, codec: DnaCodec): number {
  return levelToWeight(weightToLevel(w, codec), codec);
}

/** out[i] = quantiseWeight(genome[i]) — what squeezing the genome to k bases per weight does. */
export function quantiseGenome(genome: Weights, codec: DnaCodec, out: Weights): void {
  for (let i = 0; i < genome.length; i++) out[i] = quantiseWeight(genome[i] as number, codec);
}

/** Writes n weights from genome[off…] as n·k bases (values 0…3 = A, C, G, T) into bases[baseOff…]. */
export function encodeGenome(
  genome: Weights,
  off: number,
  n: number,
  codec: DnaCodec,
  bases: Uint8Array,
  baseOff = 0,
): void {
  const k = codec.k;
  for (let w = 0; w < n; w++) {
    let level = weightToLevel(genome[off + w] as number, codec);
    for (let b = k - 1; b >= 0; b--) {
      bases[baseOff + w * k + b] = level & 3;
      level >>= 2;
    }
  }
}

/** Reads n weights from n·k bases into genome[off…]. */
export function decodeGenome(
  bases: Uint8Array,
  baseOff: number,
  n: number,
  codec: DnaCodec,
  genome: Weights,
  off = 0,
): void {
  const k = codec.k;
  for (let w = 0; w < n; w++) {
    let level = 0;
    for (let b = 0; b < k; b++) level = (level << 2) | ((bases[baseOff + w * k + b] as number) & 3);
    genome[off + w] = levelToWeight(level, codec);
  }
}

export function basesOf(genome: Weights, codec: DnaCodec = DEFAULT_CODEC): Uint8Array {
  const bases = new Uint8Array(genome.length * codec.k);
  encodeGenome(genome, 0, genome.length, codec, bases);
  return bases;
}

export function basesToString(bases: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bases.length; i++) s += BASES[(bases[i] as number) & 3];
  return s;
}

export interface BasesError {
  readonly code: 'invalid-base';
  readonly message: string;
  readonly position: number;
}

/** Parses a string of A/C/G/T (case-insensitive) into base values. */
export function parseBases(text: string): Result<Uint8Array, BasesError> {
  const bases = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const v = BASES.indexOf(text.charAt(i).toUpperCase());
    if (v < 0)
      return err({
        code: 'invalid-base',
        message: `"${text.charAt(i)}" at position ${i + 1} is not A, C, G or T`,
        position: i,
      });
    bases[i] = v;
  }
  return ok(bases);
}

/** The weight that base number `baseIndex` belongs to. */
export function weightOfBase(baseIndex: number, k: number): number {
  return Math.floor(baseIndex / k);
}

/** The position of a base inside its codon: 0 = most significant … k − 1 = wobble. */
export function codonPosition(baseIndex: number, k: number): number {
  return baseIndex % k;
}

/** Index of the first base of weight `weightIndex`. */
export function codonStart(weightIndex: number, k: number): number {
  return weightIndex * k;
}

/** Genome size in bits when written as DNA: 2 bits per base. */
export function genomeBits(weightCount: number, k: number): number {
  return weightCount * k * 2;
}
