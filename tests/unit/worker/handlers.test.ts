import { describe, expect, test } from 'vitest';
import { Network, createGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { WorkerDispatcher, type WorkerHost } from '../../../src/worker/handlers';
import type { WorkerReply } from '../../../src/worker/protocol';
import { TEST_SPEC, createTask, testConfig } from './fixtures/test-task';

function harness(chunkMs = 10): {
  dispatcher: WorkerDispatcher;
  replies: WorkerReply[];
  next: (type: string) => Promise<WorkerReply>;
} {
  const replies: WorkerReply[] = [];
  const waiters: (() => void)[] = [];
  const host: WorkerHost = {
    post: (reply) => {
      replies.push(reply);
      for (const w of waiters.splice(0)) w();
    },
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    now: () => performance.now(),
  };
  const dispatcher = new WorkerDispatcher(host, createTask, chunkMs);
  const next = async (type: string): Promise<WorkerReply> => {
    for (;;) {
      const found = replies.find((r) => r.type === type);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { dispatcher, replies, next };
}

function population(count: number, seed: number): Float32Array {
  const net = new Network(TEST_SPEC);
  const rng = new Rng(seed);
  const genomes = new Float32Array(count * net.paramCount);
  for (let i = 0; i < count; i++) genomes.set(createGenome(net, rng), i * net.paramCount);
  return genomes;
}

describe('WorkerDispatcher', () => {
  test('init builds the task and answers with its weights per genome', async () => {
    const { dispatcher, next } = harness();
    dispatcher.receive({ type: 'init', id: 1, config: testConfig({ samples: 4 }), spec: TEST_SPEC });
    expect(await next('ready')).toEqual({ type: 'ready', id: 1, paramCount: new Network(TEST_SPEC).paramCount });
  });

  test('evaluate gives each genome the fitness the task gives it directly, to the bit', async () => {
    const { dispatcher, next } = harness();
    const genomes = population(7, 3);
    const task = createTask(testConfig({ samples: 16 }), TEST_SPEC);
    if (!task.ok) throw new Error(task.error.message);
    const p = task.value.network.paramCount;
    const expected = Array.from({ length: 7 }, (_, i) => task.value.fitness(genomes, i * p, 42));
    dispatcher.receive({ type: 'init', id: 1, config: testConfig({ samples: 16 }), spec: TEST_SPEC });
    dispatcher.receive({ type: 'evaluate', id: 2, genomes: genomes.slice(), count: 7, seed: 42 });
    const reply = await next('fitness');
    expect(reply.id).toBe(2);
    expect(Array.from((reply as { fitness: Float64Array }).fitness)).toEqual(expected);
  });

  test('errors come back as values: before init, malformed, a throwing task, a bad config', async () => {
    const { dispatcher, replies, next } = harness();
    dispatcher.receive({ type: 'evaluate', id: 1, genomes: new Float32Array(0), count: 0, seed: 1 });
    dispatcher.receive({ type: 'evaluate', id: 2, genomes: [1, 2], count: 1, seed: 1 });
    dispatcher.receive('nonsense');
    dispatcher.receive({ type: 'init', id: 3, config: testConfig({ samples: 0 }), spec: TEST_SPEC });
    dispatcher.receive({ type: 'init', id: 4, config: testConfig({ samples: 2, throwSeed: 9 }), spec: TEST_SPEC });
    dispatcher.receive({ type: 'evaluate', id: 5, genomes: population(1, 1), count: 1, seed: 9 });
    dispatcher.receive({ type: 'evaluate', id: 6, genomes: population(1, 1), count: 5, seed: 1 });
    await next('ready');
    while (replies.filter((r) => r.type === 'error').length < 6) await new Promise((r) => setImmediate(r));
    const codes = replies
      .filter((r) => r.type === 'error')
      .map((r) => [r.id, (r as { error: { code: string } }).error.code]);
    codes.sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(codes).toEqual([
      [-1, 'bad-request'],
      [1, 'no-task'],
      [2, 'bad-request'],
      [3, 'bad-task'],
      [5, 'failed'],
      [6, 'bad-request'],
    ]);
  });

  test('a long job reports progress and stops at the next chunk when cancelled', async () => {
    const { dispatcher, replies, next } = harness(5);
    dispatcher.receive({ type: 'init', id: 1, config: testConfig({ samples: 1, slowMs: 2 }), spec: TEST_SPEC });
    dispatcher.receive({ type: 'evaluate', id: 2, genomes: population(500, 1), count: 500, seed: 1 });
    dispatcher.receive({ type: 'evaluate', id: 3, genomes: population(2, 1), count: 2, seed: 1 });
    const progress = await next('progress');
    expect(progress).toMatchObject({ id: 2, total: 500 });
    const started = performance.now();
    dispatcher.receive({ type: 'cancel', id: 4, target: 2 });
    await next('cancelled');
    // The job holds about a second of work; a chunk is 5 ms.
    expect(performance.now() - started).toBeLessThan(500);
    // The queued job after it still runs.
    expect((await next('fitness')).id).toBe(3);
    expect(replies.some((r) => r.type === 'fitness' && r.id === 2)).toBe(false);
  });

  test('a job cancelled while queued never runs', async () => {
    const { dispatcher, replies, next } = harness();
    dispatcher.receive({ type: 'init', id: 1, config: testConfig({ samples: 1, slowMs: 20 }), spec: TEST_SPEC });
    dispatcher.receive({ type: 'evaluate', id: 2, genomes: population(2, 1), count: 2, seed: 1 });
    dispatcher.receive({ type: 'cancel', id: 3, target: 2 });
    expect((await next('cancelled')).id).toBe(2);
    expect(replies.map((r) => r.type)).toEqual(['ready', 'cancelled']);
  });
});
