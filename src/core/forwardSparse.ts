/**
 * A forward pass that skips the inputs that are exactly zero — the same bits as `forwardAt`, faster
 * when most inputs are zero. A forage creature's ray sensors read 0 whenever a ray meets nothing
 * within range, so on a typical tick only about a quarter of its inputs are non-zero.
 *
 * Why the bits are the same. forwardAt computes each first-layer sum in index order,
 * s = b_j + W[j][0]·x_0 + W[j][1]·x_1 + …. For x_i = ±0 and a finite weight the term is ±0, and
 * s + (±0) = s exactly — unless s is −0 (−0 + +0 = +0). A running sum that starts at a bias other
 * than −0 is never −0: in round-to-nearest a sum is −0 only when both addends are −0 (x + (−x) is
 * +0, and an exact zero result of an underflowing sum is +0 too). NaN and ±∞ stay themselves when
 * ±0 is added. So when every first-layer weight is finite and no first-layer bias is −0
 * (`skipsZeroInputsExactly`), leaving the zero terms out changes no partial sum that follows, and
 * z, a and the outputs are the same bits. (An infinite or NaN weight times 0 is NaN, which skipping
 * would hide: such a genome takes the dense path.) Later layers are dense (tanh is rarely exactly 0).
 *
 * `SparseFirstLayer` + `forwardSparseRowsAt` is that pass for a genome run many times (a forage
 * creature's 1,000 ticks): its first layer is copied once, input-major and in float64, so each
 * non-zero input reads one contiguous row (float32 → float64 is exact: the same products and sums).
 *
 * Not re-entrant: module scratch for the non-zero inputs, and the network's own scratch.
 */
import { copyOutput, activateLayer, layerAt, type Numbers, type NumbersOut } from './forward';
import { MAX_LAYER_SIZE, type Network, type Weights } from './network';

/** Positions and values of this pass's non-zero inputs, ascending. */
const nonZeroAt = new Int32Array(MAX_LAYER_SIZE);
const nonZeroValue = new Float64Array(MAX_LAYER_SIZE);

/**
 * True when skipping zero inputs gives exactly forwardAt's bits for the genome at gOff: every weight
 * of the first layer is finite and no first-layer bias is −0. O(first layer); check once per genome.
 */
export function skipsZeroInputsExactly(net: Network, genome: Weights, gOff: number): boolean {
  const w = gOff + (net.wOffset[0] as number);
  const nW = net.inputSize * (net.sizes[1] as number);
  for (let k = w; k < w + nW; k++) {
    const v = genome[k] as number;
    if (v - v !== 0) return false;
  }
  const b = gOff + (net.bOffset[0] as number);
  for (let k = b; k < b + (net.sizes[1] as number); k++) {
    const v = genome[k] as number;
    if (v === 0 && 1 / v < 0) return false;
  }
  return true;
}

/**
 * One genome's first layer, laid out for `forwardSparseRowsAt`: row i holds the weights from input i
 * to every first-layer neuron (float64), `bias` the neurons' biases. `load` it once per genome.
 */
export class SparseFirstLayer {
  readonly rows: Float64Array;
  readonly bias: Float64Array;
  private readonly width: number;

  constructor(net: Network) {
    this.width = net.sizes[1] as number;
    this.rows = new Float64Array(net.inputSize * this.width);
    this.bias = new Float64Array(this.width);
  }

  /** Copies the first layer of the genome at gOff; returns `skipsZeroInputsExactly` for it. */
  load(net: Network, genome: Weights, gOff: number): boolean {
    const nIn = net.inputSize;
    const nOut = this.width;
    const w = gOff + (net.wOffset[0] as number);
    const b = gOff + (net.bOffset[0] as number);
    for (let j = 0; j < nOut; j++) {
      this.bias[j] = genome[b + j] as number;
      for (let i = 0; i < nIn; i++) this.rows[i * nOut + j] = genome[w + j * nIn + i] as number;
    }
    return skipsZeroInputsExactly(net, genome, gOff);
  }
}

