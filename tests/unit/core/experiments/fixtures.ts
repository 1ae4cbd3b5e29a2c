/** A pattern creature the experiment tests share: the bark moth of the play screen, trained 600 steps. */
import { BUILTIN_LEVELS } from '../../../../src/app/play/levels';
import { createGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { createTask } from '../../../../src/core/tasks/registry';
import type { Task } from '../../../../src/core/tasks/task';
import { Trainer } from '../../../../src/core/training/trainer';

export function mothTask(): Task {
  const level = BUILTIN_LEVELS.find((l) => l.id === 'pattern');
  if (!level) throw new Error('no pattern level');
  const task = createTask(level.task, level.spec);
  if (!task.ok) throw new Error(task.error.message);
  return task.value;
}

/** A moth trained 600 steps from a seeded random genome (fitness ≈ 0.99). */
export function trainedMoth(task: Task): Float32Array {
  const level = BUILTIN_LEVELS.find((l) => l.id === 'pattern');
  if (!level || !task.lossKind) throw new Error('no pattern level');
  const data = task.trainingSet(1);
  if (!data) throw new Error('no data');
  const trainer = new Trainer(
    task.network,
    task.lossKind,
    data,
    createGenome(task.network, new Rng(5), 2),
    level.training,
  );
  trainer.run(600);
  return trainer.genome.slice();
}
