/**
 * The main thread's side of the trainer worker: `openRemoteTrainer` starts one worker, opens a
 * trainer in it and returns a connection with the play session's `RemoteTrainer` calls
 * (src/app/play/engine.ts; the shapes match, this file imports the engine only).
 *
 * Calls are sent one at a time, in call order, each waiting for the reply with its id. Every
 * call resolves with a Result, never rejects and never hangs on a dead worker: a worker error, an
 * unreadable reply or `close()` ends the connection, resolves the call in flight with an error
 * value, and every later call resolves with that error at once. `close()` terminates the worker.
 */
import type { Dataset } from '../core/loss';
import type { NetworkSpec } from '../core/network';
import { err, ok, type Result } from '../core/result';
import type { TaskConfig } from '../core/tasks/registry';
import type { DivergenceReason, TrainerConfig, TrainerStatus } from '../core/training/trainer';
import {
  trainerTransferOf,
  type TrainerError,
  type TrainerErrorCode,
  type TrainerReply,
  type TrainerRequest,
  type TrainerSource,
} from './trainer-protocol';

/** One run's outcome (the play session's `TrainingResult`). */
export interface TrainerRun {
  readonly genome: Float32Array;
  readonly steps: number;
  readonly losses: Float64Array;
  readonly gradNorms: Float64Array;
  readonly status: TrainerStatus;
  readonly divergence: DivergenceReason | null;
}

/** A trainer living in a worker (the play session's `RemoteTrainer`). */
export interface TrainerConnection {
  run(steps: number): Promise<Result<TrainerRun, TrainerError>>;
  configure(patch: Partial<TrainerConfig>): Promise<Result<null, TrainerError>>;
  setSource(source: TrainerSource): Promise<Result<null, TrainerError>>;
  reset(genome: Float32Array): Promise<Result<null, TrainerError>>;
  resume(): Promise<Result<null, TrainerError>>;
  close(): void;
}

/** Starts a fresh worker running trainer-worker.ts (may throw where workers are not available). */
export type TrainerWorkerFactory = () => Worker;

