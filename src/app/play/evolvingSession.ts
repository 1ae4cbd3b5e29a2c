/**
 * The evolution half of a play session: a population of creatures, the player's picks, breeding,
 * Turbo (natural selection as fast as the engine goes), and the listeners that hear every change.
 * `PlaySession` (session.ts) builds on it with training, gene editing and imports.
 *
 * Pure logic over the engine (no DOM, no Phaser). One action runs at a time (`busy`); an action
 * asked for while another runs is dropped.
 */
import { validateEvolutionConfig, type EvolutionConfig } from '../../core/evolution/config';
import { Evolution } from '../../core/evolution/evolution';
import { LineageStore, type LineageRecord } from '../../core/evolution/lineage';
import { NO_PARENT } from '../../core/evolution/population';
import type { GenerationStats } from '../../core/evolution/stats';
import { Network } from '../../core/network';
import type { Task } from '../../core/tasks/task';
import type { Engine, EngineError } from './engine';
import type { PlayLevel } from './levels';

export type Mode = 'evolve' | 'train';
export type SessionEvent = 'changed' | 'generation' | 'steps' | 'exploded' | 'error' | 'mode' | 'edited';

export class EvolvingSession {
  readonly level: PlayLevel;
  readonly net: Network;
  /** This thread's copy of the task: phenotypes and datasets for display. */
  readonly task: Task;
  readonly lineage = new LineageStore();
  mode: Mode = 'evolve';
  evo: Evolution;
  /** Ids the player picked this generation: parents (forage, sort) or eaten moths (pattern). */
  readonly chosen = new Set<number>();
  /** The genome of the best creature of every generation so far (the evolution path on the landscape). */
  readonly bestPath: Float32Array[] = [];
  busy = false;
  turbo = false;
  lastError: EngineError | null = null;
  protected evoConfig: EvolutionConfig;
  private readonly listeners = new Set<(e: SessionEvent) => void>();

  protected constructor(
    level: PlayLevel,
    task: Task,
    evoConfig: EvolutionConfig,
    protected readonly engine: Engine,
  ) {
    this.level = level;
    this.task = task;
    this.net = new Network(level.spec);
    this.evoConfig = evoConfig;
    this.evo = new Evolution(this.net, evoConfig, this.lineage);
  }

  on(fn: (e: SessionEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  protected emit(e: SessionEvent): void {
    for (const fn of this.listeners) fn(e);
  }

  /** Forgets every listener (the session is closing). */
  protected clearListeners(): void {
    this.listeners.clear();
  }

  get evolutionConfig(): EvolutionConfig {
    return this.evoConfig;
  }

  get history(): readonly GenerationStats[] {
    return this.evo.history;
  }

  get generation(): number {
    return this.evo.generation;
  }

  /** The best fitness of the current generation. */
  get bestFitness(): number {
    const last = this.evo.history[this.evo.history.length - 1];
    return last ? last.best : NaN;
  }

  /** The family line of a creature: itself, its parent, … back to the first generation. */
  familyLine(id: number, max = 12): LineageRecord[] {
    const line: LineageRecord[] = [];
    let cur = this.lineage.get(id);
    while (cur && line.length < max) {
      line.push(cur);
      cur = cur.parentA === NO_PARENT ? undefined : this.lineage.get(cur.parentA);
    }
    return line;
  }

  protected async evaluatePending(): Promise<boolean> {
    const slots = this.evo.pendingSlots();
    if (slots.length === 0) return true;
    const pop = this.evo.population;
    const { inheritance, lifetime, evaluationSeed } = this.evoConfig;
    const learns = inheritance !== 'darwinian' && lifetime !== null;
    const done = await this.engine.evaluateSlots(
      pop.genomes,
      slots,
      pop.fitness,
      evaluationSeed,
      learns ? { inheritance, lifetime } : undefined,
    );
    if (!done.ok) {
      this.lastError = done.error;
      this.emit('error');
      return false;
    }
    this.evo.finishEvaluation(slots);
    const best = this.evo.best();
    this.bestPath.push(best.genome);
    return true;
  }

  /** Picks or un-picks a creature (a parent, or a moth the bird eats). */
  toggleChosen(id: number): void {
    if (this.mode !== 'evolve' || this.evo.population.indexOf(id) < 0) return;
    if (this.chosen.has(id)) this.chosen.delete(id);
    else this.chosen.add(id);
    this.emit('changed');
  }

  /**
   * With natural selection a tap only looks: the one creature looked at (the microscope's, and the one
   * a switch to training carries). A second tap on it lets it go.
   */
  lookAt(id: number): void {
    if (this.mode !== 'evolve' || this.evo.population.indexOf(id) < 0) return;
    const again = this.chosen.has(id);
    this.chosen.clear();
    if (!again) this.chosen.add(id);
    this.emit('changed');
  }

  /** Changes mutation and crossover between generations. */
  setEvolution(patch: Partial<Pick<EvolutionConfig, 'mutation' | 'crossover' | 'inheritance' | 'lifetime'>>): void {
    const next = validateEvolutionConfig({ ...this.evoConfig, ...patch });
    if (!next.ok) return;
    this.evoConfig = next.value;
    this.evo.configure(patch);
    this.emit('changed');
  }

  /**
   * Breeds and evaluates the next generation. With `natural`, fitness chooses the parents;
   * otherwise the player's picks do (in the pattern world the picks are the moths eaten, and the
   * survivors breed).
   */
  async nextGeneration(natural = false): Promise<void> {
    if (this.busy || this.mode !== 'evolve') return;
    this.busy = true;
    try {
      const pop = this.evo.population;
      let parents: number[] = [];
      if (!natural && this.chosen.size > 0) {
        if (this.level.task.kind === 'pattern') {
          for (let p = 0; p < pop.count; p++) {
            const id = pop.ids[p] as number;
            if (!this.chosen.has(id)) parents.push(id);
          }
        } else parents = [...this.chosen];
      }
      this.evo.choose(parents);
      this.evo.breed();
      this.chosen.clear();
      if (await this.evaluatePending()) this.emit('generation');
    } finally {
      this.busy = false;
    }
  }

  /** Many generations, natural selection, as fast as the engine goes, until stopTurbo(). */
  async startTurbo(maxGenerations = 10_000): Promise<void> {
    if (this.turbo || this.mode !== 'evolve') return;
    this.turbo = true;
    this.emit('changed');
    for (let g = 0; g < maxGenerations && this.turbo; g++) {
      while (this.busy) await new Promise((r) => setTimeout(r, 5));
      await this.nextGeneration(true);
      if (this.lastError) break;
    }
    this.turbo = false;
    this.emit('changed');
  }

  stopTurbo(): void {
    this.turbo = false;
  }
}
