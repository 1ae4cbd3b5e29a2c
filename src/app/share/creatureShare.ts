/**
 * From a living creature to what the share dialog shows: its share code (quantised to the default
 * DNA, 3 bases a weight), the file's text and name, and the link that makes it a common ancestor.
 */
import { encodeShareCode, type Creature } from '../../core/codec/sharecode';
import { DEFAULT_CODEC } from '../../core/dna';
import type { NetworkSpec } from '../../core/network';
import { err, ok, type Result } from '../../core/result';
import type { TaskKind } from '../../core/tasks/task';
import { ancestorLink } from './ancestor';
import { creatureFileName, creatureFileText } from './creatureFile';

export interface SharedCreature {
  readonly code: string;
  readonly link: string;
  readonly fileName: string;
  readonly fileText: string;
}

export function shareCreature(
  spec: NetworkSpec,
  genome: Float32Array,
  task: TaskKind,
  name: string,
  base: string,
  now: Date,
): Result<SharedCreature, string> {
  const creature: Creature = { spec, genome, codec: DEFAULT_CODEC, name, task };
  const code = encodeShareCode(creature);
  if (!code.ok) return err(code.error.code);
  return ok({
    code: code.value,
    link: ancestorLink(base, code.value),
    fileName: creatureFileName(name),
    fileText: creatureFileText(creature, code.value, now),
  });
}
