/**
 * "Don't forget" on a play session (train mode): which task's examples the trainee learns from (A, the
 * level's world, or B, its second world), rehearsal of A's examples while learning B, frozen layers,
 * and the trace of the trainee's fitness on both tasks after every chunk of steps.
 */
import {
  DEFAULT_REHEARSE_SHARE,
  forgettingExamples,
  ForgettingTrace,
  type WhichTask,
} from '../../../core/experiments/forgetting';
import type { Dataset } from '../../../core/loss';
import { createTask } from '../../../core/tasks/registry';
import type { Task } from '../../../core/tasks/task';
import type { StarMeasure } from '../../campaign/stars';
import type { ExperimentHost, ExperimentSetup } from './setup';

export class ForgetExperiment {
  readonly taskB: Task | null;
  learning: WhichTask = 'A';
  /** The player has switched to task B at least once (then the stars are measured in B). */
  triedB = false;
  rehearse = false;
  readonly rehearseShare: number;
  readonly frozen = new Set<number>();
  readonly trace = new ForgettingTrace();
  private readonly dataA: Dataset | null;
  private readonly dataB: Dataset | null;
  private traced: { genome: Float32Array | null; step: number } = { genome: null, step: -1 };

  constructor(
    private readonly host: ExperimentHost,
    setup: ExperimentSetup,
  ) {
    const s = host.session;
    const seed = s.evolutionConfig.evaluationSeed;
    const b = setup.secondTask ? createTask(setup.secondTask, s.level.spec) : null;
    this.taskB = b?.ok ? b.value : null;
    this.dataA = s.task.trainingSet(seed);
    this.dataB = this.taskB?.trainingSet(seed) ?? null;
    this.rehearseShare = setup.switches.rehearseShare ?? DEFAULT_REHEARSE_SHARE;
    for (const l of setup.switches.frozenLayers ?? s.trainerConfig.frozenLayers ?? []) this.frozen.add(l);
  }

  /** Weight layers of the brain (freeze toggles, one each). */
  get layerCount(): number {
    return this.host.session.net.depth;
  }

  get hasSecondTask(): boolean {
    return this.taskB !== null && this.dataB !== null;
  }

  async toggleFrozen(layer: number): Promise<void> {
    if (this.frozen.has(layer)) this.frozen.delete(layer);
    else this.frozen.add(layer);
    await this.host.session.configureTrainer({ frozenLayers: [...this.frozen].sort((a, b) => a - b) });
  }

  async learnFrom(which: WhichTask): Promise<void> {
    this.learning = which;
    if (which === 'B') this.triedB = true;
    await this.applySource();
  }

  async setRehearse(on: boolean): Promise<void> {
    this.rehearse = on;
    await this.applySource();
  }

  private async applySource(): Promise<void> {
    const s = this.host.session;
    const a = this.dataA;
    const b = this.dataB;
    if (this.learning === 'A' || !a || !b) {
      await s.setTrainingSource({ dataSeed: s.evolutionConfig.evaluationSeed });
      return;
    }
    const data = forgettingExamples(a, b, {
      learning: 'B',
      rehearse: this.rehearse,
      rehearseShare: this.rehearseShare,
      seed: s.evolutionConfig.seed,
    });
    if (data.ok) await s.setTrainingSource({ data: data.value });
  }

  /** Fitness of the focused creature on task A and task B (NaN without a second task). */
  fitness(): { a: number; b: number } {
    const focus = this.host.focus();
    if (!focus) return { a: NaN, b: NaN };
    const seed = this.host.session.evolutionConfig.evaluationSeed;
    return {
      a: this.host.session.task.fitness(focus.genome, 0, seed),
      b: this.taskB ? this.taskB.fitness(focus.genome, 0, seed) : NaN,
    };
  }

  /** What a two-world level's stars see: fitness in B, and in A (which must be kept). */
  measure(fitness: number): StarMeasure {
    if (!this.hasSecondTask) return { fitness };
    const f = this.fitness();
    return { fitness: f.b, inSecondTask: this.triedB, firstTaskFitness: f.a };
  }

  /** Records the trainee's fitnesses when it changed (call on every session event). */
  observe(): void {
    const s = this.host.session;
    const focus = this.host.focus();
    if (s.mode !== 'train' || !focus) return;
    if (this.traced.genome === focus.genome && this.traced.step === s.steps) return;
    this.traced = { genome: focus.genome, step: s.steps };
    const f = this.fitness();
    this.trace.record(s.steps, f.a, f.b);
  }
}
