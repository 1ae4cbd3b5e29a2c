/**
 * Where a level's creatures come from: a random first generation (the level's seed, already in its
 * evolution settings), or one creature whose mutants make the first generation — an ancestor from a
 * share code, or a creature pretrained on the level's first world (core/levels/worlds.ts
 * `startGenome`, the same one the winnable test plays from).
 */
import { startGenome, levelWorlds } from '../../core/levels/worlds';
import { err, ok, type Result } from '../../core/result';
import type { EngineError } from '../play/engine';
import type { PlayLevel } from '../play/levels';

/** The creature the level starts from, or null for a random start. */
export function startCreature(play: PlayLevel): Result<Float32Array | null, EngineError> {
  const level = play.level;
  if (!level || level.start.kind === 'random') return ok(null);
  const worlds = levelWorlds(level);
  if (!worlds.ok) return err({ code: worlds.error.code, message: `${play.id}: ${worlds.error.message}` });
  const genome = startGenome(level, worlds.value);
  if (!genome.ok) {
    const field = level.start.kind === 'ancestor' ? 'start.code' : 'start';
    return err({ code: genome.error.code, message: `${play.id}: ${field}: ${genome.error.message}` });
  }
  return ok(genome.value);
}
