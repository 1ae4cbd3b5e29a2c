/** Sort levels the tests share: two uniform features and one rule each. */
import type { NetworkSpec } from '../../../../src/core/network';
import { createSortTask, type SortConfig, type SortTask } from '../../../../src/core/tasks/sort';
import type { EdibilityRule } from '../../../../src/core/tasks/sortRules';

const UNIFORM = { kind: 'uniform', lo: -1, hi: 1 } as const;

export const SORT_RULES: Readonly<Record<'linear' | 'circle' | 'quadrants' | 'sine', EdibilityRule>> = {
  linear: { kind: 'linear', weights: [1, -0.6], bias: 0.1 },
  circle: { kind: 'ellipse', a: 0, b: 1, center: [0, 0], radii: [0.6, 0.6] },
  quadrants: { kind: 'quadrants', a: 0, b: 1, center: [0, 0] },
  sine: { kind: 'sineBand', a: 0, b: 1, amplitude: 0.5, frequency: 1, phase: 0, halfWidth: 0.35 },
};

export const SORT_SPEC: NetworkSpec = { layers: [2, 8, 1], activations: ['tanh', 'sigmoid'] };

export function sortConfig(rule: EdibilityRule, itemCount = 200): SortConfig {
  return {
    features: [
      { name: 'hue', distribution: UNIFORM },
      { name: 'spikes', distribution: UNIFORM },
    ],
    rule,
    itemCount,
  };
}

export function sortTask(rule: EdibilityRule, spec: NetworkSpec = SORT_SPEC, itemCount = 200): SortTask {
  const r = createSortTask(sortConfig(rule, itemCount), spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
