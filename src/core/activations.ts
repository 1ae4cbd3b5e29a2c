/**
 * Activation functions of a layer, applied in place over a run of neurons. All use + − × ÷ only
 * (see detmath.ts), and each derivative is the derivative of the function actually computed.
 */
import { sinApprox, sinApproxDerivative, tanhApprox, tanhApproxDerivative } from './detmath';

export type Activation = 'linear' | 'tanh' | 'relu' | 'sigmoid' | 'sin';

export const ACTIVATIONS: readonly Activation[] = ['linear', 'tanh', 'relu', 'sigmoid', 'sin'];

/** Numeric code of each activation, the index in ACTIVATIONS (used in hot loops and share codes). */
export const ACT_LINEAR = 0;
export const ACT_TANH = 1;
export const ACT_RELU = 2;
export const ACT_SIGMOID = 3;
export const ACT_SIN = 4;

export function activationCode(a: Activation): number {
  return ACTIVATIONS.indexOf(a);
}

/** sigmoid(x) = ½ + ½·tanh(x/2), through the deterministic tanh. */
export function sigmoidApprox(x: number): number {
  return 0.5 + 0.5 * tanhApprox(0.5 * x);
}

/** y[i] = f(z[i]) for i in [off, off + n). The switch is outside the loop. */
export function activateRange(code: number, z: Float64Array, y: Float64Array, off: number, n: number): void {
  const end = off + n;
  switch (code) {
    case ACT_TANH:
      for (let i = off; i < end; i++) y[i] = tanhApprox(z[i] as number);
      break;
    case ACT_RELU:
      for (let i = off; i < end; i++) {
        const v = z[i] as number;
        y[i] = v > 0 ? v : 0;
      }
      break;
    case ACT_SIGMOID:
      for (let i = off; i < end; i++) y[i] = 0.5 + 0.5 * tanhApprox(0.5 * (z[i] as number));
      break;
    case ACT_SIN:
      for (let i = off; i < end; i++) y[i] = sinApprox(z[i] as number);
      break;
    default:
      for (let i = off; i < end; i++) y[i] = z[i] as number;
  }
}

/** d[i] *= f'(z[i]) for i in [off, off + n): turns dLoss/dOutput into dLoss/dPreactivation. */
export function multiplyByDerivative(code: number, z: Float64Array, d: Float64Array, off: number, n: number): void {
  const end = off + n;
  switch (code) {
    case ACT_TANH:
      for (let i = off; i < end; i++) d[i] = (d[i] as number) * tanhApproxDerivative(z[i] as number);
      break;
    case ACT_RELU:
      for (let i = off; i < end; i++) if ((z[i] as number) <= 0) d[i] = 0;
      break;
    case ACT_SIGMOID:
      for (let i = off; i < end; i++) d[i] = (d[i] as number) * 0.25 * tanhApproxDerivative(0.5 * (z[i] as number));
      break;
    case ACT_SIN:
      for (let i = off; i < end; i++) d[i] = (d[i] as number) * sinApproxDerivative(z[i] as number);
      break;
    default:
  }
}

/** f(x) for one value (for views and tests; hot loops use activateRange). */
export function activate(code: number, x: number): number {
  switch (code) {
    case ACT_TANH:
      return tanhApprox(x);
    case ACT_RELU:
      return x > 0 ? x : 0;
    case ACT_SIGMOID:
      return sigmoidApprox(x);
    case ACT_SIN:
      return sinApprox(x);
    default:
      return x;
  }
}
