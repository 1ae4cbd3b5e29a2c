/**
 * The sort task's world as plain JSON: what an item looks like (2–4 features, each drawn from a
 * distribution the level sets) and which items are edible (a level-set rule, straight or curved).
 *
 * Feature values live on one scale, [−1, 1] (what the network reads as input): −1 is "least"
 * (hue blue, no spikes, small), +1 "most". A rule looks at one or two features a and b:
 *
 *   linear     edible ⇔ Σ_i weights[i]·x_i + bias > 0                     (a straight boundary)
 *   ellipse    edible ⇔ ((x_a − cx)/rx)² + ((x_b − cy)/ry)² < 1           (a circle when rx = ry)
 *   quadrants  edible ⇔ (x_a − cx)·(x_b − cy) > 0                          (xor-like: two opposite corners)
 *   sineBand   edible ⇔ |x_b − amplitude·sin(π·frequency·x_a + phase)| < halfWidth   (a wavy stripe)
 *
 * `invert: true` swaps edible and inedible. sin uses the deterministic sinApprox, so an item's
 * label is the same bit in every JS engine.
 */
import { sinApprox } from '../detmath';
import { err, ok, type Result } from '../result';
import type { Rng } from '../rng';

export const SORT_FEATURE_NAMES = ['hue', 'spikes', 'size', 'stripes'] as const;
export type SortFeatureName = (typeof SORT_FEATURE_NAMES)[number];
export const MIN_SORT_FEATURES = 2;
export const MAX_SORT_FEATURES = 4;

/** How one feature's value is drawn, on the [−1, 1] scale (normal draws are clamped into it). */
export type FeatureDistribution =
  | { readonly kind: 'uniform'; readonly lo: number; readonly hi: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number };

export interface SortFeature {
  readonly name: SortFeatureName;
  readonly distribution: FeatureDistribution;
}

export type EdibilityRule =
  | { readonly kind: 'linear'; readonly weights: readonly number[]; readonly bias: number; readonly invert?: boolean }
  | {
      readonly kind: 'ellipse';
      readonly a: number;
      readonly b: number;
      readonly center: readonly [number, number];
      readonly radii: readonly [number, number];
      readonly invert?: boolean;
    }
  | {
      readonly kind: 'quadrants';
      readonly a: number;
      readonly b: number;
      readonly center: readonly [number, number];
      readonly invert?: boolean;
    }
  | {
      readonly kind: 'sineBand';
      readonly a: number;
      readonly b: number;
      readonly amplitude: number;
      /** Half-waves across the feature's range [−1, 1]: sin(π·frequency·x_a + phase). */
      readonly frequency: number;
      /** Radians. */
      readonly phase: number;
      readonly halfWidth: number;
      readonly invert?: boolean;
    };

export interface SortRuleError {
  readonly code: 'bad-features' | 'bad-distribution' | 'bad-rule';
  readonly message: string;
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function featureIndexOk(i: unknown, n: number): boolean {
  return Number.isInteger(i) && (i as number) >= 0 && (i as number) < n;
}

export function validateFeatures(features: readonly SortFeature[]): Result<readonly SortFeature[], SortRuleError> {
  if (!Array.isArray(features) || features.length < MIN_SORT_FEATURES || features.length > MAX_SORT_FEATURES) {
    return err({ code: 'bad-features', message: `items have ${MIN_SORT_FEATURES} to ${MAX_SORT_FEATURES} features` });
  }
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as SortFeature;
    if (!SORT_FEATURE_NAMES.includes(f.name)) {
      return err({ code: 'bad-features', message: `features[${i}].name "${String(f.name)}" is not a feature` });
    }
    const d = f.distribution as FeatureDistribution | undefined;
    const where = `features[${i}].distribution`;
    if (d?.kind === 'uniform') {
      if (!finite(d.lo) || !finite(d.hi) || d.lo < -1 || d.hi > 1 || d.lo > d.hi) {
        return err({ code: 'bad-distribution', message: `${where}: need −1 ≤ lo ≤ hi ≤ 1` });
      }
    } else if (d?.kind === 'normal') {
      if (!finite(d.mean) || !finite(d.sd) || d.sd < 0) {
        return err({ code: 'bad-distribution', message: `${where}: need a finite mean and sd ≥ 0` });
      }
    } else {
      return err({ code: 'bad-distribution', message: `${where}.kind must be "uniform" or "normal"` });
    }
  }
  return ok(features);
}

