/**
 * The settings of an evolution run, as plain JSON (a level or the Lab sets them; the worker gets
 * the same object). `validateEvolutionConfig` fills defaults and names the bad field.
 */
import { MAX_BASES_PER_WEIGHT, MIN_BASES_PER_WEIGHT, type DnaCodec } from '../dna';
import { err, ok, type Result } from '../result';
import type { LifetimeConfig } from '../training/lifetime';
import { INHERITANCE_MODES, type Inheritance } from './inheritance';
import type { SelectionMethod } from './selection';

export type MutationSettings =
  /** Each weight mutates with probability `rate`, by size·N(0, 1). */
  | { readonly kind: 'gaussian'; readonly rate: number; readonly size: number }
  /** Written as DNA with `codec`, each base is substituted with probability `rate`, read back. */
  | { readonly kind: 'bases'; readonly rate: number; readonly codec: DnaCodec };

export type CrossoverKind = 'none' | 'uniform' | 'onePoint' | 'perNeuron';

export interface EvolutionConfig {
  readonly populationSize: number;
  readonly selection: SelectionMethod;
  /** Best creatures copied unchanged into the next generation (not used by player selection). */
  readonly elitism: number;
  readonly mutation: MutationSettings;
  readonly crossover: CrossoverKind;
  /** Share of offspring made by crossover (then mutated), when crossover is not 'none'. */
  readonly crossoverRate: number;
  readonly inheritance: Inheritance;
  /** Lifetime learning at birth (used by baldwinian and lamarckian), or null. */
  readonly lifetime: LifetimeConfig | null;
  /** |child − parent fitness| ≤ this counts as a neutral mutation. */
  readonly neutralThreshold: number;
  /** Pairs sampled for the diversity figure. */
  readonly diversityPairs: number;
  /** Seeds breeding (selection, mutation, crossover) and the random first generation. */
  readonly seed: number;
  /** Seeds evaluation (the same for every generation, so fitness is comparable across generations). */
  readonly evaluationSeed: number;
  /** Gain of the random first generation's initialisation (network.ts initGenome). */
  readonly initGain: number;
}

export const DEFAULT_EVOLUTION_CONFIG: EvolutionConfig = {
  populationSize: 50,
  selection: { kind: 'truncation', fraction: 0.2 },
  elitism: 2,
  mutation: { kind: 'gaussian', rate: 0.2, size: 0.3 },
  crossover: 'none',
  crossoverRate: 0.5,
  inheritance: 'darwinian',
  lifetime: null,
  neutralThreshold: 0,
  diversityPairs: 64,
  seed: 1,
  evaluationSeed: 1,
  initGain: 1,
};

export const MAX_POPULATION = 2000;

export interface EvolutionConfigError {
  readonly code: 'bad-field';
  readonly field: string;
  readonly message: string;
}

export function validateEvolutionConfig(
  partial: Partial<EvolutionConfig>,
): Result<EvolutionConfig, EvolutionConfigError> {
  const c: EvolutionConfig = { ...DEFAULT_EVOLUTION_CONFIG, ...partial };
  const bad = (field: string, message: string): Result<EvolutionConfig, EvolutionConfigError> =>
    err({ code: 'bad-field', field, message: `${field}: ${message}` });
  const inRange = (v: number, lo: number, hi: number): boolean => typeof v === 'number' && v >= lo && v <= hi;
  if (!Number.isInteger(c.populationSize) || !inRange(c.populationSize, 2, MAX_POPULATION)) {
    return bad('populationSize', `an integer in 2…${MAX_POPULATION}`);
  }
  if (!Number.isInteger(c.elitism) || !inRange(c.elitism, 0, c.populationSize - 1)) {
    return bad('elitism', 'an integer from 0 to populationSize − 1');
  }
  const s = c.selection;
  if (s?.kind === 'truncation') {
    if (!inRange(s.fraction, 1e-9, 1)) return bad('selection.fraction', 'in (0, 1]');
  } else if (s?.kind === 'tournament') {
    if (!Number.isInteger(s.size) || !inRange(s.size, 1, c.populationSize)) {
      return bad('selection.size', 'an integer from 1 to populationSize');
    }
  } else if (s?.kind !== 'player' && s?.kind !== 'proportional') {
    return bad('selection.kind', '"player", "truncation", "tournament" or "proportional"');
  }
  const m = c.mutation;
  if (m?.kind === 'gaussian') {
    if (!inRange(m.rate, 0, 1)) return bad('mutation.rate', 'in [0, 1]');
    if (!inRange(m.size, 0, 100)) return bad('mutation.size', 'in [0, 100]');
  } else if (m?.kind === 'bases') {
    if (!inRange(m.rate, 0, 1)) return bad('mutation.rate', 'in [0, 1]');
    if (!Number.isInteger(m.codec?.k) || !inRange(m.codec.k, MIN_BASES_PER_WEIGHT, MAX_BASES_PER_WEIGHT)) {
      return bad('mutation.codec.k', `an integer in ${MIN_BASES_PER_WEIGHT}…${MAX_BASES_PER_WEIGHT}`);
    }
    if (!inRange(m.codec.range, 1e-6, 1e6)) return bad('mutation.codec.range', 'a positive number');
  } else {
    return bad('mutation.kind', '"gaussian" or "bases"');
  }
  if (!['none', 'uniform', 'onePoint', 'perNeuron'].includes(c.crossover)) {
    return bad('crossover', '"none", "uniform", "onePoint" or "perNeuron"');
  }
  if (!inRange(c.crossoverRate, 0, 1)) return bad('crossoverRate', 'in [0, 1]');
  if (!INHERITANCE_MODES.includes(c.inheritance))
    return bad('inheritance', '"darwinian", "lamarckian" or "baldwinian"');
  if (c.lifetime !== null && (!Number.isInteger(c.lifetime.steps) || !inRange(c.lifetime.steps, 0, 10000))) {
    return bad('lifetime.steps', 'an integer in 0…10000');
  }
  if (!inRange(c.neutralThreshold, 0, Infinity)) return bad('neutralThreshold', 'a number ≥ 0');
  if (!Number.isInteger(c.diversityPairs) || !inRange(c.diversityPairs, 1, 1e6)) {
    return bad('diversityPairs', 'an integer ≥ 1');
  }
  if (!Number.isFinite(c.seed)) return bad('seed', 'a finite number');
  if (!Number.isFinite(c.evaluationSeed)) return bad('evaluationSeed', 'a finite number');
  if (!inRange(c.initGain, 0, 100)) return bad('initGain', 'in [0, 100]');
  return ok(c);
}
