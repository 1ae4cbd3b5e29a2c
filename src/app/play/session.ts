/**
 * One level being played: a lineage of creatures that the player evolves and trains, switching
 * between the two modes on the same creature. Pure logic over the engine (no DOM, no Phaser): the
 * screen and the arena read its state and call its actions; listeners hear every change.
 *
 * Evolution (picks, breeding, Turbo) lives in `EvolvingSession`; this adds training, gene editing,
 * imports and rewrites. Heavy work — evaluating a generation, training steps — goes through `Engine`
 * (the worker pool in the browser). One action runs at a time; an action asked for while another
 * runs is dropped.
 */
import { validateEvolutionConfig, type EvolutionConfig } from '../../core/evolution/config';
import { Evolution } from '../../core/evolution/evolution';
import { NO_PARENT } from '../../core/evolution/population';
import { createTask } from '../../core/tasks/registry';
import type { Task } from '../../core/tasks/task';
import type { TrainerConfig } from '../../core/training/trainer';
import { joinPopulation } from '../share/joinPopulation';
import type { Engine, EngineError, RemoteTrainer, TrainingSource } from './engine';
import { EvolvingSession } from './evolvingSession';
import type { PlayLevel } from './levels';

export type { Mode, SessionEvent } from './evolvingSession';

/** Most recent loss values kept for the chart. */
const LOSS_HISTORY = 2000;

export class PlaySession extends EvolvingSession {
  /** The creature in training (train mode). */
  trainee: { id: number; genome: Float32Array } | null = null;
  trainerConfig: TrainerConfig;
  steps = 0;
  readonly losses: number[] = [];
  /** Genomes along the training run (every few steps): the ball's trail on the landscape. */
  readonly trainPath: Float32Array[] = [];
  trainStatus: 'ready' | 'diverged' = 'ready';
  /** The trainee's fitness (train mode): measured after each Step, and at most every 300 ms while running. */
  traineeFitness = NaN;
  private lastMeasured = 0;
  running = false;
  private trainer: RemoteTrainer | null = null;
  private source: TrainingSource;

  private constructor(level: PlayLevel, task: Task, evoConfig: EvolutionConfig, engine: Engine) {
    super(level, task, evoConfig, engine);
    this.trainerConfig = level.training;
    this.source = { dataSeed: evoConfig.evaluationSeed };
  }

  /**
   * Builds a session and evaluates its first generation: random (from the level's evolution seed),
   * or, given an `ancestor` genome, that creature and its mutants.
   */
  static async create(level: PlayLevel, engine: Engine, ancestor?: Float32Array): Promise<PlaySession | EngineError> {
    const task = createTask(level.task, level.spec);
    if (!task.ok) return { code: task.error.code, message: task.error.message };
    const cfg = validateEvolutionConfig({ ...level.evolution, initGain: level.initGain });
    if (!cfg.ok) return { code: cfg.error.code, message: cfg.error.message };
    const ready = await engine.setTask(level.task, level.spec);
    if (!ready.ok) return ready.error;
    const session = new PlaySession(level, task.value, cfg.value, engine);
    if (ancestor) {
      if (ancestor.length !== session.net.paramCount) {
        return {
          code: 'ancestor-shape',
          message: `ancestor has ${ancestor.length} weights, the level's brain ${session.net.paramCount}`,
        };
      }
      // An id the lineage does not know: the ancestor is recorded as imported.
      session.evo = Evolution.fromCreature(session.net, cfg.value, ancestor, NO_PARENT, session.lineage);
    }
    await session.evaluatePending();
    return session;
  }

  /** The fitness the player is raising now: the generation's best (evolve) or the trainee's (train). */
  get fitness(): number {
    return this.mode === 'train' ? this.traineeFitness : this.bestFitness;
  }

  /** The creature a mode switch carries: the one picked (if exactly one), else the fittest. */
  private carriedCreature(): { id: number; genome: Float32Array; fitness: number } {
    const pop = this.evo.population;
    if (this.chosen.size === 1 && this.level.task.kind !== 'pattern') {
      const id = [...this.chosen][0] as number;
      const p = pop.indexOf(id);
      if (p >= 0) return { id, genome: pop.genome(p).slice(), fitness: pop.fitness[p] as number };
    }
    const best = this.evo.best();
    return { id: best.id, genome: best.genome, fitness: pop.fitness[pop.indexOf(best.id)] ?? NaN };
  }

