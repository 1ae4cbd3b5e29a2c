/**
 * The worker's jobs, each a loop over its items (creatures, cells, steps) that stops every few
 * milliseconds to report progress and let a cancel in (`JobContext.breathe`). Called by the
 * dispatcher (handlers.ts) with the task the worker built; engine imports only.
 */
import { createTaskEvaluator, type PopulationEvaluator } from '../core/evolution/inheritance';
import { sliceCells } from '../core/landscapeGrid';
import type { Dataset } from '../core/loss';
import type { Task } from '../core/tasks/task';
import { Trainer } from '../core/training/trainer';
import type {
  EvaluateRequest,
  InheritanceSettings,
  LandscapeRequest,
  TrainRequest,
  WorkerError,
  WorkerReply,
} from './protocol';

/** The task a worker built, with what it caches between jobs. */
export interface TaskState {
  readonly task: Task;
  /** Population evaluators by inheritance settings and seed (a Lamarckian one owns a trainer). */
  readonly evaluators: Map<string, PopulationEvaluator>;
  /** The task's training sets by seed (forage's teacher demonstrations cost a few runs). */
  readonly datasets: Map<number, Dataset | null>;
  /** Variants of the task with the same network (landscape previews), by config JSON. */
  readonly variants: Map<string, Task>;
}

export function taskState(task: Task): TaskState {
  return { task, evaluators: new Map(), datasets: new Map(), variants: new Map() };
}

export interface JobContext {
  reply(message: WorkerReply): void;
  fail(id: number, code: WorkerError['code'], message: string): void;
  /** True once the current chunk has used its time. */
  due(): boolean;
  /** Report progress and pause; false (and `cancelled` already sent) when the job must stop. */
  breathe(id: number, done: number, total: number): Promise<boolean>;
}

const DARWINIAN: InheritanceSettings = { inheritance: 'darwinian', lifetime: null };

export async function evaluateJob(state: TaskState, request: EvaluateRequest, ctx: JobContext): Promise<void> {
  const { id, genomes, count, seed } = request;
  const task = state.task;
  const p = task.network.paramCount;
  if (!(count >= 0 && Number.isInteger(count)) || genomes.length < count * p) {
    return ctx.fail(id, 'bad-request', `${count} genomes of ${p} weights do not fit ${genomes.length} values`);
  }
  const settings = request.inheritance ?? DARWINIAN;
  const fitness = new Float64Array(count);
  if (settings.inheritance === 'darwinian' || settings.lifetime === null || settings.lifetime.steps <= 0) {
    for (let i = 0; i < count; i++) {
      fitness[i] = task.fitness(genomes, i * p, seed);
      if (i + 1 < count && ctx.due() && !(await ctx.breathe(id, i + 1, count))) return;
    }
    return ctx.reply({ type: 'fitness', id, fitness, genomes: null });
  }
  const key = `${seed}:${JSON.stringify(settings)}`;
  let evaluator = state.evaluators.get(key);
  if (evaluator === undefined) {
    const made = createTaskEvaluator(task, { ...settings, seed });
    if (!made.ok) return ctx.fail(id, 'bad-request', made.error.message);
    evaluator = made.value;
    state.evaluators.set(key, evaluator);
  }
  const slot = [0];
  for (let i = 0; i < count; i++) {
    slot[0] = i;
    evaluator(genomes, p, slot, fitness);
    if (i + 1 < count && ctx.due() && !(await ctx.breathe(id, i + 1, count))) return;
  }
  ctx.reply({ type: 'fitness', id, fitness, genomes: settings.inheritance === 'lamarckian' ? genomes : null });
}

export async function trainJob(state: TaskState, request: TrainRequest, ctx: JobContext): Promise<void> {
  const { id, genome, steps } = request;
  const task = state.task;
  if (task.lossKind === null) return ctx.fail(id, 'bad-request', `the ${task.kind} task has no loss to train on`);
  if (genome.length !== task.network.paramCount || !(Number.isInteger(steps) && steps >= 0)) {
    return ctx.fail(
      id,
      'bad-request',
      `train needs a genome of ${task.network.paramCount} weights and a whole number of steps`,
    );
  }
  let data = request.data;
  if (data === null) {
    if (!state.datasets.has(request.dataSeed)) state.datasets.set(request.dataSeed, task.trainingSet(request.dataSeed));
    data = state.datasets.get(request.dataSeed) ?? null;
    if (data === null) return ctx.fail(id, 'bad-request', `the ${task.kind} task has no training set`);
  }
  const trainer = new Trainer(task.network, task.lossKind, data, genome, request.trainer);
  const losses = new Float64Array(steps);
  const gradNorms = new Float64Array(steps);
  let done = 0;
  while (done < steps) {
    const report = trainer.step();
    if (report.status === 'diverged') break;
    losses[done] = report.loss;
    gradNorms[done] = report.gradNorm;
    done++;
    if (done < steps && ctx.due() && !(await ctx.breathe(id, done, steps))) return;
  }
  ctx.reply({
    type: 'trained',
    id,
    genome: trainer.genome,
    steps: done,
    losses: done === steps ? losses : losses.slice(0, done),
    gradNorms: done === steps ? gradNorms : gradNorms.slice(0, done),
    status: trainer.status,
    divergence: trainer.divergence,
  });
}

/**
 * Landscape cells in chunks sized to about one chunk's time: the first chunk is one cell, later
 * ones as many cells as the measured time per cell allows.
 */
export async function landscapeJob(
  task: Task,
  request: LandscapeRequest,
  ctx: JobContext,
  now: () => number,
  chunkMs: number,
): Promise<void> {
  const { id, slice, cellStart, cellEnd, withLoss, seed } = request;
  const cells = slice.n * slice.n;
  const p = task.network.paramCount;
  if (slice.origin.length !== p || slice.d1.length !== p || slice.d2.length !== p) {
    return ctx.fail(id, 'bad-request', `a slice of this network has directions of ${p} weights`);
  }
  if (!(
    Number.isInteger(cellStart) &&
    Number.isInteger(cellEnd) &&
    0 <= cellStart &&
    cellStart <= cellEnd &&
    cellEnd <= cells
  )) {
    return ctx.fail(id, 'bad-request', `cells ${cellStart}…${cellEnd} are outside the ${slice.n}×${slice.n} grid`);
  }
  const total = cellEnd - cellStart;
  const fitness = new Float64Array(total);
  const loss = withLoss && task.lossKind !== null ? new Float64Array(total) : null;
  let done = 0;
  let chunk = 1;
  while (done < total) {
    const end = Math.min(total, done + chunk);
    const started = now();
    sliceCells(
      task,
      slice,
      cellStart + done,
      cellStart + end,
      fitness.subarray(done, end),
      loss?.subarray(done, end) ?? null,
      { seed },
    );
    const perCell = (now() - started) / (end - done);
    done = end;
    chunk = Math.max(1, Math.floor(chunkMs / Math.max(perCell, 1e-3)));
    if (done < total && ctx.due() && !(await ctx.breathe(id, done, total))) return;
  }
  ctx.reply({ type: 'cells', id, fitness, loss });
}
