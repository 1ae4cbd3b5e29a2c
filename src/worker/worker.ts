/**
 * The browser's engine worker: `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
 * Everything it does lives in handlers.ts; this file only connects the Web Worker's message port.
 * (The root tsconfig has the DOM lib, not the webworker lib, so the worker scope is typed here.)
 */
import { WorkerDispatcher, type WorkerHost } from './handlers';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;

/** A macrotask turn through a MessageChannel (setTimeout(0) is clamped to 4 ms when nested). */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

const host: WorkerHost = {
  post: (reply, transfer) => scope.postMessage(reply, transfer),
  pause: () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    }),
  now: () => performance.now(),
};

const dispatcher = new WorkerDispatcher(host);
scope.onmessage = (event) => dispatcher.receive(event.data);
