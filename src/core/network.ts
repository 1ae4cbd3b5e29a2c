/**
 * The network is the genome. A creature's brain is a multilayer perceptron of a declared shape;
 * all its weights and biases live in ONE flat typed array, and that array is the genome that
 * mutates, crosses over, is written as DNA and is trained by gradient descent.
 *
 * Layout of the genome (documented once, used everywhere): for each layer l = 0 … L−1, mapping
 * layer sizes n_l → n_{l+1}:
 *   W_l  n_{l+1} × n_l values, [out][in] row-major: W_l[j][i] at wOffset[l] + j·n_l + i
 *   b_l  n_{l+1} values:                            b_l[j]    at bOffset[l] + j
 * and the layers follow each other. Parameter count = Σ n_{l+1}·(n_l + 1).
 */
import { ACTIVATIONS, activationCode, type Activation } from './activations';
import { err, ok, type Result } from './result';
import type { Rng } from './rng';

export interface NetworkSpec {
  /** Neuron counts per layer: [inputs, hidden…, outputs]. */
  readonly layers: readonly number[];
  /** One activation per weight layer (layers.length − 1 of them). */
  readonly activations: readonly Activation[];
}

/** A genome: the flat weights-and-biases array. Float64Array is accepted for exact gradient checks. */
export type Weights = Float32Array | Float64Array;

/** Largest network the engine (and a share code) accepts. */
export const MAX_LAYERS = 6;
export const MAX_LAYER_SIZE = 64;
export const MAX_PARAMETERS = 4096;

export interface SpecError {
  readonly code: 'bad-shape' | 'bad-activation' | 'too-large';
  readonly message: string;
}

export function parameterCount(spec: NetworkSpec): number {
  let n = 0;
  for (let l = 0; l + 1 < spec.layers.length; l++) {
    n += (spec.layers[l + 1] as number) * ((spec.layers[l] as number) + 1);
  }
  return n;
}

export function validateSpec(spec: NetworkSpec): Result<NetworkSpec, SpecError> {
  const { layers, activations } = spec;
  if (!Array.isArray(layers) || layers.length < 2 || layers.length > MAX_LAYERS) {
    return err({ code: 'bad-shape', message: `a network has 2 to ${MAX_LAYERS} layers` });
  }
  for (const n of layers) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_LAYER_SIZE) {
      return err({ code: 'bad-shape', message: `each layer has 1 to ${MAX_LAYER_SIZE} neurons, not ${String(n)}` });
    }
  }
  if (!Array.isArray(activations) || activations.length !== layers.length - 1) {
    return err({
      code: 'bad-activation',
      message: `a network of ${layers.length} layers needs ${layers.length - 1} activations`,
    });
  }
  for (const a of activations as readonly unknown[]) {
    if (!ACTIVATIONS.includes(a as Activation))
      return err({ code: 'bad-activation', message: `unknown activation "${String(a)}"` });
  }
  if (parameterCount(spec) > MAX_PARAMETERS) {
    return err({ code: 'too-large', message: `a network has at most ${MAX_PARAMETERS} weights` });
  }
  return ok(spec);
}

/**
 * A compiled network shape with its offsets and its own scratch buffers. The scratch makes it
 * non-reentrant: use one Network per thread (they are cheap), never share one between two
 * interleaved passes.
 */
export class Network {
  readonly spec: NetworkSpec;
  /** Number of weight layers L. */
  readonly depth: number;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly paramCount: number;
  /** Neurons in all layers, inputs included. */
  readonly neuronCount: number;
  readonly sizes: Int32Array;
  /** Activation code of weight layer l. */
  readonly acts: Uint8Array;
  /** Start of W_l in the genome. */
  readonly wOffset: Int32Array;
  /** Start of b_l in the genome. */
  readonly bOffset: Int32Array;
  /** Start of layer l's neurons in the neuron-indexed scratch arrays. */
  readonly nOffset: Int32Array;
  /** Activations of every neuron after the last forward pass (inputs first). */
  readonly a: Float64Array;
  /** Pre-activations of every non-input neuron after the last forward pass (inputs' slots unused). */
  readonly z: Float64Array;
  /** dLoss/dPreactivation of every neuron during a backward pass. */
  readonly delta: Float64Array;
  /** dLoss/dOutput scratch for loss functions. */
  readonly dOut: Float64Array;
  /** [0]: the last loss computed by lossGradientInto; [1]: its running sum; [2]: its scale (loss.ts). */
  readonly loss = new Float64Array(3);

