/**
 * What ties a level's fields together, checked after the schema has checked each field alone:
 * stars ascending and inside the world's fitness range, lesson cards ≤ 60 words, the network
 * fitting the world(s), evolution and training settings the engine accepts, an ancestor that is a
 * creature of this network, and no contradictions (a second-world goal without a second world,
 * an open mode with no budget). Returns the first problem found, or null.
 */
import { decodeShareCode } from '../codec/sharecode';
import { validateEvolutionConfig } from '../evolution/config';
import { validateSpec } from '../network';
import { createTask, type TaskConfig } from '../tasks/registry';
import type { Task } from '../tasks/task';
import type { LevelErrorCode } from './errors';
import { LEVEL_LANGUAGES, type Level } from './types';

export interface LevelProblem {
  readonly code: LevelErrorCode;
  readonly path: string;
  readonly detail: string;
}

export const CARD_WORD_LIMIT = 60;

/** Words as a reader counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words.length === 1 && words[0] === '' ? 0 : words.length;
}

const problem = (code: LevelErrorCode, path: string, detail: string): LevelProblem => ({ code, path, detail });

function buildTask(config: TaskConfig, level: Level, where: 'task' | 'secondTask'): Task | LevelProblem {
  const built = createTask(config, level.spec);
  if (built.ok) return built.value;
  const e = built.error;
  if (e.field === 'network' || e.code === 'bad-network' || e.code === 'network-mismatch') {
    return problem('bad-network', 'spec', `does not fit ${where}: ${e.message}`);
  }
  const field = e.field ? `${where}.${e.field}` : where;
  return problem('bad-task', field, e.message);
}

function checkTexts(level: Level): LevelProblem | null {
  for (const lang of LEVEL_LANGUAGES) {
    const words = wordCount(level.texts[lang].card);
    if (words > CARD_WORD_LIMIT) {
      return problem(
        'card-too-long',
        `texts.${lang}.card`,
        `${words} words; a lesson card has at most ${CARD_WORD_LIMIT}`,
      );
    }
  }
  return null;
}

function checkStars(level: Level, range: readonly [number, number]): LevelProblem | null {
  const s = level.goal.stars;
  if (!(s[1] > s[0])) return problem('bad-stars', 'goal.stars[1]', 'must be > goal.stars[0]');
  if (!(s[2] > s[1])) return problem('bad-stars', 'goal.stars[2]', 'must be > goal.stars[1]');
  if (s[0] < range[0]) return problem('bad-stars', 'goal.stars[0]', `below the world's worst fitness ${range[0]}`);
  if (s[2] > range[1]) return problem('bad-stars', 'goal.stars[2]', `above the world's best fitness ${range[1]}`);
  return null;
}

function checkLayers(layers: readonly number[] | undefined, depth: number, path: string): LevelProblem | null {
  for (let i = 0; i < (layers ?? []).length; i++) {
    const l = layers?.[i] as number;
    if (l >= depth) return problem('bad-training', `${path}[${i}]`, `the network has weight layers 0…${depth - 1}`);
  }
  return null;
}

function checkConsistency(level: Level): LevelProblem | null {
  const { modes, controls, goal, budget } = level;
  if (new Set(modes).size !== modes.length) return problem('inconsistent', 'modes', 'a mode is listed twice');
  if (new Set(controls).size !== controls.length)
    return problem('inconsistent', 'controls', 'a control is listed twice');
  if (modes.includes('evolve') && budget.generations < 1) {
    return problem('inconsistent', 'budget.generations', 'evolve mode is open, so at least 1 generation');
  }
  if (modes.includes('train') && budget.steps < 1) {
    return problem('inconsistent', 'budget.steps', 'train mode is open, so at least 1 step');
  }
  if (!level.secondTask) {
    if (goal.keepFirstTask !== undefined) {
      return problem('inconsistent', 'goal.keepFirstTask', 'needs a secondTask (the world to keep is the first)');
    }
    if (controls.includes('secondTaskSwitch')) {
      return problem('inconsistent', 'controls', 'secondTaskSwitch needs a secondTask');
    }
  }
  if (level.switches.rehearseShare !== undefined && !level.secondTask) {
    return problem('inconsistent', 'switches.rehearseShare', 'rehearsing needs a secondTask');
  }
  return null;
}

/** The first problem of a level whose fields each passed the schema, or null. */
export function checkLevel(level: Level): LevelProblem | null {
  const spec = validateSpec(level.spec);
  if (!spec.ok) return problem('bad-network', 'spec', spec.error.message);
  const texts = checkTexts(level);
  if (texts) return texts;
  const consistency = checkConsistency(level);
  if (consistency) return consistency;
  const first = buildTask(level.task, level, 'task');
  if ('code' in first) return first;
  let starsWorld = first;
  if (level.secondTask) {
    const second = buildTask(level.secondTask, level, 'secondTask');
    if ('code' in second) return second;
    starsWorld = second;
  }
  const stars = checkStars(level, starsWorld.fitnessRange);
  if (stars) return stars;
  const keep = level.goal.keepFirstTask;
  if (keep !== undefined && (keep < first.fitnessRange[0] || keep > first.fitnessRange[1])) {
    return problem('bad-stars', 'goal.keepFirstTask', `outside the first world's fitness range`);
  }
  const evo = validateEvolutionConfig({ ...level.evolution, initGain: level.initGain });
  if (!evo.ok) return problem('bad-evolution', `evolution.${evo.error.field}`, evo.error.message);
  const depth = level.spec.layers.length - 1;
  const frozen =
    checkLayers(level.training.frozenLayers, depth, 'training.frozenLayers') ??
    checkLayers(level.switches.frozenLayers, depth, 'switches.frozenLayers');
  if (frozen) return frozen;
  if (level.start.kind === 'ancestor') {
    const creature = decodeShareCode(level.start.code);
    if (!creature.ok) return problem('bad-ancestor', 'start.code', creature.error.message);
    const same =
      creature.value.spec.layers.join() === level.spec.layers.join() &&
      creature.value.spec.activations.join() === level.spec.activations.join();
    if (!same) return problem('bad-ancestor', 'start.code', 'the creature has another network than spec');
  }
  return null;
}
