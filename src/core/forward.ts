/**
 * Forward passes: one input through one genome, a batch of inputs through one genome (the pattern
 * task runs every pixel through one creature), and a population of genomes stored back to back in
 * one buffer, one input each. No allocation: everything writes into caller buffers or the
 * network's own scratch.
 */
import { ACT_TANH, activateRange } from './activations';
import type { Network, Weights } from './network';

/** Numbers in, read-only: any typed or plain numeric array. */
export type Numbers = ArrayLike<number>;
/** Numbers out. */
export type NumbersOut = Float32Array | Float64Array;

/**
 * One forward pass of the genome starting at genome[gOff] on input[inOff…], writing the outputs
 * to out[outOff…]. Afterwards net.a holds every neuron's activation and net.z every pre-activation
 * (what the brain view shows live, and what backwardAt needs).
 */
export function forwardAt(
  net: Network,
  genome: Weights,
  gOff: number,
  input: Numbers,
  inOff: number,
  out: NumbersOut,
  outOff: number,
): void {
  const a = net.a;
  const n0 = net.inputSize;
  for (let i = 0; i < n0; i++) a[i] = input[inOff + i] as number;
  const depth = net.depth;
  for (let l = 0; l < depth; l++) layerAt(net, genome, gOff, l);
  copyOutput(net, out, outOff);
}

/**
 * Weight layer l of the genome at gOff on the network's scratch: z_j = b_j + Σ_i W[j][i]·a_i for
 * every output j, then a_j = f(z_j).
 *
 * Eight outputs at a time (then four, two, one): independent sums reuse each a_i and keep the FPU
 * busy. Each sum is still s_j = b_j + Σ_i W[j][i]·a_i added in index order i = 0, 1, …, so the result
 * does not depend on the blocking (the order is part of determinism).
 */