  /** Measures the trainee's fitness in the engine (the same fitness evolution climbs). */
  private async measureTrainee(genome: Float32Array): Promise<void> {
    const out = new Float64Array(1);
    const done = await this.engine.evaluateSlots(genome, [0], out, this.evoConfig.evaluationSeed);
    if (done.ok) this.traineeFitness = out[0] as number;
    this.lastMeasured = Date.now();
  }

  /** Evolve → Train: the chosen (or best) creature becomes the trainee. */
  async switchToTrain(): Promise<void> {
    if (this.busy || this.mode === 'train') return;
    this.turbo = false;
    this.busy = true;
    try {
      const creature = this.carriedCreature();
      this.trainer?.close();
      const opened = await this.engine.openTrainer(creature.genome, this.trainerConfig, this.source);
      if (!opened.ok) {
        this.lastError = opened.error;
        this.emit('error');
        return;
      }
      this.trainer = opened.value;
      this.trainee = { id: creature.id, genome: creature.genome };
      this.traineeFitness = creature.fitness;
      this.steps = 0;
      this.losses.length = 0;
      this.trainPath.length = 0;
      this.trainPath.push(creature.genome.slice());
      this.trainStatus = 'ready';
      this.chosen.clear();
      this.mode = 'train';
      this.emit('mode');
    } finally {
      this.busy = false;
    }
  }

  /** Train → Evolve: the trained creature (recorded in the lineage) seeds a population of its mutants. */
  async switchToEvolve(): Promise<void> {
    if (this.busy || this.mode === 'evolve' || !this.trainee) return;
    this.running = false;
    this.busy = true;
    try {
      this.trainer?.close();
      this.trainer = null;
      this.evo =
        this.steps > 0
          ? Evolution.fromTrained(this.net, this.evoConfig, this.trainee.genome, this.trainee.id, this.lineage)
          : Evolution.fromCreature(this.net, this.evoConfig, this.trainee.genome, this.trainee.id, this.lineage);
      this.mode = 'evolve';
      await this.evaluatePending();
      this.emit('mode');
    } finally {
      this.busy = false;
    }
  }

  /**
   * `n` training steps (one chunk of a Run, or the Step button). Asked while steps are still being
   * taken or an explosion handled, they follow them: a Step tapped then is not lost.
   */
  async trainSteps(n: number): Promise<void> {
    while (this.busy) await new Promise((r) => setTimeout(r, 5));
    if (this.mode !== 'train' || !this.trainer || !this.trainee) return;
    this.busy = true;
    try {
      const r = await this.trainer.run(n);
      if (!r.ok) {
        this.lastError = r.error;
        this.running = false;
        // Its worker is gone: a new trainer starts from what the creature had learned (the steps so far count).
        this.trainer.close();
        const reopened = await this.engine.openTrainer(this.trainee.genome, this.trainerConfig, this.source);
        this.trainer = reopened.ok ? reopened.value : null;
        this.emit('error');
        return;
      }
      const run = r.value;
      this.trainee.genome = run.genome;
      for (let k = 0; k < run.steps; k++) this.losses.push(run.losses[k] as number);
      if (this.losses.length > LOSS_HISTORY) this.losses.splice(0, this.losses.length - LOSS_HISTORY);
      this.steps += run.steps;
      this.trainPath.push(run.genome.slice());
      if (this.trainPath.length > 400) this.trainPath.splice(1, 1);
      if (run.status === 'diverged') {
        this.trainStatus = 'diverged';
        this.running = false;
        // Show the spike: the loss that blew up is the last one reported.
        this.losses.push(Number.POSITIVE_INFINITY);
        await this.trainer.resume();
        this.emit('exploded');
      } else this.trainStatus = 'ready';
      if (!this.running || Date.now() - this.lastMeasured > 300) await this.measureTrainee(this.trainee.genome);
      this.emit('steps');
    } finally {
      this.busy = false;
    }
  }

