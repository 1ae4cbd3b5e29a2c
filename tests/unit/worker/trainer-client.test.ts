/**
 * The trainer client against a stand-in Worker that runs the real handlers a macrotask later and
 * copies every message with structuredClone (transferred buffers are detached, as across a real
 * thread border): one request at a time in call order, the caller's arrays untouched, a crash or
 * close never leaves a call hanging. And PoolEngine trains through it, or on this thread only when
 * no Worker can be created.
 */
import { describe, expect, test } from 'vitest';
import { createGenome, type NetworkSpec } from '../../../src/core/network';
import { ok } from '../../../src/core/result';
import { Rng } from '../../../src/core/rng';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import { Trainer, type TrainerConfig } from '../../../src/core/training/trainer';
import { PoolEngine } from '../../../src/wiring/poolEngine';
import type { EnginePool } from '../../../src/worker/engine-pool';
import { openRemoteTrainer, type TrainerConnection } from '../../../src/worker/trainer-client';
import { TrainerHandlers } from '../../../src/worker/trainer-handlers';
import { trainerTransferOf, type TrainerReply } from '../../../src/worker/trainer-protocol';

const CONFIG: TaskConfig = {
  kind: 'sort',
  features: [
    { name: 'hue', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
    { name: 'spikes', distribution: { kind: 'uniform', lo: -1, hi: 1 } },
  ],
  rule: { kind: 'ellipse', a: 0, b: 1, center: [0.1, -0.1], radii: [0.6, 0.5] },
  itemCount: 200,
};
const SPEC: NetworkSpec = { layers: [2, 8, 1], activations: ['tanh', 'sigmoid'] };
const TRAINING: TrainerConfig = {
  optimizer: { kind: 'momentum', learningRate: 0.5, momentum: 0.9 },
  batchSize: 32,
  seed: 7,
};

class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  /** Requests received, in order. */
  readonly received: { type: string }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** A worker that takes requests and never answers (until it crashes). */
  silent = false;
  private readonly handlers = new TrainerHandlers();

  postMessage(message: unknown, transfer: ArrayBuffer[]): void {
    const copy = structuredClone(message, { transfer });
    this.received.push(copy as { type: string });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    setTimeout(() => {
      if (this.terminated || this.silent) return;
      const reply: TrainerReply = this.handlers.receive(copy);
      this.inFlight--;
      this.onmessage?.({ data: structuredClone(reply, { transfer: trainerTransferOf(reply) }) });
    }, 1);
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

function genome(seed: number): Float32Array {
  const t = createTask(CONFIG, SPEC);
  if (!t.ok) throw new Error(t.error.message);
  return createGenome(t.value.network, new Rng(seed));
}

function localTrainer(g: Float32Array): Trainer {
  const t = createTask(CONFIG, SPEC);
  if (!t.ok) throw new Error(t.error.message);
  return new Trainer(t.value.network, t.value.lossKind!, t.value.trainingSet(0)!, g, TRAINING);
}

async function connect(worker: FakeWorker, g: Float32Array): Promise<TrainerConnection> {
  const opened = await openRemoteTrainer(() => worker as unknown as Worker, CONFIG, SPEC, g, TRAINING, {});
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

const bits = (a: Float32Array | Float64Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

describe('openRemoteTrainer', () => {
  test('chunks through the worker = one local run, and the caller keeps its genome', async () => {
    const g0 = genome(1);
    const kept = g0.slice();
    const worker = new FakeWorker();
    const trainer = await connect(worker, g0);
    expect(bits(g0)).toEqual(bits(kept));
    const losses: number[] = [];
    let last: Float32Array | null = null;
    for (let k = 0; k < 3; k++) {
      const r = await trainer.run(8);
      if (!r.ok) throw new Error(r.error.message);
      losses.push(...r.value.losses);
      last = r.value.genome;
    }
    const local = localTrainer(g0);
    const expected = new Float64Array(24);
    local.run(24, expected);
    expect(bits(Float64Array.from(losses))).toEqual(bits(expected));
    expect(bits(last!)).toEqual(bits(local.genome));
    const edited = last!.slice();
    await trainer.reset(edited);
    expect(edited.length).toBe(last!.length);
    trainer.close();
    expect(worker.terminated).toBe(true);
  });

  test('calls made together are sent one at a time, in call order', async () => {
    const g0 = genome(2);
    const worker = new FakeWorker();
    const trainer = await connect(worker, g0);
    const slow = { optimizer: { kind: 'sgd', learningRate: 0.1 } } as const;
    const [a, c, b] = await Promise.all([trainer.run(5), trainer.configure(slow), trainer.run(5)]);
    expect(worker.maxInFlight).toBe(1);
    expect(worker.received.map((r) => r.type)).toEqual(['open', 'run', 'configure', 'run']);
    expect(c.ok).toBe(true);
    const local = localTrainer(g0);
    local.run(5);
    local.configure(slow);
    const expected = new Float64Array(5);
    local.run(5, expected);
    expect(a.ok && b.ok).toBe(true);
    if (b.ok) expect(bits(b.value.losses)).toEqual(bits(expected));
  });

  test('a crash resolves the call in flight and every later call with an error, at once', async () => {
    const worker = new FakeWorker();
    const trainer = await connect(worker, genome(3));
    worker.silent = true;
    const inFlight = trainer.run(5);
    const queued = trainer.configure({ batchSize: 8 });
    worker.crash('out of memory');
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
    expect(await queued).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
    expect(await trainer.resume()).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
    expect(worker.terminated).toBe(true);
  });

  test('close answers the call in flight and terminates the worker', async () => {
    const worker = new FakeWorker();
    const trainer = await connect(worker, genome(4));
    worker.silent = true;
    const inFlight = trainer.run(5);
    trainer.close();
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'closed' } });
    expect(await trainer.run(1)).toMatchObject({ ok: false, error: { code: 'closed' } });
    expect(worker.terminated).toBe(true);
  });

  test('no worker, or a refused open: an error value (and the worker is stopped)', async () => {
    const none = await openRemoteTrainer(
      () => {
        throw new Error('Worker is not defined');
      },
      CONFIG,
      SPEC,
      genome(5),
      TRAINING,
      {},
    );
    expect(none).toMatchObject({ ok: false, error: { code: 'worker-unavailable' } });
    const worker = new FakeWorker();
    const refused = await openRemoteTrainer(
      () => worker as unknown as Worker,
      CONFIG,
      SPEC,
      new Float32Array(3),
      TRAINING,
      {},
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(worker.terminated).toBe(true);
  });
});

describe('PoolEngine.openTrainer', () => {
  const pool = { setTask: () => Promise.resolve(ok(33)) } as unknown as EnginePool;

  test('trains in the trainer worker; on this thread only when no Worker can be created', async () => {
    const workers: FakeWorker[] = [];
    const engine = new PoolEngine(pool, () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    expect((await engine.openTrainer(genome(6), TRAINING, {})).ok).toBe(false); // before setTask
    await engine.setTask(CONFIG, SPEC);
    const remote = await engine.openTrainer(genome(6), TRAINING, {});
    if (!remote.ok) throw new Error(remote.error.message);
    const viaWorker = await remote.value.run(10);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.map((r) => r.type)).toEqual(['open', 'run']);

    const fallback = new PoolEngine(pool, () => {
      throw new Error('no workers here');
    });
    await fallback.setTask(CONFIG, SPEC);
    const local = await fallback.openTrainer(genome(6), TRAINING, {});
    if (!local.ok) throw new Error(local.error.message);
    const onThread = await local.value.run(10);
    expect(viaWorker.ok && onThread.ok).toBe(true);
    if (viaWorker.ok && onThread.ok) {
      expect(bits(viaWorker.value.losses)).toEqual(bits(onThread.value.losses));
      expect(bits(viaWorker.value.genome)).toEqual(bits(onThread.value.genome));
    }
  });
});
