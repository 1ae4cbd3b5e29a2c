/**
 * The evolution loop. A generation is:
 *   1. breed — survivors (the `elitism` fittest, or the creatures the player chose) move on unchanged,
 *      keeping id and fitness; every other slot gets a child: one parent picked by the selection
 *      method, copied (or, with probability crossoverRate, crossed with a second parent), then mutated;
 *   2. evaluate — every creature without a fitness is evaluated by a PopulationEvaluator (the Task
 *      in this thread, or the worker pool: see `pendingSlots` / `finishEvaluation`), which also
 *      applies the inheritance setting (inheritance.ts);
 *   3. stats — best / mean / worst, diversity, and the tally of the new mutants (stats.ts).
 * Generation 0 is random (or the mutants of one creature, `fromCreature`) and is evaluated first.
 *
 * Deterministic: breeding draws from one Rng seeded by config.seed, diversity sampling from a
 * second, and evaluation is a function of (genome, evaluationSeed) — so the same config, task and
 * seeds give the same populations and figures, bit for bit, whoever evaluates.
 */
import { crossoverOnePoint, crossoverPerNeuron, crossoverUniform } from '../crossover';
import { mutateGaussian, mutateGenomeBases } from '../mutation';
import { initGenome, type Network, type Weights } from '../network';
import { err, type Result } from '../result';
import { Rng } from '../rng';
import { validateEvolutionConfig, type EvolutionConfig, type EvolutionConfigError } from './config';
import type { PopulationEvaluator } from './inheritance';
import { LineageStore } from './lineage';
import { NO_PARENT, Population } from './population';
import { ParentSelector } from './selection';
import { fitnessSummary, meanPairwiseDistance, tallyMutations, type GenerationStats } from './stats';

/** Settings fixed for a whole run (changing them would make a different run, not a steered one). */
const FIXED_FIELDS = ['populationSize', 'seed', 'evaluationSeed', 'initGain'] as const;

export class Evolution {
  private settings: EvolutionConfig;
  readonly net: Network;
  readonly lineage: LineageStore;
  /** Stats of every generation evaluated so far, generation 0 first. */
  readonly history: GenerationStats[] = [];
  private current: Population;
  private spare: Population;
  private readonly selector: ParentSelector;
  private readonly rng: Rng;
  private readonly statsRng: Rng;
  private baseScratch: Uint8Array;
  private chosenIds: readonly number[] = [];
  generation: number;

  /**
   * A random first generation (event 'random'). Use validateEvolutionConfig first. `lineage` is
   * shared when this run continues another mode's creatures; `startGeneration` numbers the first
   * generation (so a family line counts on across hand-offs).
   */
  constructor(net: Network, config: EvolutionConfig, lineage = new LineageStore(), startGeneration = 0) {
    this.settings = config;
    this.net = net;
    this.lineage = lineage;
    this.generation = startGeneration;
    const n = config.populationSize;
    this.current = new Population(n, net.paramCount);
    this.spare = new Population(n, net.paramCount);
    this.selector = new ParentSelector(n);
    this.rng = new Rng(config.seed);
    this.statsRng = new Rng(config.seed ^ 0x5eed5);
    const k = config.mutation.kind === 'bases' ? config.mutation.codec.k : 0;
    this.baseScratch = new Uint8Array(net.paramCount * k);
    for (let p = 0; p < n; p++) {
      initGenome(net, this.rng, this.current.genomes, p * net.paramCount, config.initGain);
      const id = lineage.add(NO_PARENT, NO_PARENT, 'random', startGeneration);
      this.current.setBirth(p, id, NO_PARENT, NO_PARENT, startGeneration, 'random');
    }
  }

