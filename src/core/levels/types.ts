/**
 * A campaign level as data: the shape of one `levels/NN-slug.json` file after `parseLevel`
 * (schema.ts) has checked it. Plain JSON only, the same on every thread; the UI, the play session
 * and the winnable test all read this one type.
 *
 * Two-world levels (`secondTask`): the level starts in `task` (world A) and the player moves the
 * creature to `secondTask` (world B). Then the stars are measured in world B and `goal.keepFirstTask`
 * (if set) in world A. Without `secondTask`, everything is measured in `task`.
 */
import type { EvolutionConfig } from '../evolution/config';
import type { Inheritance } from '../evolution/inheritance';
import type { NetworkSpec } from '../network';
import type { TaskConfig } from '../tasks/registry';
import type { TrainerConfig } from '../training/trainer';

/** The level file format this code reads; a file with another version is refused. */
export const LEVEL_FORMAT_VERSION = 1;

export const LEVEL_LANGUAGES = ['en', 'de', 'es'] as const;
export type LevelLanguage = (typeof LEVEL_LANGUAGES)[number];

/** The rows of DESIGN.md's table "What the seed idea asks the game to show", one id each. */
export const LEVEL_IDEAS = [
  /** Weights compress knowledge, like DNA (2 bits a base; quantised weights lose little). */
  'compression',
  /** Evolution and gradient descent are both optimisers on one landscape. */
  'optimisers',
  /** Local optima, step size, stuck and diverging searches. */
  'step-size',
  /** Genotype → phenotype: a recipe, not a blueprint. */
  'recipe',
  /** Mutations: most are neutral, some harmful, rare ones useful. */
  'mutations',
  /** Fine-tuning = directed adaptation; transfer beats starting over. */
  'fine-tuning',
  /** Catastrophic forgetting; freezing layers. */
  'forgetting',
  /** Gene editing = editing weights directly. */
  'gene-editing',
  /** Learning guides evolution (Baldwin effect); Lamarck vs Darwin. */
  'baldwin',
] as const;
export type LevelIdea = (typeof LEVEL_IDEAS)[number];

/** Words for the player, in one language. */
export interface LevelTexts {
  /** The level's name on the map and the card (≤ 40 characters). */
  readonly title: string;
  /** The lesson card shown before playing: the idea in ≤ 60 words, for ages 10+. */
  readonly card: string;
  /** "What you found out": one sentence linking what happened to DNA or to how real AI models are made. */
  readonly closing: string;
}

export const LEVEL_MODES = ['evolve', 'train'] as const;
export type LevelMode = (typeof LEVEL_MODES)[number];

/** Every control a level can open; a control not listed is closed (hidden). */
export const LEVEL_CONTROLS = [
  'mutationRate',
  'mutationSize',
  'crossover',
  'turbo',
  /** The "Natural selection" button (fitness chooses the parents). */
  'naturalSelection',
  'learningRate',
  'momentum',
  'optimiser',
  'batchSize',
  /** "Show it yourself": the player drives, every sensor→action pair becomes an example (forage). */
  'demo',
  /** Mix old-world examples into training (switches.rehearseShare of them). */
  'rehearse',
  /** The bases-per-weight slider (1…4 bases a weight). */
  'basesPerWeight',
  /** Freeze toggles per weight layer. */
  'freezeLayers',
  /** Darwin / Lamarck / Baldwin choice. */
  'inheritance',
  /** Two creatures side by side (fine-tuned vs from scratch). */
  'sideBySide',
  /** Tap a base in the DNA strip to change it. */
  'baseEdit',
  /** The neutral / harmful / helpful mutation counter. */
  'tally',
  /** Drag a connection's weight in the brain view; knock it out (set it to 0). */
  'geneEditor',
  /** Move the creature from `task` to `secondTask` (and back). */
  'secondTaskSwitch',
] as const;
export type LevelControl = (typeof LEVEL_CONTROLS)[number];

/** Where the level's creatures come from. */
export type LevelStart =
  /** A random first generation drawn from `seed` (the evolution seed of the level). */
  | { readonly kind: 'random'; readonly seed: number }
  /** One creature from a share code (src/core/codec/sharecode.ts); the population is its mutants. */
  | { readonly kind: 'ancestor'; readonly code: string }
  /**
   * A creature trained before the level starts: a random genome (from `seed`, gain `initGain`)
   * trained `steps` steps on the teacher's examples of `task` (world A) with the level's `training`
   * settings. Deterministic, so it is computed when the level opens (start.ts).
   */
  | { readonly kind: 'pretrained'; readonly seed: number; readonly steps: number };

/** When the level counts as won, and how well. */
export interface LevelGoal {
  /** Fitness for one, two and three stars, ascending (measured in the world the stars are for). */
  readonly stars: readonly [number, number, number];
  /** Two-world levels: world A's fitness must stay ≥ this for any star ("Don't forget"). */
  readonly keepFirstTask?: number;
  /** Stars count only for a creature squeezed to at most this many bases a weight ("Pack it small"). */
  readonly maxBasesPerWeight?: number;
}

/** Budget hints: what a player needs at most; the winnable test reaches one star within them. */
export interface LevelBudget {
  /** Generations in evolve mode. */
  readonly generations: number;
  /** Training steps in train mode. */
  readonly steps: number;
}

/** Level-specific settings the special controls start at. */
export interface LevelSwitches {
  /** Bases per weight when the DNA is written (1…4, default 3 = one codon, 64 levels). */
  readonly basesPerWeight?: number;
  /** Weight layers (0 = first) frozen when the level opens. */
  readonly frozenLayers?: readonly number[];
  /** Inheritance at the start (default 'darwinian'). */
  readonly inheritance?: Inheritance;
  /** Training steps each creature learns in its life (Baldwin / Lamarck), 0 = none. */
  readonly lifetimeSteps?: number;
  /** Share of old-world examples in a rehearsal mix when "rehearse" is on, in (0, 1). */
  readonly rehearseShare?: number;
}

export interface Level {
  /** Stable id, lower-case words with dashes, e.g. "mind-the-step" (progress is saved under it). */
  readonly id: string;
  /** Always LEVEL_FORMAT_VERSION. */
  readonly formatVersion: number;
  /** Position on the campaign map, 1…99; unique. */
  readonly number: number;
  /** The DESIGN table row this level teaches. */
  readonly idea: LevelIdea;
  /** The player's words in every shipped language. */
  readonly texts: Readonly<Record<LevelLanguage, LevelTexts>>;
  /** The world (fitness engine) the level starts in. */
  readonly task: TaskConfig;
  /** A second world with the same network inputs and outputs (new world, forgetting). */
  readonly secondTask?: TaskConfig;
  /** The creature's brain; its inputs and outputs must fit the task(s). */
  readonly spec: NetworkSpec;
  /** Modes the player may use, the first is where the level opens. */
  readonly modes: readonly LevelMode[];
  /** Controls open in this level. */
  readonly controls: readonly LevelControl[];
  readonly start: LevelStart;
  /** Evolution settings (defaults from DEFAULT_EVOLUTION_CONFIG fill the rest). */
  readonly evolution: Partial<EvolutionConfig>;
  /** Training settings (the optimiser, learning rate, batch size… the controls start at). */
  readonly training: TrainerConfig;
  /** Initial weight scale of random creatures (network.ts initGenome). */
  readonly initGain: number;
  readonly goal: LevelGoal;
  readonly budget: LevelBudget;
  readonly switches: LevelSwitches;
}
