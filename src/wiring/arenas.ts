/** The arena that draws a level's world, by task. */
import type * as Phaser from 'phaser';
import type { PlayLevel } from '../app/play/levels';
import { ForageArena } from '../game/arena/forageArena';
import { PatternArena } from '../game/arena/patternArena';
import { SortArena } from '../game/arena/sortArena';
import type { Arena, ArenaCallbacks } from '../game/arena/types';

export function createArena(scene: Phaser.Scene, level: PlayLevel, callbacks: ArenaCallbacks): Arena {
  const task = level.task;
  switch (task.kind) {
    case 'pattern':
      return new PatternArena(scene, task, level.spec, callbacks);
    case 'forage':
      return new ForageArena(scene, task, level.spec, callbacks);
    default: {
      // A second sort valley on the same brain (one head each): the plate shows both valleys.
      const second = level.level?.secondTask;
      const other = second?.kind === 'sort' && second !== task ? second : null;
      return new SortArena(scene, task, level.spec, callbacks, level.evolution.evaluationSeed ?? 1, other);
    }
  }
}
