/**
 * The trainer worker's browser entry wired to a stand-in worker scope: messages in through
 * `self.onmessage`, replies out through `self.postMessage` with the reply's buffers listed for transfer.
 */
import { expect, test } from 'vitest';
import { createGenome, type NetworkSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import { standInWorkerScope } from './fixtures/worker-scope';
import type { TrainerReply } from '../../../src/worker/trainer-protocol';

const scope = standInWorkerScope<TrainerReply>(() => import('../../../src/worker/trainer-worker'));
const posted = scope.posted;

test('the entry answers each message through self.postMessage, transferring a run’s buffers', () => {
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
  const trainerConfig = { optimizer: { kind: 'adam', learningRate: 0.01 }, batchSize: 8, seed: 1 };
  expect(scope.onmessage).not.toBeNull();
  scope.onmessage!({ data: { type: 'open', id: 1, taskConfig: config, spec, genome, trainerConfig, source: {} } });
  scope.onmessage!({ data: { type: 'run', id: 2, steps: 3 } });
  scope.onmessage!({ data: { type: 'fly', id: 3 } });
  expect(posted.map((p) => [p.reply.type, p.reply.id])).toEqual([
    ['ok', 1],
    ['trained', 2],
    ['error', 3],
  ]);
  const trained = posted[1]!;
  if (trained.reply.type !== 'trained') throw new Error('no trained reply');
  expect(trained.reply.steps).toBe(3);
  expect(trained.transfer).toEqual([
    trained.reply.genome.buffer,
    trained.reply.losses.buffer,
    trained.reply.gradNorms.buffer,
  ]);
  expect(posted[0]!.transfer).toEqual([]);
});
