/**
 * Who descends from whom. Every genome that ever lived gets an id and a record: its parents and the
 * event that made it (random, mutation, crossover, training, edit, import). The store outlives a
 * population — evolve → train → evolve hands the same store on, so the family line runs through
 * every mode the creature went through.
 *
 * Pruning keeps the store small over thousands of generations: a record is kept while some living
 * creature descends from it (its ancestors stay reachable for the family line); everything else —
 * side branches that died out — is dropped.
 */
import { NO_PARENT, type BirthEvent } from './population';

export interface LineageRecord {
  readonly id: number;
  readonly parentA: number;
  readonly parentB: number;
  readonly event: BirthEvent;
  readonly generation: number;
  /** Fitness when first measured (NaN until then). */
  fitness: number;
}

export class LineageStore {
  private readonly records = new Map<number, LineageRecord>();
  private nextIdValue: number;

  constructor(firstId = 1) {
    this.nextIdValue = firstId;
  }

  /** Records a new genome and returns its id. */
  add(parentA: number, parentB: number, event: BirthEvent, generation: number): number {
    const id = this.nextIdValue++;
    this.records.set(id, { id, parentA, parentB, event, generation, fitness: NaN });
    return id;
  }

  get(id: number): LineageRecord | undefined {
    return this.records.get(id);
  }

  has(id: number): boolean {
    return this.records.has(id);
  }

  get size(): number {
    return this.records.size;
  }

  /** The next id that will be handed out (ids are never reused). */
  get nextId(): number {
    return this.nextIdValue;
  }

  /** Notes a genome's fitness the first time it is measured. */
  noteFitness(id: number, fitness: number): void {
    const r = this.records.get(id);
    if (r && Number.isNaN(r.fitness)) r.fitness = fitness;
  }

  /**
   * The family line of a creature: its record, then its first parent's, and so on back to the
   * first ancestor still known (second parents of crossovers are in each record's parentB).
   */
  lineOf(id: number, maxLength = Infinity): LineageRecord[] {
    const line: LineageRecord[] = [];
    let r = this.records.get(id);
    while (r && line.length < maxLength) {
      line.push(r);
      r = r.parentA === NO_PARENT ? undefined : this.records.get(r.parentA);
    }
    return line;
  }

  /** Is `ancestor` on any parent path of `id` (or id itself)? */
  descendsFrom(id: number, ancestor: number): boolean {
    const seen = new Set<number>();
    const stack = [id];
    while (stack.length > 0) {
      const x = stack.pop() as number;
      if (x === ancestor) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      const r = this.records.get(x);
      if (!r) continue;
      if (r.parentA !== NO_PARENT) stack.push(r.parentA);
      if (r.parentB !== NO_PARENT) stack.push(r.parentB);
    }
    return false;
  }

  /** Drops every record no living id descends from (living ids and all their ancestors stay). Returns how many went. */
  prune(living: ArrayLike<number>): number {
    const keep = new Set<number>();
    const stack: number[] = [];
    for (let i = 0; i < living.length; i++) stack.push(living[i] as number);
    while (stack.length > 0) {
      const x = stack.pop() as number;
      if (keep.has(x)) continue;
      const r = this.records.get(x);
      if (!r) continue;
      keep.add(x);
      if (r.parentA !== NO_PARENT) stack.push(r.parentA);
      if (r.parentB !== NO_PARENT) stack.push(r.parentB);
    }
    let removed = 0;
    for (const id of [...this.records.keys()]) {
      if (!keep.has(id)) {
        this.records.delete(id);
        removed++;
      }
    }
    return removed;
  }

  /** Plain JSON for a save (records in id order). */
  toJSON(): { nextId: number; records: LineageRecord[] } {
    const records = [...this.records.values()].sort((a, b) => a.id - b.id).map((r) => ({ ...r }));
    return { nextId: this.nextIdValue, records };
  }
}
