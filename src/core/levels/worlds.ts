/**
 * A level's worlds as running Tasks, and the creature a level starts from. Shared by the play
 * screen's level controls and by the winnable test, so both measure the same thing.
 *
 *   first    the world the level opens in (`task`)
 *   second   the world the creature is moved to (`secondTask`), or null
 *   stars    the world the stars are measured in: second when there is one, else first
 *   seed     the evaluation seed (evolution.evaluationSeed, default 1): one fixed world for all
 */
import { decodeShareCode } from '../codec/sharecode';
import { DEFAULT_EVOLUTION_CONFIG } from '../evolution/config';
import { createGenome, type Network } from '../network';
import { err, ok, type Result } from '../result';
import { Rng } from '../rng';
import { createTask } from '../tasks/registry';
import type { Task } from '../tasks/task';
import { Trainer } from '../training/trainer';
import type { Level } from './types';

export interface LevelWorlds {
  readonly first: Task;
  readonly second: Task | null;
  readonly stars: Task;
  readonly seed: number;
}

export interface WorldError {
  readonly code: 'bad-task' | 'bad-ancestor' | 'no-training-set';
  readonly message: string;
}

export function evaluationSeedOf(level: Level): number {
  return level.evolution.evaluationSeed ?? DEFAULT_EVOLUTION_CONFIG.evaluationSeed;
}

/** Builds the level's tasks (a parsed level always builds; the error is for hand-made ones). */
export function levelWorlds(level: Level): Result<LevelWorlds, WorldError> {
  const first = createTask(level.task, level.spec);
  if (!first.ok) return err({ code: 'bad-task', message: first.error.message });
  let second: Task | null = null;
  if (level.secondTask) {
    const built = createTask(level.secondTask, level.spec);
    if (!built.ok) return err({ code: 'bad-task', message: built.error.message });
    second = built.value;
  }
  return ok({ first: first.value, second, stars: second ?? first.value, seed: evaluationSeedOf(level) });
}

/**
 * The random creature a 'random' or 'pretrained' start draws from its seed (the "from scratch"
 * creature of a side-by-side comparison is this one, untrained).
 */
export function seededGenome(level: Level, net: Network): Float32Array {
  const seed = level.start.kind === 'ancestor' ? 0 : level.start.seed;
  return createGenome(net, new Rng(seed), level.initGain);
}

/**
 * The one creature the level starts from, or null for a random start (then the first generation
 * is drawn by the evolution run from start.seed):
 *   ancestor    the share code's genome
 *   pretrained  seededGenome trained start.steps steps on the first world's teacher examples with
 *               the level's training settings (no frozen layers): "it already knows world A".
 */
export function startGenome(level: Level, worlds: LevelWorlds): Result<Float32Array | null, WorldError> {
  const start = level.start;
  if (start.kind === 'random') return ok(null);
  if (start.kind === 'ancestor') {
    const creature = decodeShareCode(start.code);
    if (!creature.ok) return err({ code: 'bad-ancestor', message: creature.error.message });
    return ok(creature.value.genome);
  }
  const net = worlds.first.network;
  const data = worlds.first.trainingSet(worlds.seed);
  if (!data || worlds.first.lossKind === null) {
    return err({ code: 'no-training-set', message: `the ${worlds.first.kind} world has no examples to learn from` });
  }
  const config = { ...level.training, frozenLayers: [] };
  const trainer = new Trainer(net, worlds.first.lossKind, data, seededGenome(level, net), config);
  trainer.run(start.steps);
  return ok(trainer.genome.slice());
}
