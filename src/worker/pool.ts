/**
 * A pool of engine workers, one per hardware thread (the caller passes
 * `navigator.hardwareConcurrency` or `os.availableParallelism()`; at least one), behind the
 * `WorkerPort` abstraction so the same code drives Web Workers and worker_threads.
 *
 * A job (a generation's evaluation, a landscape grid) is cut into pieces — ranges of creatures or
 * of cells, a few per worker — that idle workers take from one queue, so a slow core simply takes
 * fewer pieces. Every piece's values depend only on (task, item, seed), never on the piece, so
 * the merged result is the same bits whatever the number of workers.
 *
 * Nothing hangs: a worker that dies is replaced and its piece retried (`maxRetries`), then the
 * job fails with `worker-failed`; a piece slower than `timeoutMs` fails the job with `timeout`
 * and its worker is replaced; `close()` fails whatever is pending with `closed`. All failures
 * are values.
 */
import type { NetworkSpec } from '../core/network';
import { err, ok, type Result } from '../core/result';
import type { TaskConfig } from '../core/tasks/registry';
import type { JobOptions, Piece, PoolError, PoolOptions } from './pool-api';
import { splitRange } from './pool-api';
import { NO_PORT, type PortFactory, type WorkerPort } from './port';
import { transferOf, type WorkerReply } from './protocol';

export { splitRange, type JobOptions, type Piece, type PoolError, type PoolOptions } from './pool-api';

interface QueuedPiece {
  readonly job: Job;
  readonly piece: Piece;
  /** Units reported done by the worker currently on it. */
  done: number;
  attempts: number;
}

interface Job {
  readonly version: number;
  readonly total: number;
  readonly options: JobOptions;
  done: number;
  pending: number;
  finished: boolean;
  settle(result: Result<null, PoolError>): void;
}

interface InFlight {
  /** The request id the piece was sent with. */
  readonly id: number;
  readonly q: QueuedPiece;
}

interface Slot {
  port: WorkerPort;
  /** Task version this worker has built (−1: none). */
  readyVersion: number;
  /** Id of the init request awaiting its reply (−1: none). */
  initId: number;
  /** Pieces sent and not answered yet, oldest (the one running) first. */
  inflight: InFlight[];
  /** The timeout of the oldest in-flight piece (a queued piece's clock starts when it starts). */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The timeout of the pending init: a worker that never says `ready` is replaced. */
  initTimer: ReturnType<typeof setTimeout> | undefined;
  /** Replacements since this slot's worker last answered; past MAX_RESTARTS the slot is given up. */
  restarts: number;
  broken: boolean;
}

