/**
 * Losses over a dataset: mean squared error and binary cross-entropy (for a sigmoid output),
 * with their gradients through the whole network.
 *
 *   MSE  = 1/(n·k) Σ_samples Σ_outputs (y − t)²                 dL/dy = 2(y − t)/(n·k)
 *   BCE  = 1/(n·k) Σ −[t·ln y + (1 − t)·ln(1 − y)], y clamped to [ε, 1 − ε], ε = 1e-7
 *                                                               dL/dy = (−t/y + (1 − t)/(1 − y))/(n·k)
 * (0 where the clamp is active: the derivative of the function actually computed).
 * Logarithms use detLog, so a loss is the same bits in every JS engine.
 *
 * Untaught outputs: a target that is NaN means "this example does not teach this output" (e.g. a
 * creature with one output head per valley learns one valley's examples: the other head's targets
 * are NaN). Such an output adds nothing to the loss and nothing to the gradient (dL/dy = 0), and the
 * mean is taken over the taught outputs only: m = the number of non-NaN targets in the selection
 * replaces n·k above. When every target is taught, m = n·k and the figures are the same bits as
 * without masking. A selection with no taught output has loss 0 and gradient 0.
 */
import { backwardAt } from './backward';
import { detLog } from './detmath';
import { forwardAt, type Numbers } from './forward';
import type { Network, Weights } from './network';

export type LossKind = 'mse' | 'bce';

export const BCE_EPSILON = 1e-7;

/** Training examples: inputs (count × inputSize) and targets (count × outputSize), row-major. */
export interface Dataset {
  readonly inputs: Float32Array;
  readonly targets: Float32Array;
  readonly count: number;
}

/**
 * Which examples a pass uses: `indices[0…count)` into the dataset, or all examples in order when
 * indices is null.
 */
export interface Selection {
  readonly indices: Int32Array | null;
  readonly count: number;
}

export function allExamples(data: Dataset): Selection {
  return { indices: null, count: data.count };
}

/**
 * Adds the loss of one sample's outputs (net.a after a forward pass) to net.loss[1], and optionally
 * writes dL/dy into dOut, scaled by net.loss[2]. Doubles travel through net.loss, not as return
 * values or arguments: V8 boxes a double passed to or returned from a call it does not inline, and
 * that would allocate once per sample.
 */
function sampleLoss(net: Network, targets: Numbers, tOff: number, kind: LossKind, dOut: Float64Array | null): void {
  const scale = net.loss[2] as number;
  const a = net.a;
  const base = net.nOffset[net.depth] as number;
  const k = net.outputSize;
  let sum = 0;
  if (kind === 'mse') {
    for (let j = 0; j < k; j++) {
      const t = targets[tOff + j] as number;
      if (t !== t) {
        if (dOut) dOut[j] = 0;
        continue;
      }
      const e = (a[base + j] as number) - t;
      sum += e * e;
      if (dOut) dOut[j] = 2 * e * scale;
    }
  } else {
    for (let j = 0; j < k; j++) {
      const t = targets[tOff + j] as number;
      if (t !== t) {
        if (dOut) dOut[j] = 0;
        continue;
      }
      let y = a[base + j] as number;
      let inside = true;
      if (y < BCE_EPSILON) {
        y = BCE_EPSILON;
        inside = false;
      } else if (y > 1 - BCE_EPSILON) {
        y = 1 - BCE_EPSILON;
        inside = false;
      }
      sum -= t * detLog(y) + (1 - t) * detLog(1 - y);
      if (dOut) dOut[j] = inside ? (-t / y + (1 - t) / (1 - y)) * scale : 0;
    }
  }
  net.loss[1] = (net.loss[1] as number) + sum;
}

/** Mean loss of the genome over the selected examples. */
export function lossValue(
  net: Network,
  genome: Weights,
  data: Dataset,
  sel: Selection,
  kind: LossKind,
  gOff = 0,
): number {
  const nIn = net.inputSize;
  const k = net.outputSize;
  net.loss[1] = 0;
  for (let s = 0; s < sel.count; s++) {
    const e = sel.indices ? (sel.indices[s] as number) : s;
    forwardAt(net, genome, gOff, data.inputs, e * nIn, net.dOut, 0);
    sampleLoss(net, data.targets, e * k, kind, null);
  }
  const m = taughtCount(data, sel, k);
  return m > 0 ? net.loss[1] / m : 0;
}

/** How many targets of the selected examples are taught (not NaN): n·k when none is masked. */
export function taughtCount(data: Dataset, sel: Selection, k: number): number {
  const t = data.targets;
  let m = 0;
  for (let s = 0; s < sel.count; s++) {
    const off = (sel.indices ? (sel.indices[s] as number) : s) * k;
    for (let j = 0; j < k; j++) {
      const v = t[off + j] as number;
      if (v === v) m++;
    }
  }
  return m;
}

/**
 * Mean loss over the selected examples' taught outputs, with its gradient written into grad (overwritten, laid
 * out like the genome: grad[i] = dLoss/dGenome[i]).
 */
export function lossAndGradient(
  net: Network,
  genome: Weights,
  data: Dataset,
  sel: Selection,
  kind: LossKind,
  grad: Float32Array | Float64Array,
  gOff = 0,
): number {
  lossGradientInto(net, genome, data, sel, kind, grad, gOff);
  return net.loss[0] as number;
}

/**
 * lossAndGradient for hot loops: the loss goes to net.loss[0] instead of being returned, so a
 * training step allocates nothing even where the JIT does not inline the call (a returned double
 * would be boxed on the heap).
 */
export function lossGradientInto(
  net: Network,
  genome: Weights,
  data: Dataset,
  sel: Selection,
  kind: LossKind,
  grad: Float32Array | Float64Array,
  gOff = 0,
): void {
  grad.fill(0);
  const nIn = net.inputSize;
  const k = net.outputSize;
  net.loss[0] = 0;
  const m = taughtCount(data, sel, k);
  if (m === 0) return;
  const scale = 1 / m;
  const dOut = net.dOut;
  net.loss[1] = 0;
  net.loss[2] = scale;
  for (let s = 0; s < sel.count; s++) {
    const e = sel.indices ? (sel.indices[s] as number) : s;
    forwardAt(net, genome, gOff, data.inputs, e * nIn, dOut, 0);
    sampleLoss(net, data.targets, e * k, kind, dOut);
    backwardAt(net, genome, gOff, dOut, grad, 0);
  }
  net.loss[0] = net.loss[1] * scale;
}
