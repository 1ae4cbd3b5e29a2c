/**
 * The sort task: the creature decides eat / avoid for items with 2–4 features (hue, spikes, size,
 * stripes); which items are edible follows the level's rule (sortRules.ts), straight or curved.
 *
 * Network: inputs = the item's features on [−1, 1] (feature order of the config), outputs with a
 * sigmoid activation; output `head` (default 0, usually the only one) = the probability of eating.
 * An item is eaten when that output is > 0.5. A brain with one head per valley ("Don't forget")
 * has one sort task per valley, each reading its own head: the training set teaches only that
 * head (the other outputs' targets are NaN, untaught: see loss.ts), and the taste map draws it.
 *
 * Items: `itemCount` items drawn from the features' distributions with an Rng seeded by the
 * evaluation seed (the same seed gives the same items, bit for bit). Fitness and loss use the same
 * items, which are also the training set:
 *
 *   fitness = (good eaten − bad eaten) / items                       (n = items, p = edible share)
 *     best possible for a seed = p (eat every good item, no bad one), worst = −(1 − p);
 *     `fitnessRange` is the outer bound [−1, 1] over all shares; `evaluate` reports `bestAchievable` = p.
 *   loss    = binary cross-entropy of the eat-probability against edible (1) / inedible (0), mean over
 *     the same items ('bce' in loss.ts). Lowering it pushes each probability to the right side of 0.5,
 *     which is what raises the fitness: the two are the same hill seen through a threshold.
 *
 * Phenotype: the taste map — eat-probabilities on a resolution × resolution grid over two features
 * (both spanning [−1, 1], cell centres at −1 + 2(i + ½)/resolution), the other features held at
 * their distribution's centre.
 */
import { ACT_SIGMOID, activationCode } from '../activations';
import { forwardAt } from '../forward';
import type { Dataset } from '../loss';
import { Network, validateSpec, type NetworkSpec, type Weights } from '../network';
import { err, ok, type Result } from '../result';
import { Rng } from '../rng';
import {
  drawFeature,
  featureCentre,
  isEdible,
  validateFeatures,
  validateRule,
  type EdibilityRule,
  type SortFeature,
} from './sortRules';
import type { Evaluation, Phenotype, Task } from './task';

export interface SortConfig {
  readonly features: readonly SortFeature[];
  readonly rule: EdibilityRule;
  /** Items per evaluation (and in the training set), 1…10 000. */
  readonly itemCount: number;
  /** Taste-map grid size, default 32. */
  readonly mapResolution?: number;
  /** Which two features span the taste map's x and y, default [0, 1]. */
  readonly mapFeatures?: readonly [number, number];
  /** Which network output is the eat-probability, default 0 (the others are other tasks' heads). */
  readonly head?: number;
}

export interface SortConfigError {
  readonly code: 'bad-features' | 'bad-distribution' | 'bad-rule' | 'bad-items' | 'bad-map' | 'bad-network';
  readonly message: string;
}

export const MAX_SORT_ITEMS = 10000;
const DEFAULT_MAP_RESOLUTION = 32;

export function createSortTask(config: SortConfig, spec: NetworkSpec): Result<SortTask, SortConfigError> {
  const features = validateFeatures(config.features);
  if (!features.ok) return features;
  const n = config.features.length;
  const rule = validateRule(config.rule, n);
  if (!rule.ok) return rule;
  if (!Number.isInteger(config.itemCount) || config.itemCount < 1 || config.itemCount > MAX_SORT_ITEMS) {
    return err({ code: 'bad-items', message: `itemCount must be an integer in 1…${MAX_SORT_ITEMS}` });
  }
  const res = config.mapResolution ?? DEFAULT_MAP_RESOLUTION;
  if (!Number.isInteger(res) || res < 2 || res > 256) {
    return err({ code: 'bad-map', message: 'mapResolution must be an integer in 2…256' });
  }
  const mf = config.mapFeatures ?? [0, 1];
  if (mf.length !== 2 || mf[0] === mf[1] || !mf.every((f) => Number.isInteger(f) && f >= 0 && f < n)) {
    return err({ code: 'bad-map', message: `mapFeatures must be two different features in 0…${n - 1}` });
  }
  const checked = validateSpec(spec);
  if (!checked.ok) return err({ code: 'bad-network', message: checked.error.message });
  const head = config.head ?? 0;
  const outputs = spec.layers[spec.layers.length - 1] ?? 0;
  if (!Number.isInteger(head) || head < 0) {
    return err({ code: 'bad-network', message: 'head must be a whole number ≥ 0 (an output of the network)' });
  }
  if (spec.layers[0] !== n || outputs <= head) {
    return err({
      code: 'bad-network',
      message: `the sort network has ${n} inputs (one per feature) and ${head + 1} or more outputs (head ${head})`,
    });
  }
  if (activationCode(spec.activations[spec.activations.length - 1] ?? 'linear') !== ACT_SIGMOID) {
    return err({ code: 'bad-network', message: 'the sort network ends in a sigmoid (a probability of eating)' });
  }
  return ok(new SortTask({ ...config, mapResolution: res, mapFeatures: [mf[0], mf[1]] }, new Network(spec)));
}

export class SortTask implements Task {
  readonly kind = 'sort' as const;
  readonly network: Network;
  readonly fitnessRange: readonly [number, number] = [-1, 1];
  readonly lossKind = 'bce' as const;
  readonly config: SortConfig;
  readonly featureCount: number;
  readonly itemCount: number;
  /** The output that is this task's eat-probability. */
  readonly head: number;
  /** Items of the cached seed: itemCount × featureCount, row-major. */
  private readonly inputs: Float32Array;
  /** 1 = edible, 0 = not, per item. */
  private readonly targets: Float32Array;
  private cachedSeed = NaN;
  private positives = 0;
  private readonly rng = new Rng(0);
  private readonly out: Float64Array;