/**
 * forwardAt with the genome's first layer read from `first` (loaded from the same genome, which
 * passed `skipsZeroInputsExactly`): the same outputs, net.a and net.z, bit for bit — each first-layer
 * sum is bias + Σ weight·input over the non-zero inputs only, in ascending order.
 */
export function forwardSparseRowsAt(
  net: Network,
  first: SparseFirstLayer,
  genome: Weights,
  gOff: number,
  input: Numbers,
  inOff: number,
  out: NumbersOut,
  outOff: number,
): void {
  const a = net.a;
  const n0 = net.inputSize;
  let m = 0;
  for (let i = 0; i < n0; i++) {
    const v = input[inOff + i] as number;
    a[i] = v;
    if (v !== 0) {
      nonZeroAt[m] = i;
      nonZeroValue[m] = v;
      m++;
    }
  }
  rowsFirstLayer(net, first, m);
  const depth = net.depth;
  for (let l = 1; l < depth; l++) layerAt(net, genome, gOff, l);
  copyOutput(net, out, outOff);
}

/** Layer 0 from the m non-zero inputs and the prepared rows, eight neurons at a time; then its activation. */
function rowsFirstLayer(net: Network, first: SparseFirstLayer, m: number): void {
  const z = net.z;
  const at = nonZeroAt;
  const val = nonZeroValue;
  const rows = first.rows;
  const bias = first.bias;
  const nOut = net.sizes[1] as number;
  const outBase = net.nOffset[1] as number;
  let j = 0;
  for (; j + 8 <= nOut; j += 8) {
    let s0 = bias[j] as number;
    let s1 = bias[j + 1] as number;
    let s2 = bias[j + 2] as number;
    let s3 = bias[j + 3] as number;
    let s4 = bias[j + 4] as number;
    let s5 = bias[j + 5] as number;
    let s6 = bias[j + 6] as number;
    let s7 = bias[j + 7] as number;
    for (let k = 0; k < m; k++) {
      const r = (at[k] as number) * nOut + j;
      const x = val[k] as number;
      s0 += (rows[r] as number) * x;
      s1 += (rows[r + 1] as number) * x;
      s2 += (rows[r + 2] as number) * x;
      s3 += (rows[r + 3] as number) * x;
      s4 += (rows[r + 4] as number) * x;
      s5 += (rows[r + 5] as number) * x;
      s6 += (rows[r + 6] as number) * x;
      s7 += (rows[r + 7] as number) * x;
    }
    const o = outBase + j;
    z[o] = s0;
    z[o + 1] = s1;
    z[o + 2] = s2;
    z[o + 3] = s3;
    z[o + 4] = s4;
    z[o + 5] = s5;
    z[o + 6] = s6;
    z[o + 7] = s7;
  }
  for (; j + 4 <= nOut; j += 4) {
    let s0 = bias[j] as number;
    let s1 = bias[j + 1] as number;
    let s2 = bias[j + 2] as number;
    let s3 = bias[j + 3] as number;
    for (let k = 0; k < m; k++) {
      const r = (at[k] as number) * nOut + j;
      const x = val[k] as number;
      s0 += (rows[r] as number) * x;
      s1 += (rows[r + 1] as number) * x;
      s2 += (rows[r + 2] as number) * x;
      s3 += (rows[r + 3] as number) * x;
    }
    const o = outBase + j;
    z[o] = s0;
    z[o + 1] = s1;
    z[o + 2] = s2;
    z[o + 3] = s3;
  }
  for (; j < nOut; j++) {
    let s = bias[j] as number;
    for (let k = 0; k < m; k++) s += (rows[(at[k] as number) * nOut + j] as number) * (val[k] as number);
    z[outBase + j] = s;
  }
  activateLayer(net, 0);
}
