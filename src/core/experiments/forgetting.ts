/**
 * "Don't forget": a creature that learned task A learns task B. Plain fine-tuning on B's examples
 * overwrites what made it good at A (catastrophic forgetting); two cures the player can try are
 * freezing a layer (trainer.ts frozenLayers: that layer's weights and biases do not move at all) and
 * rehearsal (datasets.ts rehearsalMix: some of A's examples mixed into B's).
 *
 * This file chooses the examples for each switch position and keeps the trace of both fitnesses
 * the player watches while learning.
 */
import type { Dataset } from '../loss';
import type { Result } from '../result';
import { ok } from '../result';
import { Rng } from '../rng';
import { rehearsalMix, type DatasetError } from '../training/datasets';

export type WhichTask = 'A' | 'B';

export interface ForgettingChoice {
  /** Which task's examples are learned. */
  readonly learning: WhichTask;
  /** While learning B: mix in A's examples. */
  readonly rehearse: boolean;
  /** Share of A's examples in the mix, in (0, 1). */
  readonly rehearseShare: number;
  /** Seeds the mix (the same choice gives the same examples). */
  readonly seed: number;
}

export const DEFAULT_REHEARSE_SHARE = 0.3;

/**
 * The examples to learn from: A's, B's, or (learning B with rehearsal) a mix of as many examples as
 * B has, rehearseShare of them drawn from A.
 */
export function forgettingExamples(a: Dataset, b: Dataset, choice: ForgettingChoice): Result<Dataset, DatasetError> {
  if (choice.learning === 'A') return ok(a);
  if (!choice.rehearse) return ok(b);
  return rehearsalMix(a, b, choice.rehearseShare, Math.max(1, b.count), new Rng(choice.seed));
}

/** Fitness on both tasks after each chunk of training: what the forgetting readout draws. */
export class ForgettingTrace {
  readonly steps: number[] = [];
  readonly fitnessA: number[] = [];
  readonly fitnessB: number[] = [];
  /** The best fitness on A seen so far: the bar's "you had" mark. */
  bestA = -Infinity;

  constructor(private readonly limit = 400) {}

  record(step: number, fitnessA: number, fitnessB: number): void {
    if (this.steps.length > 0 && this.steps[this.steps.length - 1] === step) {
      this.fitnessA[this.fitnessA.length - 1] = fitnessA;
      this.fitnessB[this.fitnessB.length - 1] = fitnessB;
    } else {
      this.steps.push(step);
      this.fitnessA.push(fitnessA);
      this.fitnessB.push(fitnessB);
    }
    if (fitnessA > this.bestA) this.bestA = fitnessA;
    if (this.steps.length > this.limit) {
      this.steps.splice(0, 1);
      this.fitnessA.splice(0, 1);
      this.fitnessB.splice(0, 1);
    }
  }

  get lastA(): number {
    return this.fitnessA[this.fitnessA.length - 1] ?? NaN;
  }

  get lastB(): number {
    return this.fitnessB[this.fitnessB.length - 1] ?? NaN;
  }

  /** How much of the best A fitness was lost, ≥ 0. */
  get forgotten(): number {
    const d = this.bestA - this.lastA;
    return d > 0 ? d : 0;
  }

  clear(): void {
    this.steps.length = 0;
    this.fitnessA.length = 0;
    this.fitnessB.length = 0;
    this.bestA = -Infinity;
  }
}
