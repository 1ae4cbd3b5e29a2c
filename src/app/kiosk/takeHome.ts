/**
 * "Take it home": the address the take-home QR code opens — the public game with the visitor's
 * creature as its common ancestor, `<base>?ancestor=<share code>`. Pure; the share code is made by
 * src/core/codec/sharecode.ts.
 */
import { DEFAULT_CODEC } from '../../core/dna';
import { encodeShareCode, type Creature } from '../../core/codec/sharecode';
import type { NetworkSpec } from '../../core/network';
import type { TaskKind } from '../../core/tasks/task';

/** `base` with `ancestor=<code>` set (any other query and the hash are kept; kiosk flags are removed). */
export function takeHomeUrl(base: string, code: string): string {
  const url = new URL(base);
  for (const flag of ['kiosk', 'idle', 'reset', 'level', 'lang', 'inspect']) url.searchParams.delete(flag);
  url.searchParams.set('ancestor', code);
  return url.href;
}

/** The creature as a share code (DNA of three bases a weight), or null when it cannot be one. */
export function takeHomeCode(spec: NetworkSpec, genome: Float32Array, task: TaskKind | null): string | null {
  const creature: Creature = { spec, genome, codec: DEFAULT_CODEC, name: '', task };
  const code = encodeShareCode(creature);
  return code.ok ? code.value : null;
}