  /**
   * A first generation made from one creature (the Evolve ⇄ Train hand-off): slot 0 is the creature
   * itself, unchanged (so the run never starts below it, and with elitism ≥ 1 never falls below it),
   * the other slots its mutants. `creatureId` must be in the lineage (e.g. the id the trainer's
   * hand-off recorded); if it is not, it is recorded as an 'import'.
   */
  static fromCreature(
    net: Network,
    config: EvolutionConfig,
    genome: Weights,
    creatureId: number,
    lineage: LineageStore,
  ): Evolution {
    let id = creatureId;
    if (!lineage.has(id)) id = lineage.add(NO_PARENT, NO_PARENT, 'import', 0);
    const generation = (lineage.get(id)?.generation ?? 0) + 1;
    const evo = new Evolution(net, config, lineage, generation);
    const pop = evo.current;
    for (let p = 0; p < pop.count; p++) {
      pop.setGenome(p, genome);
      if (p === 0) {
        const r = lineage.get(id);
        pop.setBirth(0, id, r?.parentA ?? NO_PARENT, r?.parentB ?? NO_PARENT, r?.generation ?? 0, r?.event ?? 'import');
        continue;
      }
      evo.mutate(pop.genome(p));
      const child = lineage.add(id, NO_PARENT, 'mutation', generation);
      pop.setBirth(p, child, id, NO_PARENT, generation, 'mutation');
    }
    // The random creatures the constructor drew were replaced: their records go.
    lineage.prune(pop.ids);
    return evo;
  }

  /**
   * Train → Evolve: the trained genome becomes a new creature whose parent is the creature that was
   * trained (`parentId`, or none) and whose event is 'training'; the new run starts from it.
   */
  static fromTrained(
    net: Network,
    config: EvolutionConfig,
    trained: Weights,
    parentId: number,
    lineage: LineageStore,
  ): Evolution {
    const generation = lineage.get(parentId)?.generation ?? 0;
    const parent = lineage.has(parentId) ? parentId : NO_PARENT;
    const id = lineage.add(parent, NO_PARENT, 'training', generation);
    return Evolution.fromCreature(net, config, trained, id, lineage);
  }

  get config(): EvolutionConfig {
    return this.settings;
  }

  /**
   * Steers the run between generations: selection, elitism, mutation, crossover, inheritance and
   * lifetime, the neutral threshold, diversity pairs. Population size and the seeds are fixed for a
   * run (an error names the field). After changing inheritance or lifetime, build a new evaluator.
   */
  configure(patch: Partial<EvolutionConfig>): Result<EvolutionConfig, EvolutionConfigError> {
    for (const field of FIXED_FIELDS) {
      if (patch[field] !== undefined && patch[field] !== this.settings[field]) {
        return err({ code: 'bad-field', field, message: `${field}: fixed for a run (start a new one)` });
      }
    }
    const next = validateEvolutionConfig({ ...this.settings, ...patch });
    if (!next.ok) return next;
    this.settings = next.value;
    const k = next.value.mutation.kind === 'bases' ? next.value.mutation.codec.k : 0;
    if (this.baseScratch.length !== this.net.paramCount * k) this.baseScratch = new Uint8Array(this.net.paramCount * k);
    return next;
  }

  /** The living population (read it; write genomes only through the hand-off helpers). */
  get population(): Population {
    return this.current;
  }

  /** The player's picks for the next breed (ids); used by selection kind 'player'. */
  choose(ids: readonly number[]): void {
    this.chosenIds = [...ids];
  }

  /** Slots whose fitness is not known yet (what an evaluator must fill). */
  pendingSlots(): number[] {
    return this.current.pending();
  }

  /** Evaluates every pending creature in this thread, then records the generation's stats. */
  evaluate(evaluator: PopulationEvaluator): GenerationStats {
    const slots = this.pendingSlots();
    evaluator(this.current.genomes, this.net.paramCount, slots, this.current.fitness);
    return this.finishEvaluation(slots);
  }

  /**
   * After an outside evaluator (the worker pool) has written population.fitness[p] (and, Lamarckian,
   * the genomes) for these slots: marks them evaluated and records the generation's stats.
   */
  finishEvaluation(slots: readonly number[]): GenerationStats {
    const pop = this.current;
    for (const p of slots) {
      pop.evaluated[p] = 1;
      this.lineage.noteFitness(pop.ids[p] as number, pop.fitness[p] as number);
    }
    const tally = { neutral: 0, harmful: 0, helpful: 0 };
    tallyMutations(pop, slots, this.config.neutralThreshold, tally);
    const summary = fitnessSummary(pop);
    const stats: GenerationStats = {
      generation: this.generation,
      ...summary,
      diversity: meanPairwiseDistance(pop, this.config.diversityPairs, this.statsRng),
      ...tally,
      evaluated: slots.length,
    };
    if (this.history.length > 0 && this.history[this.history.length - 1]?.generation === this.generation) {
      this.history[this.history.length - 1] = stats;
    } else this.history.push(stats);
    return stats;
  }

