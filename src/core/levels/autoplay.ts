/**
 * The automatic player: plays a level in one mode the way the winnable test requires —
 * evolution with natural selection (fitness chooses; a level that lets the player choose gets
 * truncation selection instead), or training on the teacher's examples at the level's default
 * settings — and stops at the first star or at the budget. Deterministic: every choice is seeded
 * by the level. A `pick` function plays the breeder instead (the random-visitor test).
 */
import { validateEvolutionConfig, type EvolutionConfig } from '../evolution/config';
import { Evolution } from '../evolution/evolution';
import { createTaskEvaluator } from '../evolution/inheritance';
import { err, ok, type Result } from '../result';
import { Trainer } from '../training/trainer';
import { trainingExamples } from './forgetting';
import { measureCreature, starsFor, type LevelMeasurements, type Stars } from './goal';
import type { Level } from './types';
import { levelWorlds, startGenome, type LevelWorlds } from './worlds';

export interface AutoplayResult {
  readonly stars: Stars;
  /** Generations bred or training steps taken when it stopped. */
  readonly used: number;
  readonly measurements: LevelMeasurements;
  /** The fitness after each generation or chunk (the chart). */
  readonly curve: readonly number[];
  /** The creature it ended with. */
  readonly genome: Float32Array;
}

export interface AutoplayError {
  readonly code: string;
  readonly message: string;
}

export interface EvolveOptions {
  /** Generations at most (default: the level's budget). */
  readonly generations?: number;
  /** Keep going after the first star (to measure how far the budget goes). */
  readonly untilBudget?: boolean;
  /**
   * The player instead of the automatic one: called before each breed (it may also turn the
   * sliders through evo.configure), returns the ids the player picked as parents. The level's own
   * selection is kept, as on the play screen: picks count only where the player selects
   * (selection 'player'; none picked = the fitter half breeds).
   */
  readonly pick?: (evo: Evolution) => number[];
}

/** The evolution settings of a level, as its play session starts them. */
export function levelEvolutionConfig(level: Level, natural: boolean): Result<EvolutionConfig, AutoplayError> {
  const sw = level.switches;
  const selection =
    natural && (level.evolution.selection?.kind ?? 'player') === 'player'
      ? ({ kind: 'truncation', fraction: 0.25 } as const)
      : level.evolution.selection;
  const cfg = validateEvolutionConfig({
    ...level.evolution,
    ...(selection ? { selection } : {}),
    ...(level.start.kind !== 'ancestor' ? { seed: level.start.seed } : {}),
    initGain: level.initGain,
    ...(sw.inheritance ? { inheritance: sw.inheritance } : {}),
    ...(sw.lifetimeSteps ? { lifetime: { steps: sw.lifetimeSteps, trainer: level.training } } : {}),
  });
  return cfg.ok ? ok(cfg.value) : err({ code: cfg.error.code, message: cfg.error.message });
}

function firstGeneration(level: Level, worlds: LevelWorlds, cfg: EvolutionConfig): Result<Evolution, AutoplayError> {
  const start = startGenome(level, worlds);
  if (!start.ok) return start;
  const net = worlds.stars.network;
  if (start.value === null) return ok(new Evolution(net, cfg));
  const evo = new Evolution(net, cfg);
  return ok(Evolution.fromCreature(net, cfg, start.value, -1, evo.lineage));
}

export function autoEvolve(level: Level, options: EvolveOptions = {}): Result<AutoplayResult, AutoplayError> {
  const worlds = levelWorlds(level);
  if (!worlds.ok) return worlds;
  const cfg = levelEvolutionConfig(level, options.pick === undefined);
  if (!cfg.ok) return cfg;
  const evaluator = createTaskEvaluator(worlds.value.stars, {
    seed: worlds.value.seed,
    inheritance: cfg.value.inheritance,
    lifetime: cfg.value.lifetime,
  });
  if (!evaluator.ok) return evaluator;
  const evo = firstGeneration(level, worlds.value, cfg.value);
  if (!evo.ok) return evo;
  const run = evo.value;
  const budget = options.generations ?? level.budget.generations;
  const curve: number[] = [];
  run.evaluate(evaluator.value);
  let used = 0;
  for (;;) {
    const best = run.best();
    const m = measureCreature(level, worlds.value, best.genome, best.fitness);
    curve.push(m.fitness);
    const stars = starsFor(level, m);
    if ((stars > 0 && !options.untilBudget) || used >= budget) {
      return ok({ stars, used, measurements: m, curve, genome: best.genome });
    }
    if (options.pick) run.choose(options.pick(run));
    run.breed();
    run.evaluate(evaluator.value);
    used++;
  }
}

export interface TrainOptions {
  readonly steps?: number;
  /** Steps between measurements (default 10). */
  readonly chunk?: number;
  /** Learn from a rehearsal mix (two-world levels). */
  readonly rehearse?: boolean;
  /** Layers to freeze (default: the level's switches.frozenLayers). */
  readonly frozenLayers?: readonly number[];
  readonly untilBudget?: boolean;
  /** Train this creature instead of the level's start (e.g. the from-scratch one of a side-by-side). */
  readonly from?: Float32Array;
}

/**
 * Trains the creature the level starts from — its start creature, or for a random start the best of
 * the random first generation (what the play screen carries into training).
 */
export function autoTrain(level: Level, options: TrainOptions = {}): Result<AutoplayResult, AutoplayError> {
  const worlds = levelWorlds(level);
  if (!worlds.ok) return worlds;
  const w = worlds.value;
  const start = startGenome(level, w);
  if (!start.ok) return start;
  let genome = options.from ?? start.value;
  if (genome === null) {
    const cfg = levelEvolutionConfig(level, true);
    if (!cfg.ok) return cfg;
    const evo = new Evolution(w.stars.network, cfg.value);
    evo.evaluate((g, P, slots, fitness) => {
      for (const p of slots) fitness[p] = w.stars.fitness(g, p * P, w.seed);
    });
    genome = evo.best().genome;
  }
  const data = trainingExamples(level, w, options.rehearse ?? false);
  if (!data.ok) return data;
  if (w.stars.lossKind === null) return err({ code: 'no-loss', message: 'this world cannot be trained' });
  const frozenLayers = options.frozenLayers ?? level.switches.frozenLayers ?? [];
  const trainer = new Trainer(w.stars.network, w.stars.lossKind, data.value, genome, {
    ...level.training,
    frozenLayers,
  });
  const budget = options.steps ?? level.budget.steps;
  const chunk = options.chunk ?? 10;
  const curve: number[] = [];
  // A run that keeps diverging takes no steps; the rounds cap ends it anyway.
  for (let round = 0; ; round++) {
    const m = measureCreature(level, w, trainer.genome);
    curve.push(m.fitness);
    const stars = starsFor(level, m);
    if ((stars > 0 && !options.untilBudget) || trainer.steps >= budget || round > budget) {
      return ok({ stars, used: trainer.steps, measurements: m, curve, genome: trainer.genome.slice() });
    }
    trainer.run(Math.min(chunk, budget - trainer.steps));
    if (trainer.status === 'diverged') trainer.resume();
  }
}
