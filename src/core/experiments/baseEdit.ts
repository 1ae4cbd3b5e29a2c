/**
 * Single-base edits and the mutation tally ("Hello, weightling", "Silent letters").
 *
 * A base edit changes one base of one weight's codon and leaves every other weight exactly as it was:
 * the weight is written as its k bases (dna.ts), the base is replaced, and the codon is read back.
 * A change is classified by the fitness it makes, against the evolution config's neutralThreshold:
 *   |after − before| ≤ threshold → neutral;  after > before → helpful;  after < before → harmful.
 * The tally counts changes by kind and by codon position (0 = first base … k − 1 = the wobble base).
 * At k = 3 a first-base change moves the weight by 16–48 levels, a wobble change by 1–3, so wobble
 * changes are mostly silent.
 */
import { BASES, codonPosition, weightOfBase, weightToLevel, levelToWeight, type DnaCodec } from '../dna';
import type { Weights } from '../network';
import type { Rng } from '../rng';
import type { Task } from '../tasks/task';

export type ChangeKind = 'neutral' | 'harmful' | 'helpful';
export const CHANGE_KINDS: readonly ChangeKind[] = ['neutral', 'harmful', 'helpful'];

/** The base (0…3 = A, C, G, T) at base index `baseIndex` of the genome written with `codec`. */
export function baseAt(genome: Weights, baseIndex: number, codec: DnaCodec): number {
  const level = weightToLevel(genome[weightOfBase(baseIndex, codec.k)] as number, codec);
  const shift = 2 * (codec.k - 1 - codonPosition(baseIndex, codec.k));
  return (level >> shift) & 3;
}

/** The weight value whose codon is the codon of genome's weight with base `baseIndex` set to `base`. */
export function weightWithBase(genome: Weights, baseIndex: number, base: number, codec: DnaCodec): number {
  const level = weightToLevel(genome[weightOfBase(baseIndex, codec.k)] as number, codec);
  const shift = 2 * (codec.k - 1 - codonPosition(baseIndex, codec.k));
  const next = (level & ~(3 << shift)) | ((base & 3) << shift);
  return levelToWeight(next, codec);
}

/** The next base in A → C → G → T → A order (what a tap on a base does). */
export function nextBase(base: number): number {
  return (base + 1) & 3;
}

/** The base value of a letter A/C/G/T (either case), or −1. */
export function baseOfLetter(letter: string): number {
  return letter.length === 1 ? BASES.indexOf(letter.toUpperCase()) : -1;
}

export function classifyChange(before: number, after: number, threshold: number): ChangeKind {
  const d = after - before;
  if (!(Math.abs(d) > threshold)) return 'neutral';
  return d > 0 ? 'helpful' : 'harmful';
}

/** Counts of changes by kind, overall and per codon position. Plain data, kept between edits. */
export class MutationTally {
  readonly total: Record<ChangeKind, number> = { neutral: 0, harmful: 0, helpful: 0 };
  /** byPosition[i] counts changes at codon position i (0 = first base, k − 1 = wobble). */
  readonly byPosition: Record<ChangeKind, number>[];

  constructor(readonly k: number) {
    this.byPosition = Array.from({ length: k }, () => ({ neutral: 0, harmful: 0, helpful: 0 }));
  }

  record(position: number, kind: ChangeKind): void {
    this.total[kind]++;
    const row = this.byPosition[position];
    if (row) row[kind]++;
  }

  count(): number {
    return this.total.neutral + this.total.harmful + this.total.helpful;
  }

  /** Changes at a codon position, all kinds. */
  countAt(position: number): number {
    const row = this.byPosition[position];
    return row ? row.neutral + row.harmful + row.helpful : 0;
  }

  /** Share of neutral changes at a codon position (NaN when there were none). */
  neutralShareAt(position: number): number {
    const n = this.countAt(position);
    return n === 0 ? NaN : (this.byPosition[position]?.neutral ?? 0) / n;
  }

  reset(): void {
    for (const kind of CHANGE_KINDS) {
      this.total[kind] = 0;
      for (const row of this.byPosition) row[kind] = 0;
    }
  }
}

export interface TriedMutation {
  readonly baseIndex: number;
  readonly position: number;
  readonly base: number;
  readonly before: number;
  readonly after: number;
  readonly kind: ChangeKind;
}

/**
 * Tries `count` random single-base mutants of a genome (each a different base at a random position,
 * one at a time; the genome itself is not changed), classifies each and records it in the tally.
 * Returns the mutants tried, in order. Deterministic for the rng's state.
 */
export function tryRandomMutations(
  task: Task,
  genome: Weights,
  codec: DnaCodec,
  seed: number,
  threshold: number,
  count: number,
  rng: Rng,
  tally: MutationTally,
): TriedMutation[] {
  const scratch = Float32Array.from(genome);
  const before = task.fitness(scratch, 0, seed);
  const bases = genome.length * codec.k;
  const tried: TriedMutation[] = [];
  for (let n = 0; n < count; n++) {
    const baseIndex = rng.int(bases);
    const w = weightOfBase(baseIndex, codec.k);
    const old = baseAt(genome, baseIndex, codec);
    const base = (old + 1 + rng.int(3)) & 3;
    scratch[w] = weightWithBase(genome, baseIndex, base, codec);
    const after = task.fitness(scratch, 0, seed);
    scratch[w] = genome[w] as number;
    const position = codonPosition(baseIndex, codec.k);
    const kind = classifyChange(before, after, threshold);
    tally.record(position, kind);
    tried.push({ baseIndex, position, base, before, after, kind });
  }
  return tried;
}
