/**
 * The browser entry (worker.ts) wired to a stand-in worker scope: messages in through
 * `self.onmessage`, replies out through `self.postMessage`, pauses through a MessageChannel — the
 * same handlers as the Node entry, on the registry's real tasks.
 */
import { expect, test } from 'vitest';
import { createGenome, type NetworkSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import { standInWorkerScope } from './fixtures/worker-scope';
import type { WorkerReply } from '../../../src/worker/protocol';

const scope = standInWorkerScope<WorkerReply>(() => import('../../../src/worker/worker'));
const replies = scope.posted;

async function reply(type: string): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  for (let i = 0; i < 1000; i++) {
    const found = replies.find((r) => r.reply.type === type);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no ${type} reply`);
}

test('the browser entry answers through self.postMessage, transferring result buffers', async () => {
  const config: TaskConfig = {
    kind: 'pattern',
    target: { type: 'shape', name: 'ring' },
    resolution: 8,
    colour: 'grey',
    inputs: 'xy',
  };
  const spec: NetworkSpec = { layers: [2, 6, 1], activations: ['tanh', 'sigmoid'] };
  const task = createTask(config, spec);
  if (!task.ok) throw new Error(task.error.message);
  const genome = createGenome(task.value.network, new Rng(4));
  expect(scope.onmessage).not.toBeNull();
  scope.onmessage!({ data: { type: 'init', id: 1, config, spec } });
  scope.onmessage!({ data: { type: 'evaluate', id: 2, genomes: genome.slice(), count: 1, seed: 0 } });
  expect((await reply('ready')).reply).toEqual({ type: 'ready', id: 1, paramCount: task.value.network.paramCount });
  const fitness = await reply('fitness');
  expect(fitness.reply).toMatchObject({ id: 2, genomes: null });
  const values = (fitness.reply as { fitness: Float64Array }).fitness;
  expect(values[0]).toBe(task.value.fitness(genome, 0, 0));
  expect(fitness.transfer).toEqual([values.buffer]);
});
