// Boots a TypeScript worker thread: registers tsx in this thread (worker threads do not pick up
// the parent's `--import tsx` in Node 20), then imports the entry named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
