/**
 * Crossover: a child genome made from two parents. Each writes into `out` (length = paramCount)
 * and returns how many of the child's weights came from parent b (for the lineage and the HUD).
 *
 * Why per-neuron crossover exists: the hidden units of a network can be permuted without changing
 * what it computes, so two good parents may have solved the problem with their neurons in different
 * orders; mixing single weights (uniform or one-point) can then splice half of one solution into
 * half of another and break both. Moving each neuron's incoming weights and bias together at least
 * keeps every neuron a working unit of one parent.
 */
import type { Network, Weights } from './network';
import type { Rng } from './rng';

/** Each weight from parent a or b with probability ½. */
export function crossoverUniform(a: Weights, b: Weights, rng: Rng, out: Weights): number {
  let fromB = 0;
  for (let i = 0; i < out.length; i++) {
    if (rng.u32() & 1) {
      out[i] = b[i] as number;
      fromB++;
    } else out[i] = a[i] as number;
  }
  return fromB;
}

/** Weights before a random cut point from a, the rest from b. */
export function crossoverOnePoint(a: Weights, b: Weights, rng: Rng, out: Weights): number {
  const n = out.length;
  const cut = rng.int(n + 1);
  for (let i = 0; i < cut; i++) out[i] = a[i] as number;
  for (let i = cut; i < n; i++) out[i] = b[i] as number;
  return n - cut;
}

/** Each neuron (its row of incoming weights and its bias) from a or b with probability ½. */
export function crossoverPerNeuron(net: Network, a: Weights, b: Weights, rng: Rng, out: Weights): number {
  let fromB = 0;
  for (let l = 0; l < net.depth; l++) {
    const nIn = net.sizes[l] as number;
    const nOut = net.sizes[l + 1] as number;
    const w = net.wOffset[l] as number;
    const bias = net.bOffset[l] as number;
    for (let j = 0; j < nOut; j++) {
      const src = rng.u32() & 1 ? b : a;
      if (src === b) fromB += nIn + 1;
      const row = w + j * nIn;
      for (let i = 0; i < nIn; i++) out[row + i] = src[row + i] as number;
      out[bias + j] = src[bias + j] as number;
    }
  }
  return fromB;
}