const MAX_RESTARTS = 3;
const DEFAULT_TIMEOUT_MS = 60_000;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private queue: QueuedPiece[] = [];
  private nextId = 1;
  private version = 0;
  private task: { config: TaskConfig; spec: NetworkSpec } | null = null;
  private taskError: string | null = null;
  private closed = false;
  private initWaiter: { version: number; settle: (r: Result<number, PoolError>) => void } | null = null;
  /** Weights per genome of the current task, once a worker has built it. */
  paramCount: number | null = null;
  readonly piecesPerWorker: number;
  readonly maxRetries: number;
  readonly pipeline: number;
  readonly timeoutMs: number;

  /** `size` workers (at least one) made by `factory`. */
  constructor(
    private readonly factory: PortFactory,
    size: number,
    options: PoolOptions = {},
  ) {
    this.piecesPerWorker = Math.max(1, Math.floor(options.piecesPerWorker ?? 3));
    this.maxRetries = Math.max(0, Math.floor(options.maxRetries ?? 1));
    this.pipeline = Math.max(1, Math.floor(options.pipeline ?? 2));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const n = Math.max(1, Math.floor(Number.isFinite(size) ? size : 1));
    for (let i = 0; i < n; i++) {
      const slot: Slot = {
        port: NO_PORT,
        readyVersion: -1,
        initId: -1,
        inflight: [],
        timer: undefined,
        initTimer: undefined,
        restarts: 0,
        broken: false,
      };
      this.slots.push(slot);
      this.startWorker(slot);
    }
  }

  /** Workers alive (not given up after repeated deaths). */
  get size(): number {
    return this.slots.filter((s) => !s.broken).length;
  }

  /** Builds the task in every worker; resolves with its weights per genome once all are ready. */
  setTask(config: TaskConfig, spec: NetworkSpec): Promise<Result<number, PoolError>> {
    const refused = this.refusal(false);
    if (refused !== null) return Promise.resolve(err(refused));
    this.initWaiter?.settle(err({ code: 'task-error', message: 'replaced by a newer task' }));
    this.version++;
    this.task = { config, spec };
    this.taskError = null;
    this.paramCount = null;
    const version = this.version;
    const result = new Promise<Result<number, PoolError>>((resolve) => {
      this.initWaiter = { version, settle: resolve };
    });
    for (const slot of this.slots) if (!slot.broken) this.sendInit(slot);
    return result;
  }

  /**
   * Runs a job cut into pieces; resolves with `result()` once every piece is merged. The pieces
   * read caller buffers when sent: leave them untouched until the promise resolves.
   */
  run<T>(pieces: readonly Piece[], result: () => T, options: JobOptions = {}): Promise<Result<T, PoolError>> {
    const refused = this.refusal();
    if (refused !== null) return Promise.resolve(err(refused));
    return new Promise((resolve) => {
      const onAbort = (): void => this.failJob(job, { code: 'cancelled', message: 'cancelled' });
      const job: Job = {
        version: this.version,
        total: pieces.reduce((sum, p) => sum + p.size, 0),
        options,
        done: 0,
        pending: pieces.length,
        finished: false,
        settle: (r) => {
          job.finished = true;
          options.signal?.removeEventListener('abort', onAbort);
          resolve(r.ok ? ok(result()) : r);
        },
      };
      if (options.signal?.aborted) return onAbort();
      options.signal?.addEventListener('abort', onAbort);
      if (pieces.length === 0) return job.settle(ok(null));
      for (const piece of pieces) this.queue.push({ job, piece, done: 0, attempts: 0 });
      this.pump();
    });
  }

  /** Pieces a job of `count` units is cut into. */
  partsFor(count: number): [number, number][] {
    return splitRange(count, this.size * this.piecesPerWorker);
  }

  /** Stops every worker; pending jobs fail with `closed`. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.failEverything({ code: 'closed', message: 'the pool is closed' });
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      clearTimeout(slot.initTimer);
      slot.port.terminate();
    }
  }

  private refusal(needTask = true): PoolError | null {
    if (this.closed) return { code: 'closed', message: 'the pool is closed' };
    if (this.size === 0) return { code: 'worker-failed', message: 'no worker could be started' };
    if (!needTask) return null;
    if (this.task === null) return { code: 'no-task', message: 'setTask first' };
    if (this.taskError !== null) return { code: 'no-task', message: this.taskError };
    return null;
  }

  private startWorker(slot: Slot): void {
    try {
      slot.port = this.factory();
    } catch (e) {
      slot.broken = true;
      this.afterSlotLost(`a worker could not be started: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const port = slot.port;
    port.listen(
      (reply) => {
        if (slot.port === port) this.onReply(slot, reply);
      },
      (reason) => {
        if (slot.port === port) this.onDeath(slot, reason);
      },
    );
    if (this.task !== null) this.sendInit(slot);
  }

  private sendInit(slot: Slot): void {
    if (this.task === null) return;
    slot.initId = this.nextId++;
    clearTimeout(slot.initTimer);
    if (this.timeoutMs < 2 ** 31) {
      slot.initTimer = setTimeout(() => {
        slot.port.terminate();
        this.onDeath(slot, `no answer to init within ${this.timeoutMs} ms`);
      }, this.timeoutMs);
    }
    slot.port.post({ type: 'init', id: slot.initId, config: this.task.config, spec: this.task.spec }, []);
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.id === slot.initId) {
      clearTimeout(slot.initTimer);
      slot.initId = -1;
      slot.restarts = 0;
      this.onInitReply(slot, reply);
    } else {
      const k = slot.inflight.findIndex((f) => f.id === reply.id);
      const f = slot.inflight[k];
      if (f === undefined) return this.pump();
      if (reply.type === 'progress') return this.progress(f.q, Math.min(reply.done, f.q.piece.size));
      slot.inflight.splice(k, 1);
      if (k === 0) this.armTimer(slot);
      slot.restarts = 0;
      if (!f.q.job.finished) this.onPieceReply(f.q, reply);
    }
    this.pump();
  }

  /** Starts the clock of the slot's oldest in-flight piece, if its job has a timeout. */
  private armTimer(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const head = slot.inflight[0];
    const ms = head?.q.job.options.timeoutMs ?? this.timeoutMs;
    if (head !== undefined && ms < 2 ** 31) slot.timer = setTimeout(() => this.onTimeout(slot, head, ms), ms);
  }

  private onInitReply(slot: Slot, reply: WorkerReply): void {
    const waiter = this.initWaiter;
    if (reply.type === 'ready') {
      slot.readyVersion = this.version;
      this.paramCount = reply.paramCount;
      this.settleInitIfAllReady();
    } else if (reply.type === 'error') {
      this.taskError = reply.error.message;
      this.initWaiter = null;
      waiter?.settle(err({ code: 'task-error', message: reply.error.message }));
      this.failEverything({ code: 'no-task', message: reply.error.message });
    }
  }

  private onPieceReply(q: QueuedPiece, reply: WorkerReply): void {
    if (reply.type === 'error') {
      const code =
        reply.error.code === 'bad-request' ? 'bad-request' : reply.error.code === 'no-task' ? 'no-task' : 'task-error';
      return this.failJob(q.job, { code, message: reply.error.message });
    }
    if (reply.type === 'cancelled')
      return this.failJob(q.job, { code: 'cancelled', message: 'cancelled by the worker' });
    const wrong = q.piece.accept(reply);
    if (wrong !== null) return this.failJob(q.job, wrong);
    this.progress(q, q.piece.size);
    if (--q.job.pending === 0) q.job.settle(ok(null));
  }

  private progress(q: QueuedPiece, done: number): void {
    q.job.done += done - q.done;
    q.done = done;
    try {
      q.job.options.onProgress?.(q.job.done, q.job.total);
    } catch {
      // A failing progress listener must not stall the job.
    }
  }

  /** Hands out queued pieces: first one to every idle ready worker, then up to `pipeline` each. */
  private pump(): void {
    for (let depth = 1; depth <= this.pipeline; depth++) {
      for (const slot of this.slots) {
        if (slot.broken || slot.initId !== -1 || slot.readyVersion !== this.version) continue;
        if (slot.inflight.length >= depth) continue;
        const q = this.nextPiece();
        if (q === undefined) return;
        const id = this.nextId++;
        const request = q.piece.request(id);
        slot.inflight.push({ id, q });
        if (slot.inflight.length === 1) this.armTimer(slot);
        slot.port.post(request, transferOf(request));
      }
    }
  }

  /** The next queued piece of a live job made for the current task (others fail here). */
  private nextPiece(): QueuedPiece | undefined {
    for (let q = this.queue.shift(); q !== undefined; q = this.queue.shift()) {
      if (q.job.finished) continue;
      if (q.job.version === this.version) return q;
      this.failJob(q.job, { code: 'no-task', message: 'the task changed while the job waited' });
    }
    return undefined;
  }

  private onTimeout(slot: Slot, head: InFlight, ms: number): void {
    if (slot.inflight[0] !== head) return;
    this.failJob(head.q.job, { code: 'timeout', message: `a piece took longer than ${ms} ms` });
    slot.port.terminate();
    this.onDeath(slot, 'timed out');
  }

  /**
   * A worker died: the piece it was running is retried (or its job fails past maxRetries), the
   * pieces queued behind it go back to the queue as they were; a replacement starts.
   */
  private onDeath(slot: Slot, reason: string): void {
    clearTimeout(slot.timer);
    clearTimeout(slot.initTimer);
    const lost = slot.inflight;
    slot.inflight = [];
    slot.initId = -1;
    slot.readyVersion = -1;
    const requeue: QueuedPiece[] = [];
    lost.forEach(({ q }, k) => {
      if (q.job.finished) return;
      if (k === 0 && ++q.attempts > this.maxRetries) {
        this.failJob(q.job, {
          code: 'worker-failed',
          message: `a worker died (${reason}) ${q.attempts} times on this job`,
        });
        return;
      }
      this.progress(q, 0);
      requeue.push(q);
    });
    this.queue.unshift(...requeue.filter((q) => !q.job.finished));
    if (this.closed) return;
    if (++slot.restarts > MAX_RESTARTS) {
      slot.broken = true;
      this.afterSlotLost(`workers keep dying: ${reason}`);
    } else {
      this.startWorker(slot);
    }
    this.pump();
  }

  private afterSlotLost(message: string): void {
    if (this.size > 0) this.settleInitIfAllReady();
    else this.failEverything({ code: 'worker-failed', message });
  }

  /** Resolves setTask once every live worker has built the current task. */
  private settleInitIfAllReady(): void {
    const waiter = this.initWaiter;
    if (waiter === null || this.paramCount === null || waiter.version !== this.version) return;
    if (!this.slots.every((s) => s.broken || s.readyVersion === this.version)) return;
    this.initWaiter = null;
    waiter.settle(ok(this.paramCount));
  }

  private failEverything(error: PoolError): void {
    const waiter = this.initWaiter;
    this.initWaiter = null;
    waiter?.settle(err(error.code === 'no-task' ? { code: 'task-error', message: error.message } : error));
    const jobs = new Set<Job>();
    for (const q of this.queue) jobs.add(q.job);
    for (const slot of this.slots) for (const f of slot.inflight) jobs.add(f.q.job);
    for (const job of jobs) this.failJob(job, error);
  }

  /** Ends a job with an error; its queued pieces are dropped, its running pieces cancelled. */
  private failJob(job: Job, error: PoolError): void {
    if (job.finished) return;
    job.settle(err(error));
    this.queue = this.queue.filter((q) => q.job !== job);
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.broken) continue;
      for (const f of slot.inflight) {
        if (f.q.job === job) slot.port.post({ type: 'cancel', id: this.nextId++, target: f.id }, []);
      }
    }
  }
}
