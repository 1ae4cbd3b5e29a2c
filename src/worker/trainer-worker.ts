/**
 * The browser's trainer worker: `new Worker(new URL('./trainer-worker.ts', import.meta.url), { type: 'module' })`
 * (trainer-client.ts `browserTrainerWorker`). Everything it does lives in trainer-handlers.ts; this
 * file only connects the Web Worker's message port. Requests are answered one at a time, each at
 * once (a run is one short chunk of steps, so nothing here needs to pause or be cancelled).
 * (The root tsconfig has the DOM lib, not the webworker lib, so the worker scope is typed here.)
 */
import { TrainerHandlers } from './trainer-handlers';
import { trainerTransferOf } from './trainer-protocol';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
const handlers = new TrainerHandlers();

scope.onmessage = (event) => {
  const reply = handlers.receive(event.data);
  scope.postMessage(reply, trainerTransferOf(reply));
};