  /** Makes the next generation (step 1 of the header); its new creatures are pending evaluation. */
  breed(): void {
    const cfg = this.settings;
    const cur = this.current;
    const next = this.spare;
    if (cur.pending().length > 0) throw new Error('breed() before the generation was evaluated');
    this.generation++;
    const chosen: number[] = [];
    if (cfg.selection.kind === 'player') {
      for (const id of this.chosenIds) {
        const p = cur.indexOf(id);
        if (p >= 0 && !chosen.includes(p) && chosen.length < cur.count - 1) chosen.push(p);
      }
    }
    this.selector.prepare(cur.fitness, cfg.selection, chosen);
    const survivors = cfg.selection.kind === 'player' && chosen.length > 0 ? chosen : this.eliteSlots();
    let s = 0;
    for (const p of survivors) next.copyCreature(cur, p, s++);
    const crossing = cfg.crossover !== 'none';
    for (; s < next.count; s++) {
      const a = this.selector.pick(this.rng);
      const child = next.genome(s);
      let b = NO_PARENT;
      if (crossing && this.rng.uniform() < cfg.crossoverRate) {
        b = this.selector.pick(this.rng);
        this.cross(cur.genome(a), cur.genome(b), child);
      } else child.set(cur.genome(a));
      this.mutate(child);
      const idA = cur.ids[a] as number;
      const idB = b === NO_PARENT ? NO_PARENT : (cur.ids[b] as number);
      const event = b === NO_PARENT ? 'mutation' : 'crossover';
      const id = this.lineage.add(idA, idB, event, this.generation);
      next.setBirth(s, id, idA, idB, this.generation, event);
      next.parentFitness[s] = cur.fitness[a] as number;
    }
    this.current = next;
    this.spare = cur;
    this.lineage.prune(next.ids);
  }

  /** breed() then evaluate(): one whole generation. Evaluates generation 0 first if needed. */
  step(evaluator: PopulationEvaluator): GenerationStats {
    if (this.pendingSlots().length > 0) this.evaluate(evaluator);
    this.breed();
    return this.evaluate(evaluator);
  }

  /** n generations; returns the last one's stats. */
  run(evaluator: PopulationEvaluator, n: number): GenerationStats | undefined {
    let last: GenerationStats | undefined;
    for (let g = 0; g < n; g++) last = this.step(evaluator);
    return last;
  }

  /** The fittest living creature: id, fitness and a copy of its genome. */
  best(): { id: number; fitness: number; genome: Float32Array } {
    const p = this.current.bestIndex();
    return {
      id: this.current.ids[p] as number,
      fitness: this.current.fitness[p] as number,
      genome: this.current.genome(p).slice(),
    };
  }

  /**
   * Replaces a living creature's genome with a changed one (the player's gene edit, or training in
   * place): it becomes a new creature with that creature as its parent, born by `event`, pending evaluation.
   */
  replaceCreature(id: number, genome: Weights, event: 'edit' | 'training'): number {
    const p = this.current.indexOf(id);
    if (p < 0) return NO_PARENT;
    const parentFitness = this.current.fitness[p] as number;
    const newId = this.lineage.add(id, NO_PARENT, event, this.generation);
    this.current.setGenome(p, genome);
    this.current.setBirth(p, newId, id, NO_PARENT, this.generation, event);
    this.current.parentFitness[p] = parentFitness;
    return newId;
  }

  private eliteSlots(): number[] {
    const r = this.selector.ranking;
    const out: number[] = [];
    for (let k = 0; k < this.config.elitism; k++) out.push(r[k] as number);
    return out;
  }

  private cross(a: Float32Array, b: Float32Array, out: Float32Array): void {
    switch (this.config.crossover) {
      case 'uniform':
        crossoverUniform(a, b, this.rng, out);
        break;
      case 'onePoint':
        crossoverOnePoint(a, b, this.rng, out);
        break;
      case 'perNeuron':
        crossoverPerNeuron(this.net, a, b, this.rng, out);
        break;
      default:
        out.set(a);
    }
  }

  private mutate(genome: Float32Array): void {
    const m = this.config.mutation;
    if (m.kind === 'gaussian') mutateGaussian(genome, 0, genome.length, m.rate, m.size, this.rng);
    else mutateGenomeBases(genome, m.codec, m.rate, this.rng, this.baseScratch);
  }
}
