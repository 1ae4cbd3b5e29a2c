/** Distances between genomes: in weight space (L2) and on the DNA strip (bases that differ). */
import { weightToLevel, type DnaCodec } from './dna';
import type { Weights } from './network';

/** Euclidean distance between genome a[aOff…aOff+n) and b[bOff…bOff+n). */
export function l2Distance(a: Weights, b: Weights, n = a.length, aOff = 0, bOff = 0): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = (a[aOff + i] as number) - (b[bOff + i] as number);
    s += d * d;
  }
  return Math.sqrt(s);
}

/** How many bases differ when both genomes are written as DNA with the same codec. */
export function hammingDistance(a: Weights, b: Weights, codec: DnaCodec, n = a.length, aOff = 0, bOff = 0): number {
  let count = 0;
  for (let i = 0; i < n; i++) {
    let la = weightToLevel(a[aOff + i] as number, codec);
    let lb = weightToLevel(b[bOff + i] as number, codec);
    for (let k = 0; k < codec.k; k++) {
      if ((la & 3) !== (lb & 3)) count++;
      la >>= 2;
      lb >>= 2;
    }
  }
  return count;
}
