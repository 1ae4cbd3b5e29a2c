/**
 * Lifetime learning: a creature is born with its genome and then learns for k steps during its
 * life. What happens to what it learned is the inheritance setting of the evolution loop
 * (Darwinian, Lamarckian, Baldwinian — see evolution/inheritance.ts); this helper only does the
 * learning, reusing one Trainer for every creature (no allocation per creature).
 *
 * Every creature learns from the same start state (optimiser memory cleared, batch shuffle reseeded
 * from the config's seed), so what a genome learns depends on the genome alone — not on which
 * creature was trained before it, nor on which worker trained it.
 */
import type { Dataset, LossKind } from '../loss';
import type { Network, Weights } from '../network';
import { Trainer, type TrainerConfig } from './trainer';

export interface LifetimeConfig {
  /** Training steps each creature takes at birth (k). */
  readonly steps: number;
  readonly trainer: TrainerConfig;
}

export class LifetimeLearner {
  readonly config: LifetimeConfig;
  private readonly trainer: Trainer;

  constructor(net: Network, lossKind: LossKind, data: Dataset, config: LifetimeConfig) {
    this.config = config;
    this.trainer = new Trainer(net, lossKind, data, new Float32Array(net.paramCount), config.trainer);
  }

  /**
   * Learns `steps` steps from genome[off…] and returns the learned genome (the trainer's buffer:
   * read or copy it before the next call). A run that diverges returns its last good genome, so
   * the result is always finite.
   */
  learn(genome: Weights, off = 0): Float32Array {
    this.trainer.reset(genome, off);
    this.trainer.run(this.config.steps);
    return this.trainer.genome;
  }

  /** Learns in place: genome[off…] is overwritten with what the creature learned (Lamarck). */
  learnInPlace(genome: Weights, off = 0): void {
    const learned = this.learn(genome, off);
    for (let i = 0; i < learned.length; i++) genome[off + i] = learned[i] as number;
  }
}
