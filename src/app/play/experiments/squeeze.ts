/**
 * "Pack it small" on a play session: the bases-per-weight setting. Changing it squeezes every living
 * creature (or the trainee) to k bases a weight and makes evolution mutate bases at k. Squeezing
 * starts from each creature's genome as it was before the first squeeze, so the slider can go back up
 * within a generation; the curve shows the focused creature at every k.
 */
import { DEFAULT_BASES_PER_WEIGHT, DEFAULT_CODEC, levelCount, quantiseGenome, type DnaCodec } from '../../../core/dna';
import {
  baseMutation,
  codecFor,
  compressionCurve,
  genomeBytes,
  learnedFromBytes,
  squeezed,
  type CompressionCurve,
  type LearnedFrom,
} from '../../../core/experiments/compression';
import type { StarMeasure } from '../../campaign/stars';
import type { ExperimentHost } from './setup';

/** The DNA codec a session writes its genomes with: the base-mutation codec, or the default (k = 3). */
export function sessionCodec(host: Pick<ExperimentHost, 'session'>): DnaCodec {
  const m = host.session.evolutionConfig.mutation;
  return m.kind === 'bases' ? m.codec : DEFAULT_CODEC;
}

export class SqueezeExperiment {
  k: number;
  /** Each creature's genome before it was first squeezed, by id. */
  private readonly originals = new Map<number, Float32Array>();
  readonly learnedFrom: LearnedFrom | null;
  private curveCache: { id: number; genome: Float32Array; curve: CompressionCurve } | null = null;
  private applying: Promise<void> | null = null;

  constructor(
    private readonly host: ExperimentHost,
    startK = DEFAULT_BASES_PER_WEIGHT,
  ) {
    this.k = codecFor(startK).k;
    this.learnedFrom = learnedFromBytes(host.session.task, host.session.evolutionConfig.evaluationSeed);
  }

  get levels(): number {
    return levelCount(this.k);
  }

  get weightCount(): number {
    return this.host.session.net.paramCount;
  }

  get genomeBytes(): number {
    return genomeBytes(this.weightCount, this.k);
  }

  /** Squeezes the creatures to the level's starting k (a no-op at the default 3 unless the mutation is by bases). */
  async start(): Promise<void> {
    if (this.k !== DEFAULT_BASES_PER_WEIGHT) await this.setK(this.k);
  }

  /**
   * Squeezes to k bases a weight. Changes asked for while one is being applied (a slider dragged fast,
   * or the session busy with a generation) are not lost: the last one asked for is applied next.
   */
  setK(k: number): Promise<void> {
    this.k = codecFor(k).k;
    if (this.host.session.mode === 'train') {
      // Training moves weights between the levels: the trainee is measured squeezed (see measure()).
      this.setCodec(this.k);
      return Promise.resolve();
    }
    if (this.applying) return this.applying;
    this.applying = (async () => {
      let applied = -1;
      for (let tries = 0; applied !== this.k && tries < 200; tries++) {
        const target = this.k;
        if (await this.apply(target)) applied = target;
        else await new Promise((r) => setTimeout(r, 25));
      }
    })().finally(() => {
      this.applying = null;
    });
    return this.applying;
  }

  /** Evolution mutates bases at k, the DNA strip writes k bases a weight. */
  private setCodec(k: number): void {
    const s = this.host.session;
    const m = s.evolutionConfig.mutation;
    const weightRate = m.kind === 'bases' ? m.rate * m.codec.k : m.rate;
    s.setEvolution({ mutation: baseMutation(weightRate, codecFor(k, sessionCodec(this.host).range)) });
  }

  private async apply(k: number): Promise<boolean> {
    const s = this.host.session;
    const codec = codecFor(k, sessionCodec(this.host).range);
    const alive = new Set<number>();
    const done = await s.rewriteGenomes((genome, id) => {
      alive.add(id);
      let original = this.originals.get(id);
      if (!original) {
        original = genome.slice();
        this.originals.set(id, original);
      }
      quantiseGenome(original, codec, genome);
    });
    if (!done) return false;
    this.setCodec(k);
    for (const id of [...this.originals.keys()]) if (!alive.has(id)) this.originals.delete(id);
    return true;
  }

  /**
   * The fitness that counts now: in evolve mode the creatures live squeezed, so the fitness on screen;
   * in train mode the trainee squeezed to k bases a weight.
   */
  squeezedFitness(fitness: number): number {
    const focus = this.host.focus();
    const s = this.host.session;
    if (s.mode !== 'train' || !focus) return fitness;
    const codec = codecFor(this.k, sessionCodec(this.host).range);
    return s.task.fitness(squeezed(focus.genome, codec), 0, s.evolutionConfig.evaluationSeed);
  }

  /** What a campaign level's stars see: the squeezed fitness and k. */
  measure(fitness: number): StarMeasure {
    return { fitness: this.squeezedFitness(fitness), basesPerWeight: this.k };
  }

  /** The focused creature's fitness squeezed to 1…4 bases (from its unsqueezed genome when known). */
  curve(): CompressionCurve | null {
    const focus = this.host.focus();
    if (!focus) return null;
    const c = this.curveCache;
    if (c && c.id === focus.id && c.genome === focus.genome) return c.curve;
    const s = this.host.session;
    const genome = this.originals.get(focus.id) ?? focus.genome;
    const curve = compressionCurve(s.task, genome, s.evolutionConfig.evaluationSeed, sessionCodec(this.host).range);
    this.curveCache = { id: focus.id, genome: focus.genome, curve };
    return curve;
  }
}