  /** Runs training in chunks until pause(). */
  async run(chunk = 5): Promise<void> {
    if (this.running || this.mode !== 'train') return;
    this.running = true;
    this.emit('changed');
    while (this.running && this.mode === 'train') {
      await this.trainSteps(chunk);
      await new Promise((r) => setTimeout(r, 0));
    }
    this.emit('changed');
  }

  pause(): void {
    this.running = false;
    this.emit('changed');
  }

  async configureTrainer(patch: Partial<TrainerConfig>): Promise<void> {
    this.trainerConfig = { ...this.trainerConfig, ...patch };
    if (this.trainer) await this.trainer.configure(patch);
    this.emit('changed');
  }

  async setTrainingSource(source: TrainingSource): Promise<void> {
    this.source = source;
    if (this.trainer) await this.trainer.setSource(source);
    this.emit('changed');
  }

  /**
   * Gene editing: sets one weight of the trainee (train mode) or of a living creature (evolve mode).
   * The first edit makes a new creature born by an edit; `continuing` edits (the same drag) change
   * that creature in place, so one drag is one step in the family line.
   */
  async editWeight(creatureId: number, index: number, value: number, continuing = false): Promise<boolean> {
    if (this.busy || !Number.isFinite(value) || index < 0 || index >= this.net.paramCount) return false;
    this.busy = true;
    try {
      if (this.mode === 'train' && this.trainee && this.trainer) {
        const genome = this.trainee.genome.slice();
        genome[index] = value;
        const inPlace = continuing && this.lineage.get(this.trainee.id)?.event === 'edit';
        const id = inPlace
          ? this.trainee.id
          : this.lineage.add(this.trainee.id, NO_PARENT, 'edit', this.evo.generation);
        this.trainee = { id, genome };
        await this.trainer.reset(genome);
        await this.measureTrainee(genome);
        this.emit('edited');
        return true;
      }
      const pop = this.evo.population;
      const p = pop.indexOf(creatureId);
      if (p < 0) return false;
      if (continuing && this.lineage.get(creatureId)?.event === 'edit') {
        pop.genome(p)[index] = value;
        pop.evaluated[p] = 0;
      } else {
        const genome = pop.genome(p).slice();
        genome[index] = value;
        this.evo.replaceCreature(creatureId, genome, 'edit');
      }
      await this.evaluatePending();
      this.emit('edited');
      return true;
    } finally {
      this.busy = false;
    }
  }

  /**
   * A creature from outside (share code, file, shelf, common ancestor), born by 'import': it `join`s in place of
   * the least fit, or starts a `new` population of its mutants. Its id, or null when another action runs.
   */
  async importCreature(genome: Float32Array, how: 'join' | 'new'): Promise<number | null> {
    if (genome.length !== this.net.paramCount) return null;
    if (this.mode === 'train') await this.switchToEvolve();
    if (this.busy || this.mode !== 'evolve') return null;
    this.turbo = false;
    this.busy = true;
    try {
      if (how === 'new') this.evo = Evolution.fromCreature(this.net, this.evoConfig, genome, NO_PARENT, this.lineage);
      const id = how === 'new' ? (this.evo.population.ids[0] as number) : joinPopulation(this.evo, genome);
      this.chosen.clear();
      await this.evaluatePending();
      this.emit('generation');
      return id;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Rewrites every living creature's genome (evolve) or the trainee's (train) with `change` — e.g.
   * squeezing the DNA to fewer bases a weight — and evaluates them again. The creatures keep their ids.
   */
  async rewriteGenomes(change: (genome: Float32Array, id: number) => void): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      if (this.mode === 'train' && this.trainee && this.trainer) {
        const genome = this.trainee.genome.slice();
        change(genome, this.trainee.id);
        this.trainee = { id: this.trainee.id, genome };
        await this.trainer.reset(genome);
      } else {
        const pop = this.evo.population;
        for (let p = 0; p < pop.count; p++) {
          change(pop.genome(p), pop.ids[p] as number);
          pop.evaluated[p] = 0;
        }
        this.bestPath.pop();
        await this.evaluatePending();
      }
      this.emit('edited');
      return true;
    } finally {
      this.busy = false;
    }
  }

  close(): void {
    this.turbo = false;
    this.running = false;
    this.trainer?.close();
    this.trainer = null;
    this.clearListeners();
  }
}
