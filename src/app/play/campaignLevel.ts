/**
 * A campaign level (src/core/levels/types.ts) as the PlayLevel the play session hosts: the world the
 * level plays in, its brain, its evolution and training settings, and its star thresholds. The
 * level-specific parts (second world, switches, extra goal conditions) stay on the Level, which the
 * level's own controls read.
 */
import type { Level } from '../../core/levels/types';
import type { PlayLevel } from './levels';

/**
 * Does the level play in its second world? A level whose creature moves there for good ("New world":
 * it learned the first world, start.ts, and now lives in the second) does: its Train, its evolution,
 * its arena and its stars are all in the new world. A level that switches between its two worlds
 * ("Don't forget": the task switch, rehearsal, frozen layers) plays in the first and learns the
 * second through its own controls.
 */
export function playsInSecondWorld(level: Level): boolean {
  if (level.secondTask === undefined) return false;
  return !level.controls.some((c) => c === 'secondTaskSwitch' || c === 'rehearse' || c === 'freezeLayers');
}

export function playLevelOf(level: Level): PlayLevel {
  const seed = level.start.kind === 'ancestor' ? level.evolution.seed : level.start.seed;
  const inheritance = level.switches.inheritance ?? level.evolution.inheritance;
  return {
    id: level.id,
    number: level.number,
    task: playsInSecondWorld(level) ? (level.secondTask ?? level.task) : level.task,
    spec: level.spec,
    evolution: {
      ...level.evolution,
      ...(seed !== undefined ? { seed } : {}),
      ...(inheritance !== undefined ? { inheritance } : {}),
      ...(level.switches.lifetimeSteps
        ? { lifetime: { steps: level.switches.lifetimeSteps, trainer: level.training } }
        : {}),
    },
    training: {
      ...level.training,
      ...(level.switches.frozenLayers ? { frozenLayers: level.switches.frozenLayers } : {}),
    },
    stars: level.goal.stars,
    initGain: level.initGain,
  };
}
