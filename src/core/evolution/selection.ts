/**
 * Who gets to have offspring. Four ways, each picking one parent slot per call from a seeded Rng:
 *
 *   player        uniformly among the creatures the player tapped (the breeder chooses)
 *   truncation    uniformly among the best ⌈fraction·count⌉ (at least 1)
 *   tournament    `size` creatures drawn uniformly with replacement; the fittest of them wins
 *   proportional  roulette wheel on shifted fitness: P(p) ∝ f_p − f_min + ε, ε = 1e-9·(1 + spread)
 *                 (fitness may be negative, so it is shifted; all equal → uniform)
 *
 * Ranking (for truncation and elitism) is by fitness, highest first; ties go to the lower slot; an
 * unevaluated (NaN) creature ranks last. All deterministic for a given Rng state.
 */
import type { Rng } from '../rng';

export type SelectionMethod =
  | { readonly kind: 'player' }
  | { readonly kind: 'truncation'; readonly fraction: number }
  | { readonly kind: 'tournament'; readonly size: number }
  | { readonly kind: 'proportional' };

/** Slots ordered best first (written into `order`, length = fitness length). */
export function rankSlots(fitness: Float64Array, order: Int32Array): void {
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    const fa = fitness[a] as number;
    const fb = fitness[b] as number;
    const na = fa !== fa;
    const nb = fb !== fb;
    if (na || nb) return na && nb ? a - b : na ? 1 : -1;
    return fb > fa ? 1 : fb < fa ? -1 : a - b;
  });
}

export class ParentSelector {
  private readonly order: Int32Array;
  private readonly wheel: Float64Array;
  private fitness: Float64Array;
  private method: SelectionMethod = { kind: 'truncation', fraction: 0.5 };
  private chosen: readonly number[] = [];
  private poolSize = 1;

  constructor(count: number) {
    this.order = new Int32Array(count);
    this.wheel = new Float64Array(count);
    this.fitness = new Float64Array(count);
  }

  /** Slots ranked best first (valid after prepare). */
  get ranking(): Int32Array {
    return this.order;
  }

  /**
   * Prepares picking for one generation. `chosenSlots` are the player's picks (slots, not ids),
   * used by the 'player' method; with an empty choice the player method falls back to truncation at ½.
   */
  prepare(fitness: Float64Array, method: SelectionMethod, chosenSlots: readonly number[] = []): void {
    this.fitness = fitness;
    this.method = method;
    this.chosen = chosenSlots;
    rankSlots(fitness, this.order);
    const n = this.order.length;
    if (method.kind === 'truncation') this.poolSize = Math.max(1, Math.min(n, Math.ceil(method.fraction * n)));
    if (method.kind === 'player' && chosenSlots.length === 0) {
      this.method = { kind: 'truncation', fraction: 0.5 };
      this.poolSize = Math.max(1, Math.ceil(0.5 * n));
    }
    if (method.kind === 'proportional') {
      let lo = Infinity;
      let hi = -Infinity;
      for (let p = 0; p < n; p++) {
        const f = fitness[p] as number;
        if (f < lo) lo = f;
        if (f > hi) hi = f;
      }
      const eps = 1e-9 * (1 + (hi > lo ? hi - lo : 0));
      let acc = 0;
      for (let p = 0; p < n; p++) {
        const f = fitness[p] as number;
        acc += f === f ? f - lo + eps : 0;
        this.wheel[p] = acc;
      }
    }
  }

  /** One parent slot. */
  pick(rng: Rng): number {
    const m = this.method;
    const n = this.order.length;
    switch (m.kind) {
      case 'player':
        return this.chosen[rng.int(this.chosen.length)] as number;
      case 'truncation':
        return this.order[rng.int(this.poolSize)] as number;
      case 'tournament': {
        const k = Math.max(1, Math.floor(m.size));
        let best = rng.int(n);
        for (let t = 1; t < k; t++) {
          const c = rng.int(n);
          const fc = this.fitness[c] as number;
          const fb = this.fitness[best] as number;
          if (fc > fb || (fc === fb && c < best) || fb !== fb) best = c;
        }
        return best;
      }
      case 'proportional': {
        const total = this.wheel[n - 1] as number;
        const r = rng.uniform() * total;
        // Binary search for the first slot whose cumulative weight exceeds r.
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((this.wheel[mid] as number) > r) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      }
    }
  }
}
