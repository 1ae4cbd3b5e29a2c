/**
 * What a kiosk-soak visitor will do, drawn from a seeded Rng before the visit starts, so a `--seed`
 * replays the same visits: a language, the route to a level, and the steps of play with the pauses
 * between them (all well below the kiosk's idle warning). The first visits (warm-up) are tours that
 * take every route and every kind of step once.
 */
import type { Rng } from '../../src/core/rng';

export type Step =
  | { readonly kind: 'creatures'; readonly count: number }
  | { readonly kind: 'next' }
  | { readonly kind: 'natural' }
  | { readonly kind: 'turbo'; readonly ms: number }
  | { readonly kind: 'train' }
  | { readonly kind: 'step'; readonly count: number }
  | { readonly kind: 'run'; readonly ms: number }
  | { readonly kind: 'evolve' }
  | { readonly kind: 'gene'; readonly index: number; readonly drag: boolean }
  | { readonly kind: 'takeHome' };

export interface VisitPlan {
  /** A language button tapped on the attract screen first, or null. */
  readonly language: 'de' | 'es' | null;
  /** How long the attract loop shows before the visitor taps, ms. */
  readonly attractMs: number;
  /** Play the start level, or go back to the map and pick the first campaign level or a Lab world. */
  readonly route: 'start' | 'campaign' | 'lab';
  readonly steps: readonly (Step & { readonly pauseMs: number })[];
  /** When the countdown shows after the visit, tap "Keep playing" once, then walk away again. */
  readonly keepPlayingAtCountdown: boolean;
}

const PLAY_STEPS: readonly [Step['kind'], number][] = [
  ['creatures', 3],
  ['next', 3],
  ['natural', 1],
  ['turbo', 1],
  ['train', 2],
  ['gene', 1.5],
  ['takeHome', 0.5],
];

function pick(rng: Rng, table: readonly [Step['kind'], number][]): Step['kind'] {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng.uniform() * total;
  for (const [kind, w] of table) {
    r -= w;
    if (r < 0) return kind;
  }
  return table[0]![0];
}

/** The warm-up visits go everywhere once (every route, every kind of step), so lazy code and caches arrive then. */
const WARMUP_KINDS: readonly Step['kind'][] = ['creatures', 'next', 'turbo', 'gene', 'train', 'step', 'run', 'gene'];
const WARMUP_ROUTES: readonly VisitPlan['route'][] = ['lab', 'campaign', 'start'];

/**
 * Draws one visit. `idleWarningMs`: no pause may come near it. `warmup` (0, 1, 2…, or null after
 * warm-up): the warm-up visits take every route in turn and every kind of step.
 */
export function planVisit(rng: Rng, idleWarningMs: number, warmup: number | null = null): VisitPlan {
  const pauseMax = Math.min(1500, idleWarningMs * 0.3);
  const holdMax = Math.min(3000, idleWarningMs * 0.5);
  const steps: (Step & { pauseMs: number })[] = [];
  const pause = (): number => Math.round(rng.range(300, pauseMax));
  const count = warmup === null ? 3 + rng.int(6) : WARMUP_KINDS.length;
  let training = false;
  for (let i = 0; i < count; i++) {
    const kind =
      warmup !== null
        ? WARMUP_KINDS[i]!
        : training
          ? pick(rng, [
              ['step', 2],
              ['run', 2],
              ['evolve', 1],
              ['gene', 1],
            ])
          : pick(rng, PLAY_STEPS);
    if (kind === 'train') training = true;
    if (kind === 'evolve') training = false;
    const step: Step =
      kind === 'creatures'
        ? { kind, count: 1 + rng.int(4) }
        : kind === 'turbo' || kind === 'run'
          ? { kind, ms: Math.round(rng.range(800, holdMax)) }
          : kind === 'step'
            ? { kind, count: 1 + rng.int(3) }
            : kind === 'gene'
              ? { kind, index: rng.int(24), drag: rng.chance(0.5) }
              : { kind };
    steps.push({ ...step, pauseMs: pause() });
  }
  const r = rng.uniform();
  const route =
    warmup !== null ? WARMUP_ROUTES[warmup % WARMUP_ROUTES.length]! : r < 0.6 ? 'start' : r < 0.8 ? 'campaign' : 'lab';
  return {
    language: rng.chance(0.3) ? (rng.chance(0.5) ? 'de' : 'es') : null,
    attractMs: Math.round(rng.range(1000, 3000)),
    route,
    steps,
    keepPlayingAtCountdown: rng.chance(0.2),
  };
}
