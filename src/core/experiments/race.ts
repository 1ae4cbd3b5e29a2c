/**
 * A race: two or three creatures' lines improved with the same budget, side by side, each round
 * recording the best fitness — "New world" (fine-tuned vs from scratch) and "Born to learn" (Darwin,
 * Lamarck, Baldwin). A round is one generation (evolution) or `stepsPerRound` training steps.
 *
 * The race is advanced one runner-round at a time (`advance()`), the runner that is behind first, so
 * a caller can spread it over frames and keep each piece of work short. Deterministic: the same
 * settings give the same curves, in whatever slices it is advanced.
 */
import type { EvolutionConfig } from '../evolution/config';
import { Evolution } from '../evolution/evolution';
import { createTaskEvaluator, type Inheritance, type PopulationEvaluator } from '../evolution/inheritance';
import { LineageStore } from '../evolution/lineage';
import { err, ok, type Result } from '../result';
import type { Task } from '../tasks/task';
import type { LifetimeConfig } from '../training/lifetime';
import { Trainer, type TrainerConfig } from '../training/trainer';

/** One line of the race: improves by one round and reports its best fitness. */
export interface Runner {
  /** Fitness before any round. */
  start(): number;
  /** One round; returns the best fitness after it. */
  round(): number;
}

export interface RaceLine {
  readonly name: string;
  readonly runner: Runner;
  /** best[r] = best fitness after r rounds (best[0] is the start). */
  readonly best: number[];
}

export class Race {
  readonly lines: RaceLine[];

  constructor(
    lines: readonly { name: string; runner: Runner }[],
    /** Rounds each line gets. */
    readonly budget: number,
  ) {
    this.lines = lines.map((l) => ({ ...l, best: [] }));
  }

  get done(): boolean {
    return this.lines.every((l) => l.best.length > this.budget);
  }

  /** Rounds completed by the line that is furthest behind. */
  get rounds(): number {
    return Math.max(0, Math.min(...this.lines.map((l) => l.best.length - 1)));
  }

  /** One round of the line that is furthest behind; false when the race is over. */
  advance(): boolean {
    let behind: RaceLine | null = null;
    for (const l of this.lines)
      if (l.best.length <= this.budget && (!behind || l.best.length < behind.best.length)) behind = l;
    if (!behind) return false;
    behind.best.push(behind.best.length === 0 ? behind.runner.start() : behind.runner.round());
    return true;
  }

  /** Runs to the end (tests, node). */
  runToEnd(): void {
    while (this.advance());
  }

  /** The last best fitness of each line. */
  finals(): number[] {
    return this.lines.map((l) => l.best[l.best.length - 1] ?? NaN);
  }
}

/** A line improved by evolution: a round is one generation; fitness is what selection sees. */
export function evolutionRunner(evolution: Evolution, evaluator: PopulationEvaluator): Runner {
  return {
    start: () =>
      (evolution.pendingSlots().length > 0 ? evolution.evaluate(evaluator) : evolution.history.at(-1))?.best ?? NaN,
    round: () => evolution.step(evaluator).best,
  };
}

/** A line improved by training one creature: a round is `steps` steps; fitness is the task's. */
export function trainingRunner(trainer: Trainer, task: Task, seed: number, steps: number): Runner {
  return {
    start: () => task.fitness(trainer.genome, 0, seed),
    round: () => {
      if (trainer.status === 'diverged') trainer.resume();
      trainer.run(steps);
      return task.fitness(trainer.genome, 0, seed);
    },
  };
}

export interface RaceError {
  readonly code: 'no-loss' | 'bad-config';
  readonly message: string;
}

/**
 * "New world": a creature carried over from the old world (its mutants, or it trained on) against a
 * random start, both in the new world's task, with the same budget. `mode` picks evolution or training.
 */
export function fineTuneRace(
  task: Task,
  ancestor: Float32Array,
  settings: {
    readonly mode: 'evolve' | 'train';
    readonly evolution: EvolutionConfig;
    readonly training: TrainerConfig;
    readonly budget: number;
    /** Training steps a round (train mode). */
    readonly stepsPerRound?: number;
    /** The random start for the scratch line (train mode); evolution draws its own from the config's seed. */
    readonly scratch?: Float32Array;
  },
): Result<Race, RaceError> {
  const seed = settings.evolution.evaluationSeed;
  const names = ['fineTuned', 'scratch'];
  if (settings.mode === 'evolve') {
    const evaluator = createTaskEvaluator(task, { seed, inheritance: 'darwinian', lifetime: null });
    if (!evaluator.ok) return err({ code: 'bad-config', message: evaluator.error.message });
    const tuned = Evolution.fromCreature(task.network, settings.evolution, ancestor, -1, new LineageStore());
    const scratch = new Evolution(task.network, settings.evolution);
    return ok(
      new Race(
        [
          { name: names[0] as string, runner: evolutionRunner(tuned, evaluator.value) },
          { name: names[1] as string, runner: evolutionRunner(scratch, evaluator.value) },
        ],
        settings.budget,
      ),
    );
  }
  const data = task.trainingSet(seed);
  if (!task.lossKind || !data) return err({ code: 'no-loss', message: `the ${task.kind} task cannot be trained` });
  if (!settings.scratch) return err({ code: 'bad-config', message: 'a training race needs a scratch genome' });
  const steps = settings.stepsPerRound ?? 10;
  const tuned = new Trainer(task.network, task.lossKind, data, ancestor, settings.training);
  const scratch = new Trainer(task.network, task.lossKind, data, settings.scratch, settings.training);
  return ok(
    new Race(
      [
        { name: names[0] as string, runner: trainingRunner(tuned, task, seed, steps) },
        { name: names[1] as string, runner: trainingRunner(scratch, task, seed, steps) },
      ],
      settings.budget,
    ),
  );
}

export const RACE_INHERITANCES: readonly Inheritance[] = ['darwinian', 'lamarckian', 'baldwinian'];

/**
 * "Born to learn": three populations from the same random start and seeds, one per inheritance mode,
 * each creature learning `lifetime.steps` steps in its life (Darwinian: no learning counts, so none is run).
 */
export function inheritanceRace(
  task: Task,
  config: EvolutionConfig,
  lifetime: LifetimeConfig,
  budget: number,
): Result<Race, RaceError> {
  const lines: { name: string; runner: Runner }[] = [];
  for (const inheritance of RACE_INHERITANCES) {
    const ev = createTaskEvaluator(task, { seed: config.evaluationSeed, inheritance, lifetime });
    if (!ev.ok) return err({ code: 'no-loss', message: ev.error.message });
    const evolution = new Evolution(task.network, { ...config, inheritance, lifetime });
    lines.push({ name: inheritance, runner: evolutionRunner(evolution, ev.value) });
  }
  return ok(new Race(lines, budget));
}
