/**
 * Choosing what a creature learns from: the teacher's set or the player's demonstrations are
 * Datasets made by the tasks; here a subset of one, and a rehearsal mix of old and new examples
 * (the cure for catastrophic forgetting the game shows: keep rehearsing some of task A while
 * learning task B). Each returns a new Dataset (copies), built once when the player chooses —
 * not in a hot loop.
 */
import type { Dataset } from '../loss';
import { err, ok, type Result } from '../result';
import type { Rng } from '../rng';

export interface DatasetError {
  readonly code: 'shape-mismatch' | 'bad-index' | 'bad-ratio' | 'empty';
  readonly message: string;
}

/** Input and target widths of a dataset (row lengths), or null when it is empty. */
export function datasetWidths(data: Dataset): { inputs: number; targets: number } | null {
  if (data.count === 0) return null;
  return { inputs: data.inputs.length / data.count, targets: data.targets.length / data.count };
}

/** The examples at `indices` (in that order, repeats allowed). */
export function subsetDataset(data: Dataset, indices: ArrayLike<number>): Result<Dataset, DatasetError> {
  const w = datasetWidths(data);
  if (!w) return err({ code: 'empty', message: 'cannot take a subset of an empty dataset' });
  const n = indices.length;
  const inputs = new Float32Array(n * w.inputs);
  const targets = new Float32Array(n * w.targets);
  for (let s = 0; s < n; s++) {
    const e = indices[s] as number;
    if (!Number.isInteger(e) || e < 0 || e >= data.count) {
      return err({ code: 'bad-index', message: `example ${String(e)} is outside 0…${data.count - 1}` });
    }
    inputs.set(data.inputs.subarray(e * w.inputs, (e + 1) * w.inputs), s * w.inputs);
    targets.set(data.targets.subarray(e * w.targets, (e + 1) * w.targets), s * w.targets);
  }
  return ok({ inputs, targets, count: n });
}

/**
 * A rehearsal mix of `count` examples: round(oldShare·count) drawn from `old`, the rest from
 * `fresh`, each side drawn without replacement while it lasts (then again from a new shuffle),
 * and the whole mix shuffled. oldShare = 0 is plain fine-tuning on the new task; 0.5 half and half.
 */
export function rehearsalMix(
  old: Dataset,
  fresh: Dataset,
  oldShare: number,
  count: number,
  rng: Rng,
): Result<Dataset, DatasetError> {
  if (!(oldShare >= 0 && oldShare <= 1)) return err({ code: 'bad-ratio', message: 'oldShare must be in [0, 1]' });
  if (!Number.isInteger(count) || count < 1) return err({ code: 'empty', message: 'a mix has at least one example' });
  const nOld = Math.round(oldShare * count);
  const nNew = count - nOld;
  const wo = datasetWidths(old);
  const wn = datasetWidths(fresh);
  if ((nOld > 0 && !wo) || (nNew > 0 && !wn)) {
    return err({ code: 'empty', message: 'a mix cannot draw from an empty dataset' });
  }
  const w = (nOld > 0 ? wo : wn) as { inputs: number; targets: number };
  if (nOld > 0 && nNew > 0 && (wo?.inputs !== wn?.inputs || wo?.targets !== wn?.targets)) {
    return err({ code: 'shape-mismatch', message: 'old and new examples have different input or target sizes' });
  }
  const inputs = new Float32Array(count * w.inputs);
  const targets = new Float32Array(count * w.targets);
  const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
  let slot = 0;
  const take = (data: Dataset, n: number): void => {
    let pool: number[] = [];
    for (let k = 0; k < n; k++) {
      if (pool.length === 0) pool = rng.shuffle(Array.from({ length: data.count }, (_, i) => i));
      const e = pool.pop() as number;
      const dst = order[slot++] as number;
      inputs.set(data.inputs.subarray(e * w.inputs, (e + 1) * w.inputs), dst * w.inputs);
      targets.set(data.targets.subarray(e * w.targets, (e + 1) * w.targets), dst * w.targets);
    }
  };
  take(old, nOld);
  take(fresh, nNew);
  return ok({ inputs, targets, count });
}

/** All examples of a, then all of b. */
export function concatDatasets(a: Dataset, b: Dataset): Result<Dataset, DatasetError> {
  const wa = datasetWidths(a);
  const wb = datasetWidths(b);
  if (wa && wb && (wa.inputs !== wb.inputs || wa.targets !== wb.targets)) {
    return err({ code: 'shape-mismatch', message: 'the two datasets have different input or target sizes' });
  }
  const inputs = new Float32Array(a.inputs.length + b.inputs.length);
  inputs.set(a.inputs);
  inputs.set(b.inputs, a.inputs.length);
  const targets = new Float32Array(a.targets.length + b.targets.length);
  targets.set(a.targets);
  targets.set(b.targets, a.targets.length);
  return ok({ inputs, targets, count: a.count + b.count });
}
