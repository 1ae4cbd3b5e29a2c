/**
 * Layer-major forward pass of ONE genome over all the pixels of a picture, into buffers allocated
 * once. Layer l computes, for every pixel p (of a tile of 64) and neuron j,
 *   z[p][j] = b_j + Σ_i W[j][i]·a[p][i]   (added in index order i = 0, 1, …, exactly as forwardAt)
 * then applies the layer's activation to the tile's layer buffer in one call. The sums are the same
 * operations in the same order as `forwardAt`, so the outputs are the same bits; only the loop
 * nesting (layer, pixel, neuron instead of pixel, layer, neuron) changes.
 *
 * Not re-entrant (owns its buffers): one PatternBatch per thread.
 */
import { ACT_SIN, activateRange } from '../activations';
import type { Network, Weights } from '../network';

/** Pixels per tile: every layer's buffer for one tile stays in the L1 cache (64 × 16 × 8 B = 8 KB). */
export const PATTERN_TILE = 64;

export class PatternBatch {
  readonly net: Network;
  readonly pixels: number;
  /** The genome being run, as float64 (paramCount values, laid out like the genome). */
  readonly weights: Float64Array;
  /** Network outputs of every pixel after `run`: pixels × outputSize, row-major. */
  readonly output: Float64Array;
  /** Activations of hidden layer l = 1 … L−1 for one tile: PATTERN_TILE × n_l (index l − 1). */
  private readonly hidden: Float64Array[];

  constructor(net: Network, pixels: number) {
    this.net = net;
    this.pixels = pixels;
    this.weights = new Float64Array(net.paramCount);
    this.output = new Float64Array(pixels * net.outputSize);
    this.hidden = [];
    for (let l = 1; l < net.depth; l++) this.hidden.push(new Float64Array(PATTERN_TILE * (net.sizes[l] as number)));
  }

  /**
   * Runs genome[gOff…] on every pixel's input (inputs: pixels × inputSize, row-major) and returns
   * the output buffer (pixels × outputSize). The genome is first copied into the float64 `weights`
   * (exact: every float32 is a float64), so the hot loops read one array type.
   */
  run(genome: Weights, gOff: number, inputs: Float64Array): Float64Array {
    const W = this.weights;
    const P = this.net.paramCount;
    for (let k = 0; k < P; k++) W[k] = genome[gOff + k] as number;
    return this.runWeights(inputs);
  }

  /**
   * Like `run`, on the genome already written into `weights`. Pixels go through in tiles of
   * PATTERN_TILE, all layers for one tile before the next (a pixel's outputs do not depend on the tiling).
   */
  runWeights(inputs: Float64Array): Float64Array {
    const W = this.weights;
    const net = this.net;
    const last = net.depth - 1;
    for (let p0 = 0; p0 < this.pixels; p0 += PATTERN_TILE) {
      const count = Math.min(PATTERN_TILE, this.pixels - p0);
      for (let l = 0; l <= last; l++) {
        const nIn = net.sizes[l] as number;
        const nOut = net.sizes[l + 1] as number;
        const src = l === 0 ? inputs : (this.hidden[l - 1] as Float64Array);
        const srcOff = l === 0 ? p0 * nIn : 0;
        const dst = l === last ? this.output : (this.hidden[l] as Float64Array);
        const dstOff = l === last ? p0 * nOut : 0;
        denseLayer(W, net.wOffset[l] as number, net.bOffset[l] as number, nIn, nOut, src, srcOff, dst, dstOff, count);
        const act = net.acts[l] as number;
        if (act === ACT_SIN) sinInPlace(dst, dstOff, count * nOut);
        else activateRange(act, dst, dst, dstOff, count * nOut);
      }
    }
    return this.output;
  }
}

/**
 * dst[p][j] = b_j + Σ_i W[j][i]·src[p][i] for p < n (pre-activations; rows of src from srcOff, of
 * dst from dstOff), W and b read from the float64 array W at offsets w and b. Blocked 2 pixels × 4 neurons (each weight load serves two
 * pixels, each input load four neurons); every sum is still added in index order, like forwardAt.
 */
