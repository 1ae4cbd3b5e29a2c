/** The pool against ports that misbehave without any thread: it must answer with error values, never hang. */
import { expect, test } from 'vitest';
import { EnginePool } from '../../../src/worker/engine-pool';
import type { WorkerPort } from '../../../src/worker/port';
import { TEST_SPEC, testConfig } from './fixtures/test-task';

test('a factory that cannot start workers gives a pool that refuses work as a value', async () => {
  const pool = new EnginePool(() => {
    throw new Error('no workers here');
  }, 2);
  expect(pool.size).toBe(0);
  const ready = await pool.setTask(testConfig({ samples: 1 }), TEST_SPEC);
  expect(ready.ok ? 'ok' : ready.error.code).toBe('worker-failed');
  const r = await pool.evaluate(new Float32Array(0), 0, 1);
  expect(r.ok).toBe(false);
  pool.close();
});

test('workers that never answer are replaced a few times, then setTask fails: no hang', async () => {
  let started = 0;
  let terminated = 0;
  const silent = (): WorkerPort => {
    started++;
    return { post: () => undefined, listen: () => undefined, terminate: () => void terminated++ };
  };
  const pool = new EnginePool(silent, 1, { timeoutMs: 30 });
  const ready = await pool.setTask(testConfig({ samples: 1 }), TEST_SPEC);
  expect(ready.ok ? 'ok' : ready.error.code).toBe('worker-failed');
  expect(started).toBe(4); // the first worker and three replacements
  expect(terminated).toBe(4);
  expect(pool.size).toBe(0);
  pool.close();
});

test('a worker that dies on its own is replaced and the pool serves again', async () => {
  const ports: { reply: (m: unknown) => void; die: (why: string) => void }[] = [];
  const factory = (): WorkerPort => {
    const entry = { reply: (_m: unknown) => undefined as void, die: (_w: string) => undefined as void };
    ports.push(entry);
    return {
      post: (request) => {
        // Answers init at once; evaluates every genome to its index.
        if (request.type === 'init')
          queueMicrotask(() => entry.reply({ type: 'ready', id: request.id, paramCount: 2 }));
        if (request.type === 'evaluate') {
          const fitness = Float64Array.from({ length: request.count }, (_, i) => request.genomes[2 * i]!);
          queueMicrotask(() => entry.reply({ type: 'fitness', id: request.id, fitness, genomes: null }));
        }
      },
      listen: (onReply, onDeath) => {
        entry.reply = onReply as (m: unknown) => void;
        entry.die = onDeath;
      },
      terminate: () => undefined,
    };
  };
  const pool = new EnginePool(factory, 1);
  expect(await pool.setTask(testConfig({ samples: 1 }), TEST_SPEC)).toEqual({ ok: true, value: 2 });
  ports[0]!.die('gone');
  expect(ports.length).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const r = await pool.evaluate(Float32Array.of(5, 0, 6, 0, 7, 0), 3, 1);
  expect(r).toEqual({ ok: true, value: Float64Array.of(5, 6, 7) });
  const throwing = await pool.evaluate(Float32Array.of(5, 0), 1, 1, {
    onProgress: () => {
      throw new Error('listener bug');
    },
  });
  expect(throwing).toEqual({ ok: true, value: Float64Array.of(5) });
  for (const count of [-1, 2.5, 4])
    expect((await pool.evaluate(Float32Array.of(5, 0, 6, 0, 7, 0), count, 1)).ok).toBe(false);
  pool.close();
});
