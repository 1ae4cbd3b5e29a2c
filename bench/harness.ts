/**
 * Benchmark harness: warm up, then take several timed samples and report the median rate.
 * Counts garbage collections that happen during the samples (node:perf_hooks 'gc' entries).
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';

export interface Measured {
  /** Operations per second, median of the samples. */
  readonly ops: number;
  /** Garbage collections observed while sampling. */
  readonly gcs: number;
}

let gcCount = 0;
const observer = new PerformanceObserver((list) => {
  gcCount += list.getEntries().length;
});
observer.observe({ entryTypes: ['gc'] });

/**
 * Lets the GC observer's queued entries be delivered. With --expose-gc (npm run bench passes it) it
 * also collects first, so garbage left by the previous measurement (the reference allocates) is not
 * collected during — and counted against — the next one.
 */
export function settle(collect = false): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collect && gc) gc();
  return new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Runs `op` `batch` times per timed call, until a sample lasts ≥ sampleMs; returns the median
 * operations per second over `samples` samples, after `warmupMs` of warm-up.
 */
export async function measure(
  op: () => void,
  opts: { samples?: number; sampleMs?: number; warmupMs?: number } = {},
): Promise<Measured> {
  const samples = opts.samples ?? 7;
  const sampleMs = opts.sampleMs ?? 60;
  const warmupMs = opts.warmupMs ?? 300;
  let batch = 1;
  const t0 = performance.now();
  while (performance.now() - t0 < warmupMs) {
    for (let i = 0; i < batch; i++) op();
    batch = Math.min(batch * 2, 1 << 20);
  }
  // Calibrate the batch so one sample lasts about sampleMs.
  let b = 1;
  for (;;) {
    const s = performance.now();
    for (let i = 0; i < b; i++) op();
    const dt = performance.now() - s;
    if (dt >= sampleMs / 4) {
      b = Math.max(1, Math.round((b * sampleMs) / dt));
      break;
    }
    b *= 2;
  }
  await settle(true);
  const before = gcCount;
  const rates: number[] = [];
  for (let k = 0; k < samples; k++) {
    const s = performance.now();
    for (let i = 0; i < b; i++) op();
    const dt = performance.now() - s;
    rates.push((b * 1000) / dt);
  }
  await settle();
  rates.sort((x, y) => x - y);
  return { ops: rates[Math.floor(rates.length / 2)]!, gcs: gcCount - before };
}
