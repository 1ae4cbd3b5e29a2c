/**
 * "Hello, weightling" and "Silent letters" on a play session: change one base of the focused
 * creature's DNA (the creature is edited through the host, as a drag in the brain view is) and count
 * every change — the player's and random ones tried on a copy — as neutral, harmful or helpful, by
 * position in the codon.
 */
import {
  baseAt,
  classifyChange,
  MutationTally,
  tryRandomMutations,
  weightWithBase,
  type ChangeKind,
} from '../../../core/experiments/baseEdit';
import { Rng } from '../../../core/rng';
import type { ExperimentHost } from './setup';
import { sessionCodec } from './squeeze';

export class DnaEditExperiment {
  /** The gene (weight index) being edited. */
  gene = 0;
  tally: MutationTally;
  lastKind: ChangeKind | null = null;
  private readonly rng: Rng;
  private seenSelection: number | null = null;

  constructor(private readonly host: ExperimentHost) {
    this.tally = new MutationTally(sessionCodec(host).k);
    this.rng = new Rng((host.session.evolutionConfig.seed ^ 0x7a11) >>> 0);
  }

  get k(): number {
    return sessionCodec(this.host).k;
  }

  get geneCount(): number {
    return this.host.session.net.paramCount;
  }

  /** Follows the microscope: a gene selected there becomes the one edited here. */
  sync(): void {
    const selected = this.host.selectedGene();
    if (selected !== null && selected !== this.seenSelection) this.gene = selected;
    this.seenSelection = selected;
    if (this.tally.k !== this.k) this.tally = new MutationTally(this.k);
  }

  /** The bases (0…3) of the edited gene's codon, or null when no creature is in focus. */
  codon(): number[] | null {
    const focus = this.host.focus();
    if (!focus) return null;
    const codec = sessionCodec(this.host);
    const out: number[] = [];
    for (let i = 0; i < codec.k; i++) out.push(baseAt(focus.genome, this.gene * codec.k + i, codec));
    return out;
  }

  moveGene(delta: number): void {
    const n = this.geneCount;
    this.gene = (((this.gene + delta) % n) + n) % n;
    this.host.selectGene(this.gene);
    this.seenSelection = this.gene;
  }

  /** Sets base `position` of the edited codon to `base`; returns how the change counted (null: nothing changed). */
  setBase(position: number, base: number): ChangeKind | null {
    const focus = this.host.focus();
    const s = this.host.session;
    const codec = sessionCodec(this.host);
    if (!focus || position < 0 || position >= codec.k) return null;
    const index = this.gene * codec.k + position;
    if (baseAt(focus.genome, index, codec) === (base & 3)) return null;
    const seed = s.evolutionConfig.evaluationSeed;
    const copy = focus.genome.slice();
    const before = s.task.fitness(copy, 0, seed);
    const value = weightWithBase(focus.genome, index, base, codec);
    copy[this.gene] = value;
    const kind = classifyChange(before, s.task.fitness(copy, 0, seed), s.evolutionConfig.neutralThreshold);
    this.tally.record(position, kind);
    this.lastKind = kind;
    this.host.editGene(this.gene, value);
    return kind;
  }

  /** Tries `count` random single-base mutants of the focused creature (it stays as it is) and counts them. */
  tryRandom(count = 20): number {
    const focus = this.host.focus();
    if (!focus) return 0;
    const s = this.host.session;
    const cfg = s.evolutionConfig;
    return tryRandomMutations(
      s.task,
      focus.genome,
      sessionCodec(this.host),
      cfg.evaluationSeed,
      cfg.neutralThreshold,
      count,
      this.rng,
      this.tally,
    ).length;
  }

  resetTally(): void {
    this.tally.reset();
    this.lastKind = null;
  }
}
