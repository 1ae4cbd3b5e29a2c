/**
 * The engine on this thread: the same calls as the worker pool, for node tests of the play session
 * (and as the reference the pool must agree with).
 */
import type { LandscapeSlice } from '../../core/landscape';
import { sliceGrid, type SliceGrid } from '../../core/landscapeGrid';
import type { Dataset } from '../../core/loss';
import type { NetworkSpec } from '../../core/network';
import { err, ok, type Result } from '../../core/result';
import { createTask, type TaskConfig } from '../../core/tasks/registry';
import type { Task } from '../../core/tasks/task';
import { runAndReport, Trainer, type TrainerConfig } from '../../core/training/trainer';
import { createTaskEvaluator } from '../../core/evolution/inheritance';
import type { Engine, EngineError, InheritanceChoice, RemoteTrainer, TrainingSource } from './engine';

export class LocalEngine implements Engine {
  private task: Task | null = null;

  setTask(config: TaskConfig, spec: NetworkSpec): Promise<Result<number, EngineError>> {
    const t = createTask(config, spec);
    if (!t.ok) return Promise.resolve(err(t.error));
    this.task = t.value;
    return Promise.resolve(ok(t.value.network.paramCount));
  }

  evaluateSlots(
    genomes: Float32Array,
    slots: ArrayLike<number>,
    fitness: Float64Array,
    seed: number,
    inheritance?: InheritanceChoice,
  ): Promise<Result<null, EngineError>> {
    const task = this.task;
    if (!task) return Promise.resolve(err({ code: 'no-task', message: 'setTask first' }));
    const p = task.network.paramCount;
    if (inheritance) {
      const evaluator = createTaskEvaluator(task, { ...inheritance, seed });
      if (!evaluator.ok) return Promise.resolve(err(evaluator.error));
      evaluator.value(genomes, p, Array.from(slots), fitness);
      return Promise.resolve(ok(null));
    }
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k] as number;
      fitness[s] = task.fitness(genomes, s * p, seed);
    }
    return Promise.resolve(ok(null));
  }

  landscape(slice: LandscapeSlice, withLoss: boolean): Promise<Result<SliceGrid, EngineError>> {
    const task = this.task;
    if (!task) return Promise.resolve(err({ code: 'no-task', message: 'setTask first' }));
    return Promise.resolve(ok(sliceGrid(task, slice, withLoss)));
  }

  openTrainer(
    genome: Float32Array,
    config: TrainerConfig,
    source: TrainingSource,
  ): Promise<Result<RemoteTrainer, EngineError>> {
    const task = this.task;
    if (!task || !task.lossKind)
      return Promise.resolve(err({ code: 'no-task', message: 'this task cannot be trained' }));
    const data = dataOf(task, source);
    if (!data) return Promise.resolve(err({ code: 'no-data', message: 'no training examples' }));
    const trainer = new Trainer(task.network, task.lossKind, data, genome, config);
    const remote: RemoteTrainer = {
      run: (steps) => Promise.resolve(ok(runAndReport(trainer, steps))),
      configure: (patch) => {
        trainer.configure(patch);
        return Promise.resolve(ok(null));
      },
      setSource: (s) => {
        const d = dataOf(task, s);
        if (!d) return Promise.resolve(err({ code: 'no-data', message: 'no training examples' }));
        trainer.setDataset(d);
        return Promise.resolve(ok(null));
      },
      reset: (g) => {
        trainer.reset(g);
        return Promise.resolve(ok(null));
      },
      resume: () => {
        trainer.resume();
        return Promise.resolve(ok(null));
      },
      close: () => undefined,
    };
    return Promise.resolve(ok(remote));
  }
}

function dataOf(task: Task, source: TrainingSource): Dataset | null {
  return source.data ?? task.trainingSet(source.dataSeed ?? 0);
}