export function validateRule(rule: EdibilityRule, featureCount: number): Result<EdibilityRule, SortRuleError> {
  const bad = (message: string): Result<EdibilityRule, SortRuleError> => err({ code: 'bad-rule', message });
  switch (rule?.kind) {
    case 'linear':
      if (!Array.isArray(rule.weights) || rule.weights.length !== featureCount || !rule.weights.every(finite)) {
        return bad(`rule.weights needs ${featureCount} finite numbers`);
      }
      return finite(rule.bias) ? ok(rule) : bad('rule.bias must be a finite number');
    case 'ellipse':
    case 'quadrants':
    case 'sineBand':
      if (!featureIndexOk(rule.a, featureCount) || !featureIndexOk(rule.b, featureCount) || rule.a === rule.b) {
        return bad(`rule.a and rule.b must be two different features in 0…${featureCount - 1}`);
      }
      if (rule.kind === 'sineBand') {
        const nums = [rule.amplitude, rule.frequency, rule.phase, rule.halfWidth];
        return nums.every(finite) && rule.halfWidth > 0 ? ok(rule) : bad('rule needs finite numbers, halfWidth > 0');
      }
      if (!Array.isArray(rule.center) || rule.center.length !== 2 || !rule.center.every(finite)) {
        return bad('rule.center must be two finite numbers');
      }
      if (rule.kind === 'ellipse' && !(rule.radii?.length === 2 && rule.radii.every((r) => finite(r) && r > 0))) {
        return bad('rule.radii must be two positive numbers');
      }
      return ok(rule);
    default:
      return bad('rule.kind must be "linear", "ellipse", "quadrants" or "sineBand"');
  }
}

/** Is the item whose features start at x[off] edible? */
export function isEdible(rule: EdibilityRule, x: ArrayLike<number>, off: number): boolean {
  let inside: boolean;
  switch (rule.kind) {
    case 'linear': {
      let s = rule.bias;
      for (let i = 0; i < rule.weights.length; i++) s += (rule.weights[i] as number) * (x[off + i] as number);
      inside = s > 0;
      break;
    }
    case 'ellipse': {
      const u = ((x[off + rule.a] as number) - rule.center[0]) / rule.radii[0];
      const v = ((x[off + rule.b] as number) - rule.center[1]) / rule.radii[1];
      inside = u * u + v * v < 1;
      break;
    }
    case 'quadrants':
      inside = ((x[off + rule.a] as number) - rule.center[0]) * ((x[off + rule.b] as number) - rule.center[1]) > 0;
      break;
    case 'sineBand': {
      const mid = rule.amplitude * sinApprox(Math.PI * rule.frequency * (x[off + rule.a] as number) + rule.phase);
      inside = Math.abs((x[off + rule.b] as number) - mid) < rule.halfWidth;
      break;
    }
  }
  return rule.invert === true ? !inside : inside;
}

/** One draw of a feature value on [−1, 1]. */
export function drawFeature(d: FeatureDistribution, rng: Rng): number {
  if (d.kind === 'uniform') return rng.range(d.lo, d.hi);
  const v = d.mean + d.sd * rng.normal();
  return v < -1 ? -1 : v > 1 ? 1 : v;
}

/** The value a feature takes when it is held still (the taste map's hidden features): its distribution's centre. */
export function featureCentre(d: FeatureDistribution): number {
  const c = d.kind === 'uniform' ? 0.5 * (d.lo + d.hi) : d.mean;
  return c < -1 ? -1 : c > 1 ? 1 : c;
}