  constructor(spec: NetworkSpec) {
    const checked = validateSpec(spec);
    if (!checked.ok) throw new RangeError(checked.error.message);
    this.spec = { layers: [...spec.layers], activations: [...spec.activations] };
    const L = spec.layers.length - 1;
    this.depth = L;
    this.sizes = Int32Array.from(spec.layers);
    this.acts = Uint8Array.from(spec.activations.map(activationCode));
    this.wOffset = new Int32Array(L);
    this.bOffset = new Int32Array(L);
    this.nOffset = new Int32Array(L + 1);
    let p = 0;
    let n = 0;
    for (let l = 0; l <= L; l++) {
      this.nOffset[l] = n;
      n += this.sizes[l] as number;
      if (l < L) {
        const nIn = this.sizes[l] as number;
        const nOut = this.sizes[l + 1] as number;
        this.wOffset[l] = p;
        p += nIn * nOut;
        this.bOffset[l] = p;
        p += nOut;
      }
    }
    this.paramCount = p;
    this.neuronCount = n;
    this.inputSize = this.sizes[0] as number;
    this.outputSize = this.sizes[L] as number;
    this.a = new Float64Array(n);
    this.z = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.dOut = new Float64Array(this.outputSize);
  }

  /** Which weight layer and which connection a genome index belongs to (for the brain view and DNA strip). */
  locate(index: number): { layer: number; kind: 'weight' | 'bias'; out: number; in: number } {
    for (let l = 0; l < this.depth; l++) {
      const nIn = this.sizes[l] as number;
      const w = this.wOffset[l] as number;
      const b = this.bOffset[l] as number;
      const end = b + (this.sizes[l + 1] as number);
      if (index >= w && index < b) {
        const r = index - w;
        return { layer: l, kind: 'weight', out: Math.floor(r / nIn), in: r % nIn };
      }
      if (index >= b && index < end) return { layer: l, kind: 'bias', out: index - b, in: -1 };
    }
    throw new RangeError(`genome index ${index} is outside 0…${this.paramCount - 1}`);
  }
}

/**
 * Seeded initialisation into genome[off…off+paramCount): weights ~ N(0, σ²) with σ = gain·√(2/(fan_in+fan_out))
 * (Xavier/Glorot) for tanh, sigmoid, sin and linear layers, σ = gain·√(2/fan_in) (He) for relu; biases 0.
 */
export function initGenome(net: Network, rng: Rng, genome: Weights, off = 0, gain = 1): void {
  for (let l = 0; l < net.depth; l++) {
    const nIn = net.sizes[l] as number;
    const nOut = net.sizes[l + 1] as number;
    const he = net.acts[l] === activationCode('relu');
    const sigma = gain * Math.sqrt(he ? 2 / nIn : 2 / (nIn + nOut));
    const w = off + (net.wOffset[l] as number);
    for (let k = 0; k < nIn * nOut; k++) genome[w + k] = sigma * rng.normal();
    const b = off + (net.bOffset[l] as number);
    for (let j = 0; j < nOut; j++) genome[b + j] = 0;
  }
}

export function createGenome(net: Network, rng: Rng, gain = 1): Float32Array {
  const g = new Float32Array(net.paramCount);
  initGenome(net, rng, g, 0, gain);
  return g;
}

/** True when every weight is a finite number (a genome with NaN or ∞ must never be saved). */
export function isFiniteGenome(genome: Weights, off = 0, n = genome.length - off): boolean {
  for (let i = off; i < off + n; i++) {
    const v = genome[i] as number;
    if (v - v !== 0) return false;
  }
  return true;
}
