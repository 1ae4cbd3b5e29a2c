/**
 * What the trainer worker does with each message, free of any thread API: trainer-worker.ts hands
 * every incoming message to `TrainerHandlers.receive` and posts the reply it returns. Imports the
 * engine only, so tests drive it directly in Node.
 *
 * States: no trainer → (open) → a trainer on a task, kept between messages until the next open.
 * Every message gets exactly one reply; `receive` never throws (a malformed message, a value out
 * of range or an exception inside the engine comes back as an error reply). A genome with NaN
 * never leaves: the Trainer restores its last good genome on divergence, and a genome that comes
 * in must be finite and of the network's size.
 */
import type { Dataset } from '../core/loss';
import { isFiniteGenome, type NetworkSpec } from '../core/network';
import type { Result } from '../core/result';
import { createTask, type TaskConfig, type TaskConfigError } from '../core/tasks/registry';
import type { Task } from '../core/tasks/task';
import { OPTIMIZER_KINDS } from '../core/training/optimizers';
import { runAndReport, Trainer, type TrainerConfig } from '../core/training/trainer';
import type { TrainerErrorCode, TrainerReply, TrainerRequest, TrainerSource } from './trainer-protocol';

/** How a task is built from its config (the registry's `createTask`; tests may inject their own). */
export type TrainerTaskFactory = (config: TaskConfig, spec: NetworkSpec) => Result<Task, TaskConfigError>;

/** The most steps one `run` may ask for (the reply holds two Float64Arrays of that length). */
export const MAX_STEPS_PER_RUN = 100_000;

/** A refusal: the code and message of the error reply. */
class Refusal {
  constructor(
    readonly code: TrainerErrorCode,
    readonly message: string,
  ) {}
}

export class TrainerHandlers {
  private task: Task | null = null;
  /** JSON of the task config and spec the task was built from (a re-open on the same task reuses it). */
  private taskKey = '';
  /** The task's training sets by seed (forage's teacher demonstrations cost a few runs). */
  private readonly sets = new Map<number, Dataset | null>();
  private trainer: Trainer | null = null;

  constructor(private readonly factory: TrainerTaskFactory = createTask) {}

  /** One reply for any message. */
  receive(message: unknown): TrainerReply {
    const id = idOf(message);
    try {
      const request = checkRequest(message);
      if (request instanceof Refusal) return refuse(id, request);
      const outcome = this.handle(request);
      if (outcome instanceof Refusal) return refuse(id, outcome);
      return outcome;
    } catch (e) {
      return refuse(id, new Refusal('failed', e instanceof Error ? e.message : String(e)));
    }
  }

  private handle(request: TrainerRequest): TrainerReply | Refusal {
    const id = request.id;
    if (request.type === 'open')
      return this.open(request.taskConfig, request.spec, request.genome, request.trainerConfig, request.source, id);
    const trainer = this.trainer;
    if (trainer === null) return new Refusal('no-trainer', `${request.type} before open`);
    switch (request.type) {
      case 'run':
        return run(trainer, request.steps, id);
      case 'configure': {
        const bad = checkConfig(request.patch, false);
        if (bad !== null) return new Refusal('bad-request', bad);
        trainer.configure(request.patch);
        return { type: 'ok', id };
      }
      case 'setSource': {
        const data = this.dataOf(request.source, trainer.net.inputSize, trainer.net.outputSize);
        if (data instanceof Refusal) return data;
        trainer.setDataset(data);
        return { type: 'ok', id };
      }
      case 'reset': {
        const bad = checkGenome(request.genome, trainer.net.paramCount);
        if (bad !== null) return bad;
        trainer.reset(request.genome);
        return { type: 'ok', id };
      }
      case 'resume':
        trainer.resume();
        return { type: 'ok', id };
    }
  }

  private open(
    config: TaskConfig,
    spec: NetworkSpec,
    genome: Float32Array,
    trainerConfig: TrainerConfig,
    source: TrainerSource,
    id: number,
  ): TrainerReply | Refusal {
    this.trainer = null;
    const key = JSON.stringify([config, spec]);
    if (this.task === null || key !== this.taskKey) {
      this.task = null;
      this.sets.clear();
      const built = this.factory(config, spec);
      if (!built.ok) return new Refusal('bad-task', built.error.message);
      this.task = built.value;
      this.taskKey = key;
    }
    const task = this.task;
    const lossKind = task.lossKind;
    if (lossKind === null) return new Refusal('not-trainable', `the ${task.kind} task has no loss to train on`);
    const net = task.network;
    const badGenome = checkGenome(genome, net.paramCount);
    if (badGenome !== null) return badGenome;
    const badConfig = checkConfig(trainerConfig, true);
    if (badConfig !== null) return new Refusal('bad-request', badConfig);
    const data = this.dataOf(source, net.inputSize, net.outputSize);
    if (data instanceof Refusal) return data;
    this.trainer = new Trainer(net, lossKind, data, genome, trainerConfig);
    return { type: 'ok', id };
  }

  /** The examples a source names, checked against the network's input and output sizes. */
  private dataOf(source: TrainerSource, inputSize: number, outputSize: number): Dataset | Refusal {
    if (typeof source !== 'object' || source === null) return new Refusal('bad-request', 'a source is an object');
    const task = this.task;
    if (task === null) return new Refusal('no-trainer', 'no task');
    let data: Dataset | null;
    if (source.data !== undefined) {
      const bad = checkDataset(source.data, inputSize, outputSize);
      if (bad !== null) return bad;
      data = source.data;
    } else {
      const seed = source.dataSeed ?? 0;
      if (typeof seed !== 'number' || !Number.isFinite(seed)) return new Refusal('bad-request', 'dataSeed is a number');
      if (!this.sets.has(seed)) this.sets.set(seed, task.trainingSet(seed));
      data = this.sets.get(seed) ?? null;
    }
    if (data === null || data.count < 1) return new Refusal('no-data', 'no training examples');
    return data;
  }
}

