/**
 * A population stored contiguously: creature p's genome is genomes[p·paramCount … (p+1)·paramCount),
 * and its id, parents, birth generation, fitness and the event that made it sit at index p of flat
 * typed arrays. One buffer is what the population forward pass and the worker pool want (it can be
 * transferred whole).
 */
import type { Weights } from '../network';

/** What made a genome. */
export type BirthEvent = 'random' | 'mutation' | 'crossover' | 'training' | 'edit' | 'import';
/** Index = the event's code in `Population.events`. */
export const BIRTH_EVENTS: readonly BirthEvent[] = ['random', 'mutation', 'crossover', 'training', 'edit', 'import'];

export function eventCode(event: BirthEvent): number {
  return BIRTH_EVENTS.indexOf(event);
}

/** No parent. */
export const NO_PARENT = -1;

export class Population {
  readonly count: number;
  readonly paramCount: number;
  /** count × paramCount, genome p at p·paramCount. */
  readonly genomes: Float32Array;
  /** Unique creature ids (from the lineage store). */
  readonly ids: Int32Array;
  /** First and second parent ids (NO_PARENT when none; a mutant has only the first). */
  readonly parentA: Int32Array;
  readonly parentB: Int32Array;
  /** Generation the creature was born in. */
  readonly birth: Int32Array;
  /** Fitness (NaN until evaluated). */
  readonly fitness: Float64Array;
  /** Fitness of the first parent when this creature was born (NaN if none): for the mutation tally. */
  readonly parentFitness: Float64Array;
  /** BIRTH_EVENTS code per creature. */
  readonly events: Uint8Array;
  /** 1 once fitness[p] is known for the current genome. */
  readonly evaluated: Uint8Array;
  /** genomes viewed one creature at a time (views made once; no copy). */
  private readonly views: Float32Array[];

  constructor(count: number, paramCount: number) {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('a population has at least one creature');
    this.count = count;
    this.paramCount = paramCount;
    this.genomes = new Float32Array(count * paramCount);
    this.ids = new Int32Array(count);
    this.parentA = new Int32Array(count).fill(NO_PARENT);
    this.parentB = new Int32Array(count).fill(NO_PARENT);
    this.birth = new Int32Array(count);
    this.fitness = new Float64Array(count).fill(NaN);
    this.parentFitness = new Float64Array(count).fill(NaN);
    this.events = new Uint8Array(count);
    this.evaluated = new Uint8Array(count);
    this.views = [];
    for (let p = 0; p < count; p++) this.views.push(this.genomes.subarray(p * paramCount, (p + 1) * paramCount));
  }

  /** Creature p's genome (a view into `genomes`: writing it changes the population). */
  genome(p: number): Float32Array {
    return this.views[p] as Float32Array;
  }

  /** Slot of the creature with this id, or −1. */
  indexOf(id: number): number {
    return this.ids.indexOf(id);
  }

  event(p: number): BirthEvent {
    return BIRTH_EVENTS[this.events[p] as number] as BirthEvent;
  }

  /** Copies every field of creature `from` of `src` into slot `to` of this population. */
  copyCreature(src: Population, from: number, to: number): void {
    const P = this.paramCount;
    this.genomes.set(src.genome(from), to * P);
    this.ids[to] = src.ids[from] as number;
    this.parentA[to] = src.parentA[from] as number;
    this.parentB[to] = src.parentB[from] as number;
    this.birth[to] = src.birth[from] as number;
    this.fitness[to] = src.fitness[from] as number;
    this.parentFitness[to] = src.parentFitness[from] as number;
    this.events[to] = src.events[from] as number;
    this.evaluated[to] = src.evaluated[from] as number;
  }

  /** Writes a new creature's identity into slot p (its genome is written separately); fitness unknown. */
  setBirth(p: number, id: number, parentA: number, parentB: number, generation: number, event: BirthEvent): void {
    this.ids[p] = id;
    this.parentA[p] = parentA;
    this.parentB[p] = parentB;
    this.birth[p] = generation;
    this.events[p] = eventCode(event);
    this.fitness[p] = NaN;
    this.parentFitness[p] = NaN;
    this.evaluated[p] = 0;
  }

  /** Copies a genome (from src[off…]) into slot p. */
  setGenome(p: number, src: Weights, off = 0): void {
    const g = this.genome(p);
    for (let i = 0; i < this.paramCount; i++) g[i] = src[off + i] as number;
    this.evaluated[p] = 0;
  }

  /** Slot of the fittest creature (the lowest slot among ties); NaN fitness counts as worst. */
  bestIndex(): number {
    let best = 0;
    let bf = -Infinity;
    for (let p = 0; p < this.count; p++) {
      const f = this.fitness[p] as number;
      if (f > bf) {
        bf = f;
        best = p;
      }
    }
    return best;
  }

  /** All unevaluated slots, in order. */
  pending(): number[] {
    const out: number[] = [];
    for (let p = 0; p < this.count; p++) if (this.evaluated[p] === 0) out.push(p);
    return out;
  }
}