export function layerAt(net: Network, genome: Weights, gOff: number, l: number): void {
  const a = net.a;
  const z = net.z;
  const nIn = net.sizes[l] as number;
  const nOut = net.sizes[l + 1] as number;
  const inBase = net.nOffset[l] as number;
  const outBase = net.nOffset[l + 1] as number;
  const b = gOff + (net.bOffset[l] as number);
  const w = gOff + (net.wOffset[l] as number);
  let j = 0;
  for (; j + 8 <= nOut; j += 8) {
    const r0 = w + j * nIn;
    const r1 = r0 + nIn;
    const r2 = r1 + nIn;
    const r3 = r2 + nIn;
    const r4 = r3 + nIn;
    const r5 = r4 + nIn;
    const r6 = r5 + nIn;
    const r7 = r6 + nIn;
    let s0 = genome[b + j] as number;
    let s1 = genome[b + j + 1] as number;
    let s2 = genome[b + j + 2] as number;
    let s3 = genome[b + j + 3] as number;
    let s4 = genome[b + j + 4] as number;
    let s5 = genome[b + j + 5] as number;
    let s6 = genome[b + j + 6] as number;
    let s7 = genome[b + j + 7] as number;
    for (let i = 0; i < nIn; i++) {
      const x = a[inBase + i] as number;
      s0 += (genome[r0 + i] as number) * x;
      s1 += (genome[r1 + i] as number) * x;
      s2 += (genome[r2 + i] as number) * x;
      s3 += (genome[r3 + i] as number) * x;
      s4 += (genome[r4 + i] as number) * x;
      s5 += (genome[r5 + i] as number) * x;
      s6 += (genome[r6 + i] as number) * x;
      s7 += (genome[r7 + i] as number) * x;
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
    const r0 = w + j * nIn;
    const r1 = r0 + nIn;
    const r2 = r1 + nIn;
    const r3 = r2 + nIn;
    let s0 = genome[b + j] as number;
    let s1 = genome[b + j + 1] as number;
    let s2 = genome[b + j + 2] as number;
    let s3 = genome[b + j + 3] as number;
    for (let i = 0; i < nIn; i++) {
      const x = a[inBase + i] as number;
      s0 += (genome[r0 + i] as number) * x;
      s1 += (genome[r1 + i] as number) * x;
      s2 += (genome[r2 + i] as number) * x;
      s3 += (genome[r3 + i] as number) * x;
    }
    const o = outBase + j;
    z[o] = s0;
    z[o + 1] = s1;
    z[o + 2] = s2;
    z[o + 3] = s3;
  }
  if (j + 2 <= nOut) {
    const r0 = w + j * nIn;
    const r1 = r0 + nIn;
    let s0 = genome[b + j] as number;
    let s1 = genome[b + j + 1] as number;
    for (let i = 0; i < nIn; i++) {
      const x = a[inBase + i] as number;
      s0 += (genome[r0 + i] as number) * x;
      s1 += (genome[r1 + i] as number) * x;
    }
    z[outBase + j] = s0;
    z[outBase + j + 1] = s1;
    j += 2;
  }
  if (j < nOut) {
    const r = w + j * nIn;
    let s = genome[b + j] as number;
    for (let i = 0; i < nIn; i++) s += (genome[r + i] as number) * (a[inBase + i] as number);
    z[outBase + j] = s;
  }
  activateLayer(net, l);
}

/** a = f(z) over layer l's outputs. */
export function activateLayer(net: Network, l: number): void {
  const outBase = net.nOffset[l + 1] as number;
  const nOut = net.sizes[l + 1] as number;
  const act = net.acts[l] as number;
  if (act === ACT_TANH) tanhRange(net.z, net.a, outBase, outBase + nOut);
  else activateRange(act, net.z, net.a, outBase, nOut);
}

// tanhApprox's clamp and coefficients (detmath.ts), in an array: see tanhRange.
const TANH_COEFFICIENTS = Float64Array.of(
  7.90531110763549805,
  4.89352455891786e-3,
  6.37261928875436e-4,
  1.48572235717979e-5,
  5.12229709037114e-8,
  -8.60467152213735e-11,
  2.00018790482477e-13,
  -2.76076847742355e-16,
  4.89352518554385e-3,
  2.268434632439e-3,
  1.18534705686654e-4,
  1.19825839466702e-6,
);

/**
 * y[i] = tanhApprox(z[i]) for from ≤ i < to: the same operations in the same order (the same bits;
 * a test checks it). The constants are read into locals before the loop, so V8 keeps them in
 * registers — written as literals, each use is rebuilt from an immediate in every iteration, which
 * made the activation about 40 % of a small network's forward pass.
 */
export function tanhRange(z: Float64Array, y: Float64Array, from: number, to: number): void {
  const c = TANH_COEFFICIENTS;
  const clamp = c[0] as number;
  const a1 = c[1] as number;
  const a3 = c[2] as number;
  const a5 = c[3] as number;
  const a7 = c[4] as number;
  const a9 = c[5] as number;
  const a11 = c[6] as number;
  const a13 = c[7] as number;
  const b0 = c[8] as number;
  const b2 = c[9] as number;
  const b4 = c[10] as number;
  const b6 = c[11] as number;
  for (let i = from; i < to; i++) {
    const x = z[i] as number;
    let t: number;
    if (x > clamp) t = 1;
    else if (x < -clamp) t = -1;
    else {
      const x2 = x * x;
      let p = a13;
      p = p * x2 + a11;
      p = p * x2 + a9;
      p = p * x2 + a7;
      p = p * x2 + a5;
      p = p * x2 + a3;
      p = p * x2 + a1;
      let q = b6;
      q = q * x2 + b4;
      q = q * x2 + b2;
      q = q * x2 + b0;
      t = (x * p) / q;
    }
    y[i] = t;
  }
}

/** The last layer's activations to out[outOff…]. */
export function copyOutput(net: Network, out: NumbersOut, outOff: number): void {
  const a = net.a;
  const last = net.nOffset[net.depth] as number;
  const nOutput = net.outputSize;
  for (let j = 0; j < nOutput; j++) out[outOff + j] = a[last + j] as number;
}

/** One input through one genome. If `activations` is given, every neuron's activation is copied into it. */
export function forward(
  net: Network,
  genome: Weights,
  input: Numbers,
  out: NumbersOut,
  activations?: NumbersOut,
): void {
  forwardAt(net, genome, 0, input, 0, out, 0);
  if (activations) activations.set(net.a);
}

/** n inputs (row-major, n × inputSize) through one genome into outputs (n × outputSize). */
export function forwardBatch(net: Network, genome: Weights, inputs: Numbers, n: number, outputs: NumbersOut): void {
  const nIn = net.inputSize;
  const nOut = net.outputSize;
  for (let s = 0; s < n; s++) forwardAt(net, genome, 0, inputs, s * nIn, outputs, s * nOut);
}

/**
 * A population of `count` genomes stored back to back (count × paramCount), input p for genome p
 * (count × inputSize), output p from genome p (count × outputSize).
 */
export function forwardPopulation(
  net: Network,
  genomes: Weights,
  count: number,
  inputs: Numbers,
  outputs: NumbersOut,
): void {
  const P = net.paramCount;
  const nIn = net.inputSize;
  const nOut = net.outputSize;
  for (let p = 0; p < count; p++) forwardAt(net, genomes, p * P, inputs, p * nIn, outputs, p * nOut);
}
