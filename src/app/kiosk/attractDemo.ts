/**
 * The attract loop's self-playing demo, as plain logic over the engine (no DOM, no Phaser): a small
 * population evolving by natural selection towards a goal picture, and one creature trained
 * towards the same goal by gradient descent — the game's lesson in one glance. The Attract scene
 * calls `evolve()` and `train()` on its clock and draws the skins.
 *
 * Everything runs on the main thread: one generation is 12 creatures × 144 pixels through a
 * 3-8-8-3 network (well under a millisecond), a training step 144 examples. When a run has shown
 * its story (enough generations, or a trained creature close to the goal) it starts over from new
 * random creatures, so a visitor walking up always sees progress happen.
 */
import { validateEvolutionConfig, type EvolutionConfig } from '../../core/evolution/config';
import { Evolution } from '../../core/evolution/evolution';
import type { PopulationEvaluator } from '../../core/evolution/inheritance';
import { createGenome, type NetworkSpec } from '../../core/network';
import { createPatternTask, type PatternImage, type PatternTask } from '../../core/tasks/pattern';
import type { PatternConfig } from '../../core/tasks/patternConfig';
import { Rng } from '../../core/rng';
import { Trainer, type TrainerConfig } from '../../core/training/trainer';

export const ATTRACT_POPULATION = 12;
/** Generations a run shows before it starts again from random creatures. */
export const ATTRACT_GENERATIONS = 40;
/** Training steps a run shows at most; it also ends once the loss is below TRAINED_LOSS. */
export const ATTRACT_STEPS = 900;
export const TRAINED_LOSS = 0.012;

const TASK: PatternConfig = {
  kind: 'pattern',
  target: { type: 'shape', name: 'ring' },
  resolution: 12,
  colour: 'rgb',
  inputs: 'xyr',
};
const SPEC: NetworkSpec = { layers: [3, 8, 8, 3], activations: ['sin', 'sin', 'sigmoid'] };
const TRAINING: TrainerConfig = {
  optimizer: { kind: 'momentum', learningRate: 0.08, momentum: 0.9 },
  batchSize: 0,
  seed: 3,
  clipNorm: 4,
};

export class AttractDemo {
  readonly task: PatternTask;
  private evo: Evolution;
  private readonly evaluator: PopulationEvaluator;
  private trainer: Trainer;
  private run = 0;
  /** Loss after each training step of the current run (for the falling curve). */
  readonly losses: number[] = [];

  constructor(private readonly seed = 1) {
    const task = createPatternTask(TASK, SPEC);
    if (!task.ok) throw new Error(task.error.message);
    this.task = task.value;
    const t = this.task;
    this.evaluator = (genomes, paramCount, slots, fitness) => {
      for (const p of slots) fitness[p] = t.fitness(genomes, p * paramCount, 1);
    };
    this.evo = this.newEvolution();
    this.trainer = this.newTrainer();
  }

  private evolutionConfig(): EvolutionConfig {
    const cfg = validateEvolutionConfig({
      populationSize: ATTRACT_POPULATION,
      selection: { kind: 'truncation', fraction: 0.25 },
      elitism: 3,
      mutation: { kind: 'gaussian', rate: 0.5, size: 0.4 },
      seed: this.seed * 7919 + this.run,
      evaluationSeed: 1,
      initGain: 1.5,
      diversityPairs: 8,
    });
    if (!cfg.ok) throw new Error(cfg.error.message);
    return cfg.value;
  }

  private newEvolution(): Evolution {
    const evo = new Evolution(this.task.network, this.evolutionConfig(), undefined, 0);
    evo.evaluate(this.evaluator);
    return evo;
  }

  private newTrainer(): Trainer {
    const genome = createGenome(this.task.network, new Rng(this.seed * 104729 + this.run), 1.5);
    this.losses.length = 0;
    const data = this.task.trainingSet(1);
    return new Trainer(this.task.network, 'mse', data, genome, { ...TRAINING, seed: TRAINING.seed + this.run });
  }

  get generation(): number {
    return this.evo.generation;
  }

  get steps(): number {
    return this.trainer.steps;
  }

  /** Best fitness of the current generation (0…1; 1 = the goal exactly). */
  get bestFitness(): number {
    return this.evo.history[this.evo.history.length - 1]?.best ?? 0;
  }

  /** One generation of natural selection; starts a fresh run after ATTRACT_GENERATIONS. Returns true on a fresh run. */
  evolve(): boolean {
    if (this.evo.generation >= ATTRACT_GENERATIONS) {
      this.run++;
      this.evo = this.newEvolution();
      return true;
    }
    this.evo.step(this.evaluator);
    return false;
  }

  /** `n` training steps; a run that is done (or has diverged) starts again. Returns true on a fresh run. */
  train(n: number): boolean {
    const last = this.losses[this.losses.length - 1] ?? Infinity;
    if (this.trainer.status !== 'ready' || this.trainer.steps >= ATTRACT_STEPS || last < TRAINED_LOSS) {
      this.run++;
      this.trainer = this.newTrainer();
      return true;
    }
    for (let i = 0; i < n; i++) {
      const report = this.trainer.step();
      if (report.status !== 'ready') break;
      this.losses.push(report.loss);
    }
    return false;
  }

  /** The creatures' ids and fitness in population order, and which are parents of the next generation. */
  creatures(): { id: number; fitness: number; survivor: boolean }[] {
    const pop = this.evo.population;
    const order = Array.from({ length: pop.count }, (_, p) => p).sort(
      (a, b) => (pop.fitness[b] as number) - (pop.fitness[a] as number),
    );
    const survivors = new Set(order.slice(0, 3));
    return Array.from({ length: pop.count }, (_, p) => ({
      id: pop.ids[p] as number,
      fitness: pop.fitness[p] as number,
      survivor: survivors.has(p),
    }));
  }

  /** The skin of the creature in population slot `p`, `resolution` pixels a side. */
  skin(p: number, resolution: number): PatternImage {
    return this.task.skin(this.evo.population.genome(p), resolution);
  }

  traineeSkin(resolution: number): PatternImage {
    return this.task.skin(this.trainer.genome, resolution);
  }

  goal(resolution: number): PatternImage {
    return this.task.targetImage(resolution);
  }
}
