/**
 * The Node engine worker (worker_threads), for tests and benchmarks: the same handlers as the
 * browser worker. Started through node-boot.mjs, which registers tsx in the thread first.
 *
 * workerData.taskModule, when set, is the URL of a module exporting `createTask` (a TaskFactory)
 * used instead of the registry's (tests bring their own small tasks).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WorkerDispatcher, type TaskFactory, type WorkerHost } from './handlers';

const port = parentPort;
if (port === null) throw new Error('node-worker.ts runs inside a worker thread');

const host: WorkerHost = {
  post: (reply, transfer) => port.postMessage(reply, transfer),
  pause: () => new Promise<void>((resolve) => setImmediate(resolve)),
  now: () => performance.now(),
};

// Messages that arrive while the task module loads wait here, in order.
const early: unknown[] = [];
let dispatcher: WorkerDispatcher | null = null;
port.on('message', (message: unknown) => {
  if (dispatcher === null) early.push(message);
  else dispatcher.receive(message);
});

const taskModule = (workerData as { taskModule?: string } | null)?.taskModule;
const factory =
  taskModule === undefined ? undefined : ((await import(taskModule)) as { createTask: TaskFactory }).createTask;
dispatcher = new WorkerDispatcher(host, factory);
for (const message of early.splice(0)) dispatcher.receive(message);
