/**
 * A campaign level (src/core/levels/types.ts) as the PlayLevel the play session hosts: the world the
 * level opens in, its brain, its evolution and training settings, and its star thresholds. The
 * level-specific parts (second world, switches, extra goal conditions) stay on the Level, which the
 * level's own controls read.
 */
import type { Level } from '../../core/levels/types';
import type { PlayLevel } from './levels';

export function playLevelOf(level: Level): PlayLevel {
  const seed = level.start.kind === 'ancestor' ? level.evolution.seed : level.start.seed;
  const inheritance = level.switches.inheritance ?? level.evolution.inheritance;
  return {
    id: level.id,
    number: level.number,
    task: level.task,
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
