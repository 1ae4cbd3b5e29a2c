/**
 * Where a level's creatures come from: a random first generation (the level's seed, already in its
 * evolution settings), or one creature — an ancestor from a share code — whose mutants make the
 * first generation.
 */
import { decodeShareCode } from '../../core/codec/sharecode';
import { err, ok, type Result } from '../../core/result';
import type { EngineError } from '../play/engine';
import type { PlayLevel } from '../play/levels';

/** The creature the level starts from, or null for a random start. */
export function startCreature(play: PlayLevel): Result<Float32Array | null, EngineError> {
  const start = play.level?.start;
  if (!start || start.kind !== 'ancestor') return ok(null);
  const creature = decodeShareCode(start.code);
  if (!creature.ok) return err({ code: 'bad-ancestor', message: `${play.id}: start.code: ${creature.error.message}` });
  return ok(creature.value.genome);
}