  /** Use createSortTask: it validates the config. */
  constructor(config: SortConfig, network: Network) {
    this.config = config;
    this.network = network;
    this.featureCount = config.features.length;
    this.itemCount = config.itemCount;
    this.head = config.head ?? 0;
    this.out = new Float64Array(network.outputSize);
    this.inputs = new Float32Array(this.itemCount * this.featureCount);
    this.targets = new Float32Array(this.itemCount);
  }

  /** Draws the items of a seed into the cache (only when the seed changes). */
  private itemsFor(seed: number): void {
    if (seed === this.cachedSeed) return;
    this.rng.reseed(seed);
    const nF = this.featureCount;
    const features = this.config.features;
    let positives = 0;
    for (let i = 0; i < this.itemCount; i++) {
      for (let f = 0; f < nF; f++)
        this.inputs[i * nF + f] = drawFeature((features[f] as SortFeature).distribution, this.rng);
      const edible = isEdible(this.config.rule, this.inputs, i * nF);
      this.targets[i] = edible ? 1 : 0;
      if (edible) positives++;
    }
    this.positives = positives;
    this.cachedSeed = seed;
  }

  fitness(genome: Weights, gOff: number, seed: number): number {
    this.itemsFor(seed);
    const nF = this.featureCount;
    let score = 0;
    for (let i = 0; i < this.itemCount; i++) {
      forwardAt(this.network, genome, gOff, this.inputs, i * nF, this.out, 0);
      if ((this.out[this.head] as number) > 0.5) score += (this.targets[i] as number) > 0.5 ? 1 : -1;
    }
    return score / this.itemCount;
  }

  evaluate(genome: Weights, seed: number): Evaluation {
    this.itemsFor(seed);
    const nF = this.featureCount;
    let goodEaten = 0;
    let badEaten = 0;
    for (let i = 0; i < this.itemCount; i++) {
      forwardAt(this.network, genome, 0, this.inputs, i * nF, this.out, 0);
      if ((this.out[this.head] as number) > 0.5) {
        if ((this.targets[i] as number) > 0.5) goodEaten++;
        else badEaten++;
      }
    }
    const n = this.itemCount;
    const good = this.positives;
    return {
      fitness: (goodEaten - badEaten) / n,
      details: {
        items: n,
        goodItems: good,
        goodEaten,
        badEaten,
        goodAvoided: good - goodEaten,
        badAvoided: n - good - badEaten,
        accuracy: (goodEaten + (n - good - badEaten)) / n,
        bestAchievable: good / n,
      },
    };
  }

  /** The best fitness any creature can reach on this seed's items: the edible share p. */
  bestAchievable(seed: number): number {
    this.itemsFor(seed);
    return this.positives / this.itemCount;
  }

  phenotype(genome: Weights, _seed: number): Phenotype {
    const res = this.config.mapResolution ?? DEFAULT_MAP_RESOLUTION;
    const [fx, fy] = this.config.mapFeatures ?? [0, 1];
    const input = this.mapInput();
    const map = new Float32Array(res * res);
    for (let r = 0; r < res; r++) {
      input[fy] = -1 + (2 * (r + 0.5)) / res;
      for (let c = 0; c < res; c++) {
        input[fx] = -1 + (2 * (c + 0.5)) / res;
        forwardAt(this.network, genome, 0, input, 0, this.out, 0);
        map[r * res + c] = this.out[this.head] as number;
      }
    }
    return { kind: 'sort', resolution: res, featureX: fx, featureY: fy, map };
  }

  /** The rule's own map on the taste-map grid (1 = edible), for the views to draw the true boundary. */
  ruleMap(): Float32Array {
    const res = this.config.mapResolution ?? DEFAULT_MAP_RESOLUTION;
    const [fx, fy] = this.config.mapFeatures ?? [0, 1];
    const input = this.mapInput();
    const map = new Float32Array(res * res);
    for (let r = 0; r < res; r++) {
      input[fy] = -1 + (2 * (r + 0.5)) / res;
      for (let c = 0; c < res; c++) {
        input[fx] = -1 + (2 * (c + 0.5)) / res;
        map[r * res + c] = isEdible(this.config.rule, input, 0) ? 1 : 0;
      }
    }
    return map;
  }

  private mapInput(): Float64Array {
    const input = new Float64Array(this.featureCount);
    for (let f = 0; f < this.featureCount; f++) {
      input[f] = featureCentre((this.config.features[f] as SortFeature).distribution);
    }
    return input;
  }

  /**
   * The seed's items as a fresh dataset (a copy: later evaluations with other seeds do not change it).
   * Targets are itemCount × outputs: 1 / 0 at the head, NaN (untaught) at every other output.
   */
  trainingSet(seed: number): Dataset {
    this.itemsFor(seed);
    const k = this.network.outputSize;
    if (k === 1) return { inputs: this.inputs.slice(), targets: this.targets.slice(), count: this.itemCount };
    const targets = new Float32Array(this.itemCount * k).fill(NaN);
    for (let i = 0; i < this.itemCount; i++) targets[i * k + this.head] = this.targets[i] as number;
    return { inputs: this.inputs.slice(), targets, count: this.itemCount };
  }
}