/** Runs the trainer for up to `steps` steps; the reply's arrays are fresh (transferable). */
function run(trainer: Trainer, steps: number, id: number): TrainerReply | Refusal {
  if (!(Number.isInteger(steps) && steps >= 0 && steps <= MAX_STEPS_PER_RUN)) {
    return new Refusal('bad-request', `a run is a whole number of steps, 0 to ${MAX_STEPS_PER_RUN}`);
  }
  return { type: 'trained', id, ...runAndReport(trainer, steps) };
}

function refuse(id: number, refusal: Refusal): TrainerReply {
  return { type: 'error', id, error: { code: refusal.code, message: refusal.message } };
}

function idOf(message: unknown): number {
  if (typeof message !== 'object' || message === null) return -1;
  const id = (message as { id?: unknown }).id;
  return typeof id === 'number' ? id : -1;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Shape check of an incoming message; values are checked against the network where it is known. */
function checkRequest(message: unknown): TrainerRequest | Refusal {
  if (!isObject(message)) return new Refusal('bad-request', 'a request is an object');
  const m = message;
  if (typeof m.id !== 'number') return new Refusal('bad-request', 'a request has a numeric id');
  switch (m.type) {
    case 'open':
      return isObject(m.taskConfig) &&
        isObject(m.spec) &&
        m.genome instanceof Float32Array &&
        isObject(m.trainerConfig) &&
        isObject(m.source)
        ? (m as unknown as TrainerRequest)
        : new Refusal('bad-request', 'open needs taskConfig, spec, genome (Float32Array), trainerConfig and source');
    case 'run':
      return typeof m.steps === 'number'
        ? (m as unknown as TrainerRequest)
        : new Refusal('bad-request', 'run needs steps');
    case 'configure':
      return isObject(m.patch)
        ? (m as unknown as TrainerRequest)
        : new Refusal('bad-request', 'configure needs a patch');
    case 'setSource':
      return isObject(m.source)
        ? (m as unknown as TrainerRequest)
        : new Refusal('bad-request', 'setSource needs a source');
    case 'reset':
      return m.genome instanceof Float32Array
        ? (m as unknown as TrainerRequest)
        : new Refusal('bad-request', 'reset needs a genome (Float32Array)');
    case 'resume':
      return m as unknown as TrainerRequest;
    default:
      return new Refusal('bad-request', `unknown request type "${String(m.type)}"`);
  }
}

function checkGenome(genome: Float32Array, paramCount: number): Refusal | null {
  if (genome.length !== paramCount) {
    return new Refusal('bad-request', `a genome of this network has ${paramCount} weights, not ${genome.length}`);
  }
  return isFiniteGenome(genome) ? null : new Refusal('bad-request', 'a trainer starts from a finite genome');
}

function checkDataset(data: unknown, inputSize: number, outputSize: number): Refusal | null {
  if (!isObject(data) || !(data.inputs instanceof Float32Array) || !(data.targets instanceof Float32Array)) {
    return new Refusal('bad-request', 'a dataset has inputs and targets (Float32Array)');
  }
  const count = data.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    return new Refusal('bad-request', 'a dataset has a whole number of examples');
  }
  if (data.inputs.length < count * inputSize || data.targets.length < count * outputSize) {
    return new Refusal(
      'bad-request',
      `${count} examples need ${count * inputSize} inputs and ${count * outputSize} targets`,
    );
  }
  return null;
}

const isNonNegative = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * A trainer config (whole, or a patch with only some fields): the optimiser kind is known, rates
 * and sizes are finite and not negative, layer indices are integers. Returns what is wrong, or null.
 */
function checkConfig(config: Partial<TrainerConfig>, whole: boolean): string | null {
  const c = config as Record<string, unknown>;
  const optimizer = c.optimizer;
  if (optimizer !== undefined || whole) {
    if (!isObject(optimizer)) return 'optimizer is an object';
    if (!OPTIMIZER_KINDS.includes(optimizer.kind as never)) return `unknown optimizer "${String(optimizer.kind)}"`;
    if (!isNonNegative(optimizer.learningRate)) return 'learningRate is a finite number ≥ 0';
    for (const k of ['momentum', 'beta1', 'beta2', 'epsilon']) {
      if (optimizer[k] !== undefined && !isNonNegative(optimizer[k])) return `${k} is a finite number ≥ 0`;
    }
  }
  if ((c.batchSize !== undefined || whole) && !(isNonNegative(c.batchSize) && Number.isInteger(c.batchSize))) {
    return 'batchSize is a whole number ≥ 0';
  }
  if ((c.seed !== undefined || whole) && !(typeof c.seed === 'number' && Number.isFinite(c.seed))) {
    return 'seed is a number';
  }
  for (const k of ['weightDecay', 'clipNorm', 'explosionFactor', 'explosionFloor', 'lossCap', 'weightLimit']) {
    if (c[k] !== undefined && !isNonNegative(c[k])) return `${k} is a finite number ≥ 0`;
  }
  const frozen = c.frozenLayers;
  if (frozen !== undefined && !(Array.isArray(frozen) && frozen.every((l) => Number.isInteger(l)))) {
    return 'frozenLayers is a list of layer indices';
  }
  return null;
}
