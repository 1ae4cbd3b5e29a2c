/** Node worker_threads as pool ports (tests, benchmarks). Not part of the browser bundle. */
import { Worker } from 'node:worker_threads';
import type { PortFactory, WorkerPort } from './port';
import type { WorkerRequest } from './protocol';

export interface NodePortOptions {
  /** URL of a module exporting `createTask` to use instead of the registry's (tests). */
  readonly taskModule?: string;
}

/** The underlying thread of a port made here, for tests that kill a worker from outside. */
export const threadOf = new WeakMap<WorkerPort, Worker>();

export function nodeWorkerPort(options: NodePortOptions = {}): WorkerPort {
  const worker = new Worker(new URL('./node-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./node-worker.ts', import.meta.url).href, taskModule: options.taskModule },
    execArgv: [],
  });
  let stopped = false;
  const port: WorkerPort = {
    post: (request: WorkerRequest, transfer) => worker.postMessage(request, transfer),
    listen(onReply, onDeath) {
      worker.on('message', onReply);
      worker.on('error', (e) => {
        if (stopped) return;
        stopped = true;
        void worker.terminate();
        onDeath(`worker error: ${e.message}`);
      });
      worker.on('exit', (code) => {
        if (stopped) return;
        stopped = true;
        onDeath(`worker exited with code ${code}`);
      });
    },
    terminate() {
      stopped = true;
      void worker.terminate();
    },
  };
  threadOf.set(port, worker);
  return port;
}

export function nodePortFactory(options: NodePortOptions = {}): PortFactory {
  return () => nodeWorkerPort(options);
}
