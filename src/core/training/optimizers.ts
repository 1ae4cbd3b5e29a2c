/**
 * Optimisers: how a gradient becomes a step of the genome. All work in place on flat arrays with
 * state of the genome's shape, no allocation per step.
 *
 *   g  = dLoss/dw (+ weightDecay·w, L2 decay), then clipped by norm, 0 on frozen weights
 *   sgd       w ← w − lr·g
 *   momentum  v ← μ·v + g;  w ← w − lr·v                            (heavy ball, "PyTorch" form)
 *   nesterov  v ← μ·v + g;  w ← w − lr·(g + μ·v)                    (Nesterov, same form)
 *   adam      m ← β1·m + (1 − β1)·g;  s ← β2·s + (1 − β2)·g²
 *             w ← w − lr·m̂/(√ŝ + ε),  m̂ = m/(1 − β1^t), ŝ = s/(1 − β2^t)   (Kingma & Ba 2015)
 * β^t is kept as a running product (no Math.pow: the engine uses + − × ÷ and √ only).
 */

export type OptimizerKind = 'sgd' | 'momentum' | 'nesterov' | 'adam';

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'momentum', 'nesterov', 'adam'];

export interface OptimizerSettings {
  readonly kind: OptimizerKind;
  /** Step size (genome units per unit of gradient for SGD). */
  readonly learningRate: number;
  /** μ for momentum and nesterov, default 0.9. */
  readonly momentum?: number;
  /** Adam's β1, β2, ε: defaults 0.9, 0.999, 1e-8. */
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** The optimiser's memory, shaped like the genome. */
export class OptimizerState {
  /** Velocity (momentum, nesterov) or first moment m (adam). */
  readonly first: Float64Array;
  /** Second moment s (adam). */
  readonly second: Float64Array;
  /** β1^t and β2^t of Adam after t steps. */
  beta1Power = 1;
  beta2Power = 1;
  steps = 0;

  constructor(paramCount: number) {
    this.first = new Float64Array(paramCount);
    this.second = new Float64Array(paramCount);
  }

  reset(): void {
    this.first.fill(0);
    this.second.fill(0);
    this.beta1Power = 1;
    this.beta2Power = 1;
    this.steps = 0;
  }
}

/**
 * One update of genome[0…n) from the prepared gradient grad[0…n) (decay, clipping and frozen
 * weights already applied). Weights whose `frozen` flag is 1 do not move.
 */
export function applyUpdate(
  settings: OptimizerSettings,
  state: OptimizerState,
  genome: Float32Array,
  grad: Float64Array,
  frozen: Uint8Array,
): void {
  const n = genome.length;
  const lr = settings.learningRate;
  state.steps++;
  switch (settings.kind) {
    case 'sgd':
      for (let i = 0; i < n; i++) if (frozen[i] === 0) genome[i] = (genome[i] as number) - lr * (grad[i] as number);
      break;
    case 'momentum':
    case 'nesterov': {
      const mu = settings.momentum ?? 0.9;
      const v = state.first;
      const nesterov = settings.kind === 'nesterov';
      for (let i = 0; i < n; i++) {
        if (frozen[i] !== 0) continue;
        const g = grad[i] as number;
        const vi = mu * (v[i] as number) + g;
        v[i] = vi;
        genome[i] = (genome[i] as number) - lr * (nesterov ? g + mu * vi : vi);
      }
      break;
    }
    case 'adam': {
      const b1 = settings.beta1 ?? 0.9;
      const b2 = settings.beta2 ?? 0.999;
      const eps = settings.epsilon ?? 1e-8;
      state.beta1Power *= b1;
      state.beta2Power *= b2;
      const c1 = 1 / (1 - state.beta1Power);
      const c2 = 1 / (1 - state.beta2Power);
      const m = state.first;
      const s = state.second;
      for (let i = 0; i < n; i++) {
        if (frozen[i] !== 0) continue;
        const g = grad[i] as number;
        const mi = b1 * (m[i] as number) + (1 - b1) * g;
        const si = b2 * (s[i] as number) + (1 - b2) * g * g;
        m[i] = mi;
        s[i] = si;
        genome[i] = (genome[i] as number) - (lr * mi * c1) / (Math.sqrt(si * c2) + eps);
      }
      break;
    }
  }
}