/** The game's factory: one module Web Worker (Vite bundles it from this `new Worker(new URL(…))` form). */
export function browserTrainerWorker(): Worker {
  return new Worker(new URL('./trainer-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a worker and opens a trainer on `genome` (copied; the caller keeps its array) for the task
 * `taskConfig` with network `spec`. Error `worker-unavailable` when `makeWorker` throws.
 */
export async function openRemoteTrainer(
  makeWorker: TrainerWorkerFactory,
  taskConfig: TaskConfig,
  spec: NetworkSpec,
  genome: Float32Array,
  config: TrainerConfig,
  source: TrainerSource,
): Promise<Result<TrainerConnection, TrainerError>> {
  let worker: Worker;
  try {
    worker = makeWorker();
  } catch (e) {
    return err({ code: 'worker-unavailable', message: `no trainer worker: ${describe(e)}` });
  }
  const client = new TrainerClient(worker);
  const opened = await client.request(
    (id) => ({
      type: 'open',
      id,
      taskConfig,
      spec,
      genome: genome.slice(),
      trainerConfig: config,
      source: sourceOf(source),
    }),
    okReply,
  );
  if (!opened.ok) client.close();
  return opened.ok ? ok(client) : opened;
}

class TrainerClient implements TrainerConnection {
  private nextId = 1;
  /** The call in flight: its id and how to answer it. */
  private pending: { id: number; answer: (reply: TrainerReply) => void } | null = null;
  /** The last call queued; the next one starts when it has its reply. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Why the connection ended, once it has. */
  private ended: TrainerError | null = null;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.end('worker-failed', `the trainer worker failed: ${event.message || 'it could not start'}`);
    };
    worker.onmessageerror = () => this.end('worker-failed', 'a reply from the trainer worker could not be read');
  }

  run(steps: number): Promise<Result<TrainerRun, TrainerError>> {
    return this.request(
      (id) => ({ type: 'run', id, steps }),
      (reply) => {
        if (reply.type !== 'trained') return undefined;
        const { genome, steps: taken, losses, gradNorms, status, divergence } = reply;
        return { genome, steps: taken, losses, gradNorms, status, divergence };
      },
    );
  }

  configure(patch: Partial<TrainerConfig>): Promise<Result<null, TrainerError>> {
    return this.request((id) => ({ type: 'configure', id, patch }), okReply);
  }

  setSource(source: TrainerSource): Promise<Result<null, TrainerError>> {
    return this.request((id) => ({ type: 'setSource', id, source: sourceOf(source) }), okReply);
  }

  reset(genome: Float32Array): Promise<Result<null, TrainerError>> {
    return this.request((id) => ({ type: 'reset', id, genome: genome.slice() }), okReply);
  }

  resume(): Promise<Result<null, TrainerError>> {
    return this.request((id) => ({ type: 'resume', id }), okReply);
  }

  close(): void {
    this.end('closed', 'the trainer was closed');
  }

  /**
   * Queues a request; resolves with `read(reply)`, or with the error the worker replied, or with the
   * reason the connection ended. `read` gives undefined for a reply of the wrong type.
   */
  request<T>(
    make: (id: number) => TrainerRequest,
    read: (reply: TrainerReply) => T | undefined,
  ): Promise<Result<T, TrainerError>> {
    const result = this.tail
      .then(() => this.send(make(this.nextId++)))
      .then((reply): Result<T, TrainerError> => {
        if (reply.type === 'error') return err(reply.error);
        const value = read(reply);
        if (value === undefined) {
          return err({ code: 'failed', message: `unexpected "${reply.type}" reply from the trainer worker` });
        }
        return ok(value);
      });
    this.tail = result;
    return result;
  }

  private send(request: TrainerRequest): Promise<TrainerReply> {
    if (this.ended !== null) return Promise.resolve(errorReply(request.id, this.ended));
    return new Promise((answer) => {
      this.pending = { id: request.id, answer };
      try {
        this.worker.postMessage(request, trainerTransferOf(request));
      } catch (e) {
        // A message that cannot be cloned (e.g. a function in a config): this call fails, the worker lives on.
        this.pending = null;
        answer(errorReply(request.id, { code: 'bad-request', message: `could not send: ${describe(e)}` }));
      }
    });
  }

  private receive(data: unknown): void {
    const pending = this.pending;
    if (pending === null || !isReply(data)) return;
    // A reply with id −1 answers a request the worker could not read: it is this one (one at a time).
    if (data.id !== pending.id && !(data.type === 'error' && data.id === -1)) return;
    this.pending = null;
    pending.answer(data);
  }

  private end(code: TrainerErrorCode, message: string): void {
    if (this.ended !== null) return;
    this.ended = { code, message };
    this.worker.terminate();
    const pending = this.pending;
    this.pending = null;
    pending?.answer(errorReply(pending.id, this.ended));
  }
}

/** A plain copy of the source's fields (the caller's object may carry more than the protocol sends). */
function sourceOf(source: TrainerSource): TrainerSource {
  const out: { data?: Dataset; dataSeed?: number } = {};
  if (source.data !== undefined) out.data = source.data;
  if (source.dataSeed !== undefined) out.dataSeed = source.dataSeed;
  return out;
}

/** Reads an `ok` reply (the answer of every call but run). */
function okReply(reply: TrainerReply): null | undefined {
  return reply.type === 'ok' ? null : undefined;
}

function errorReply(id: number, error: TrainerError): TrainerReply {
  return { type: 'error', id, error };
}

function isReply(data: unknown): data is TrainerReply {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { type?: unknown; id?: unknown };
  return typeof m.id === 'number' && (m.type === 'ok' || m.type === 'trained' || m.type === 'error');
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
