/**
 * What a worker does with each message, free of any thread API: the browser entry (worker.ts)
 * and the Node entry (node-worker.ts) both hand their messages to a `WorkerDispatcher` and give
 * it a `WorkerHost` to answer through. Imports the engine only, so tests can drive it directly.
 *
 * Jobs run one at a time in arrival order. A long job works in chunks of about `chunkMs`
 * milliseconds; between chunks it reports progress and pauses so that a `cancel` can arrive.
 */
import type { NetworkSpec } from '../core/network';
import type { Result } from '../core/result';
import { createTask, type TaskConfig, type TaskConfigError } from '../core/tasks/registry';
import type { Task } from '../core/tasks/task';
import { evaluateJob, landscapeJob, taskState, trainJob, type JobContext, type TaskState } from './jobs';
import type {
  CancelRequest,
  EvaluateRequest,
  InitRequest,
  LandscapeRequest,
  TrainRequest,
  WorkerError,
  WorkerReply,
  WorkerRequest,
} from './protocol';
import { transferOf } from './protocol';

/** How a task is built from its config (the registry's `createTask`; tests inject their own). */
export type TaskFactory = (config: TaskConfig, spec: NetworkSpec) => Result<Task, TaskConfigError>;

/** The thread around the dispatcher. */
export interface WorkerHost {
  /** Send a reply, transferring the listed buffers. */
  post(reply: WorkerReply, transfer: ArrayBuffer[]): void;
  /** Resolve after queued incoming messages have been delivered (a macrotask turn). */
  pause(): Promise<void>;
  /** Milliseconds, monotonic. */
  now(): number;
}

/** Work between two pauses, in milliseconds: short enough to cancel promptly, long enough to cost nothing. */
export const DEFAULT_CHUNK_MS = 10;

type JobRequest = Exclude<WorkerRequest, CancelRequest>;

/** Task variants a worker keeps (landscape previews); more are rebuilt. */
const MAX_VARIANTS = 4;

export class WorkerDispatcher {
  private state: TaskState | null = null;
  private chunkStart = 0;
  private readonly context: JobContext = {
    reply: (message) => this.reply(message),
    fail: (id, code, message) => this.fail(id, code, message),
    due: () => this.host.now() - this.chunkStart >= this.chunkMs,
    breathe: (id, done, total) => this.breathe(id, done, total),
  };
  private readonly queue: JobRequest[] = [];
  private readonly cancelled = new Set<number>();
  private running: JobRequest | null = null;

  constructor(
    private readonly host: WorkerHost,
    private readonly factory: TaskFactory = createTask,
    private readonly chunkMs = DEFAULT_CHUNK_MS,
  ) {}

  /** Entry point for every incoming message (anything: it is checked here). */
  receive(message: unknown): void {
    const checked = checkRequest(message);
    if (!checked.ok) {
      this.reply({ type: 'error', id: checked.id, error: { code: 'bad-request', message: checked.message } });
      return;
    }
    const request = checked.request;
    if (request.type === 'cancel') {
      const target = request.target;
      if (this.running?.id === target || this.queue.some((r) => r.id === target)) this.cancelled.add(target);
      return;
    }
    this.queue.push(request);
    if (this.running === null) void this.pump();
  }

  private async pump(): Promise<void> {
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      this.running = next;
      try {
        if (this.cancelled.has(next.id)) this.reply({ type: 'cancelled', id: next.id });
        else await this.run(next);
      } catch (e) {
        this.fail(next.id, 'failed', e instanceof Error ? e.message : String(e));
      }
      this.cancelled.delete(next.id);
      this.running = null;
    }
  }

  private run(request: JobRequest): Promise<void> | void {
    if (request.type === 'init') return this.init(request);
    const state = this.state;
    if (state === null) return this.fail(request.id, 'no-task', `${request.type} before init`);
    this.chunkStart = this.host.now();
    switch (request.type) {
      case 'evaluate':
        return evaluateJob(state, request, this.context);
      case 'train':
        return trainJob(state, request, this.context);
      case 'landscape': {
        const task = this.variant(state, request);
        if (typeof task === 'string') return this.fail(request.id, 'bad-task', task);
        return landscapeJob(task, request, this.context, () => this.host.now(), this.chunkMs);
      }
    }
  }

  /** The worker's task, or the variant a landscape request names (built once, same network). */
  private variant(state: TaskState, request: LandscapeRequest): Task | string {
    if (request.config === undefined) return state.task;
    const key = JSON.stringify(request.config);
    const known = state.variants.get(key);
    if (known !== undefined) return known;
    const built = this.factory(request.config, state.task.network.spec);
    if (!built.ok) return built.error.message;
    if (state.variants.size >= MAX_VARIANTS) state.variants.clear();
    state.variants.set(key, built.value);
    return built.value;
  }

  private init(request: InitRequest): void {
    this.state = null;
    const built = this.factory(request.config, request.spec);
    if (!built.ok) return this.fail(request.id, 'bad-task', built.error.message);
    this.state = taskState(built.value);
    this.reply({ type: 'ready', id: request.id, paramCount: built.value.network.paramCount });
  }

  /** Between chunks: report progress, let a cancel in. False (and `cancelled` sent) when the job must stop. */
  private async breathe(id: number, done: number, total: number): Promise<boolean> {
    this.reply({ type: 'progress', id, done, total });
    await this.host.pause();
    this.chunkStart = this.host.now();
    if (!this.cancelled.has(id)) return true;
    this.reply({ type: 'cancelled', id });
    return false;
  }

  private fail(id: number, code: WorkerError['code'], message: string): void {
    this.reply({ type: 'error', id, error: { code, message } });
  }

  private reply(message: WorkerReply): void {
    this.host.post(message, transferOf(message));
  }
}

type Checked = { ok: true; request: WorkerRequest } | { ok: false; id: number; message: string };

/** Shape check of an incoming message (the pool sends well-formed ones; anything else is answered, not thrown). */
function checkRequest(message: unknown): Checked {
  if (typeof message !== 'object' || message === null) return { ok: false, id: -1, message: 'a request is an object' };
  const m = message as Record<string, unknown>;
  const id = typeof m.id === 'number' ? m.id : -1;
  switch (m.type) {
    case 'init':
      return typeof m.config === 'object' && m.config !== null && typeof m.spec === 'object' && m.spec !== null
        ? { ok: true, request: m as unknown as InitRequest }
        : { ok: false, id, message: 'init needs config and spec' };
    case 'evaluate':
      return m.genomes instanceof Float32Array && typeof m.count === 'number' && typeof m.seed === 'number'
        ? { ok: true, request: m as unknown as EvaluateRequest }
        : { ok: false, id, message: 'evaluate needs genomes (Float32Array), count and seed' };
    case 'train':
      return m.genome instanceof Float32Array &&
        typeof m.steps === 'number' &&
        typeof m.trainer === 'object' &&
        m.trainer !== null
        ? { ok: true, request: m as unknown as TrainRequest }
        : { ok: false, id, message: 'train needs genome (Float32Array), trainer settings and steps' };
    case 'landscape':
      return typeof m.slice === 'object' &&
        m.slice !== null &&
        typeof m.cellStart === 'number' &&
        typeof m.cellEnd === 'number'
        ? { ok: true, request: m as unknown as LandscapeRequest }
        : { ok: false, id, message: 'landscape needs a slice and a cell range' };
    case 'cancel':
      return typeof m.target === 'number'
        ? { ok: true, request: m as unknown as CancelRequest }
        : { ok: false, id, message: 'cancel needs a target id' };
    default:
      return { ok: false, id, message: `unknown request type "${String(m.type)}"` };
  }
}
