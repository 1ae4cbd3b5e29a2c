/**
 * The pool talks to its workers through this small port, so the same pool code drives browser
 * Web Workers and Node worker_threads (node-port.ts).
 */
import type { WorkerReply, WorkerRequest } from './protocol';

export interface WorkerPort {
  /** Send a request, transferring the listed buffers. */
  post(request: WorkerRequest, transfer: ArrayBuffer[]): void;
  /**
   * Set the receivers (once). `onDeath` is called when the worker stops or fails by itself
   * (crash, uncaught error, terminated from outside), not after `terminate()`.
   */
  listen(onReply: (reply: WorkerReply) => void, onDeath: (reason: string) => void): void;
  /** Stop the worker now. */
  terminate(): void;
}

/** A port with no worker behind it (a pool slot before its worker starts, or when it could not). */
export const NO_PORT: WorkerPort = { post: () => undefined, listen: () => undefined, terminate: () => undefined };

/** Starts a fresh worker (the pool calls it at start and to replace a dead one). */
export type PortFactory = () => WorkerPort;

/** A browser Web Worker as a port. */
export function webWorkerPort(worker: Worker): WorkerPort {
  let stopped = false;
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply, onDeath) {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
      const die = (reason: string): void => {
        if (stopped) return;
        stopped = true;
        worker.terminate();
        onDeath(reason);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        die(`worker error: ${event.message}`);
      };
      worker.onmessageerror = () => die('a message could not be read');
    },
    terminate() {
      stopped = true;
      worker.terminate();
    },
  };
}

/**
 * The game's factory: each call starts one module Web Worker running worker.ts (Vite bundles it
 * from this `new Worker(new URL(…))` form). Use as `new EnginePool(browserPortFactory(), navigator.hardwareConcurrency)`.
 */
export function browserPortFactory(): PortFactory {
  return () => webWorkerPort(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
}