export function denseLayer(
  W: Float64Array,
  w: number,
  b: number,
  nIn: number,
  nOut: number,
  src: Float64Array,
  srcOff: number,
  dst: Float64Array,
  dstOff: number,
  n: number,
): void {
  let p = 0;
  for (; p + 2 <= n; p += 2) {
    const inA = srcOff + p * nIn;
    const inB = inA + nIn;
    const outA = dstOff + p * nOut;
    const outB = outA + nOut;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      const r0 = w + j * nIn;
      const r1 = r0 + nIn;
      const r2 = r1 + nIn;
      const r3 = r2 + nIn;
      let a0 = W[b + j] as number;
      let a1 = W[b + j + 1] as number;
      let a2 = W[b + j + 2] as number;
      let a3 = W[b + j + 3] as number;
      let b0 = a0;
      let b1 = a1;
      let b2 = a2;
      let b3 = a3;
      for (let i = 0; i < nIn; i++) {
        const xa = src[inA + i] as number;
        const xb = src[inB + i] as number;
        const w0 = W[r0 + i] as number;
        const w1 = W[r1 + i] as number;
        const w2 = W[r2 + i] as number;
        const w3 = W[r3 + i] as number;
        a0 += w0 * xa;
        a1 += w1 * xa;
        a2 += w2 * xa;
        a3 += w3 * xa;
        b0 += w0 * xb;
        b1 += w1 * xb;
        b2 += w2 * xb;
        b3 += w3 * xb;
      }
      dst[outA + j] = a0;
      dst[outA + j + 1] = a1;
      dst[outA + j + 2] = a2;
      dst[outA + j + 3] = a3;
      dst[outB + j] = b0;
      dst[outB + j + 1] = b1;
      dst[outB + j + 2] = b2;
      dst[outB + j + 3] = b3;
    }
    for (; j < nOut; j++) {
      const r = w + j * nIn;
      let sa = W[b + j] as number;
      let sb = sa;
      for (let i = 0; i < nIn; i++) {
        const wi = W[r + i] as number;
        sa += wi * (src[inA + i] as number);
        sb += wi * (src[inB + i] as number);
      }
      dst[outA + j] = sa;
      dst[outB + j] = sb;
    }
  }
  for (; p < n; p++) {
    for (let j = 0; j < nOut; j++) {
      const r = w + j * nIn;
      let s = W[b + j] as number;
      for (let i = 0; i < nIn; i++) s += (W[r + i] as number) * (src[srcOff + p * nIn + i] as number);
      dst[dstOff + p * nOut + j] = s;
    }
  }
}

// sinApprox's constants (detmath.ts), repeated so the loop below can inline the whole function.
const TWO_PI_HI = 6.283185307179586232;
const TWO_PI_LO = 2.44929359829470635445e-16;
const INV_TWO_PI = 0.15915494309189533577;
const PI = 3.141592653589793116;
const HALF_PI = 1.570796326794896558;
const S3 = -1 / 6;
const S5 = 1 / 120;
const S7 = -1 / 5040;
const S9 = 1 / 362880;
const S11 = -1 / 39916800;
const S13 = 1 / 6227020800;

// The same constants in an array: read into locals before the loop, V8 keeps them in registers
// (written as literals, each use is rebuilt from an immediate in every iteration).
const SIN_CONSTANTS = Float64Array.of(TWO_PI_HI, TWO_PI_LO, INV_TWO_PI, PI, HALF_PI, S3, S5, S7, S9, S11, S13);

/**
 * y[i] = sinApprox(y[i]) for off ≤ i < off + n, in place: the same operations as detmath's sinApprox (so the
 * same bits; a test checks it), inlined, and skipping the range reduction when |x| ≤ π/2, where it
 * is the identity (k = 0 gives r = x − 0 − 0 = x exactly, and no fold).
 */
export function sinInPlace(y: Float64Array, off: number, n: number): void {
  const c = SIN_CONSTANTS;
  const twoPiHi = c[0] as number;
  const twoPiLo = c[1] as number;
  const invTwoPi = c[2] as number;
  const pi = c[3] as number;
  const halfPi = c[4] as number;
  const s3 = c[5] as number;
  const s5 = c[6] as number;
  const s7 = c[7] as number;
  const s9 = c[8] as number;
  const s11 = c[9] as number;
  const s13 = c[10] as number;
  const end = off + n;
  for (let i = off; i < end; i++) {
    const x = y[i] as number;
    let t = x;
    if (!(x <= halfPi && x >= -halfPi)) {
      const k = Math.round(x * invTwoPi);
      t = x - k * twoPiHi - k * twoPiLo;
      if (t > halfPi) t = pi - t;
      else if (t < -halfPi) t = -pi - t;
    }
    const t2 = t * t;
    let p = s13;
    p = p * t2 + s11;
    p = p * t2 + s9;
    p = p * t2 + s7;
    p = p * t2 + s5;
    p = p * t2 + s3;
    y[i] = t + t * t2 * p;
  }
}

/**
 * Mean squared error of outputs (n × k) against targets (n × k), summed like `lossValue` (per
 * pixel Σ_j e², then over pixels in order, divided by n·k), so it is the same bits as the MSE loss
 * on the same pixels.
 */
export function meanSquaredError(outputs: Float64Array, targets: Float32Array, n: number, k: number): number {
  let total = 0;
  if (k === 1) {
    for (let p = 0; p < n; p++) {
      const e = (outputs[p] as number) - (targets[p] as number);
      total += e * e;
    }
  } else {
    for (let p = 0; p < n; p++) {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const e = (outputs[p * k + j] as number) - (targets[p * k + j] as number);
        sum += e * e;
      }
      total += sum;
    }
  }
  return n > 0 ? total / (n * k) : 0;
}
