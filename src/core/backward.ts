/**
 * The backward pass: the gradient of a loss with respect to every weight and bias, laid out exactly
 * like the genome (so grad[i] is dLoss/dGenome[i]).
 */
import { multiplyByDerivative } from './activations';
import type { Numbers } from './forward';
import type { Network, Weights } from './network';

/**
 * Adds to grad[gradOff…] the gradient for one sample, given dLoss/dOutput in dOut. Uses net.a and
 * net.z left by the last forwardAt of this same genome and input — call it right after.
 */
export function backwardAt(
  net: Network,
  genome: Weights,
  gOff: number,
  dOut: Numbers,
  grad: Float32Array | Float64Array,
  gradOff: number,
): void {
  const a = net.a;
  const z = net.z;
  const d = net.delta;
  const sizes = net.sizes;
  const depth = net.depth;
  const lastBase = net.nOffset[depth] as number;
  for (let j = 0; j < net.outputSize; j++) d[lastBase + j] = dOut[j] as number;
  for (let l = depth - 1; l >= 0; l--) {
    const nIn = sizes[l] as number;
    const nOut = sizes[l + 1] as number;
    const inBase = net.nOffset[l] as number;
    const outBase = net.nOffset[l + 1] as number;
    // d: dLoss/dOutput of layer l+1 → dLoss/dPreactivation.
    multiplyByDerivative(net.acts[l] as number, z, d, outBase, nOut);
    const w = net.wOffset[l] as number;
    const b = net.bOffset[l] as number;
    const propagate = l > 0;
    if (propagate) for (let i = 0; i < nIn; i++) d[inBase + i] = 0;
    for (let j = 0; j < nOut; j++) {
      const dj = d[outBase + j] as number;
      grad[gradOff + b + j] = (grad[gradOff + b + j] as number) + dj;
      const row = w + j * nIn;
      const gRow = gradOff + row;
      const wRow = gOff + row;
      for (let i = 0; i < nIn; i++) {
        grad[gRow + i] = (grad[gRow + i] as number) + dj * (a[inBase + i] as number);
        // dLoss/dOutput of layer l, summed over j in order.
        if (propagate) d[inBase + i] = (d[inBase + i] as number) + (genome[wRow + i] as number) * dj;
      }
    }
  }
}
