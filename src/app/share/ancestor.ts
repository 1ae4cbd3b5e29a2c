/**
 * The common ancestor: `?ancestor=<share code>` in the game's address starts play from that creature
 * (a class starts from the teacher's creature; a kiosk visitor takes theirs home). Reading the
 * address never throws: no parameter is null, a bad code is an error value and play starts normally.
 */
import type { Creature } from '../../core/codec/sharecode';
import type { Result } from '../../core/result';
import type { NetworkSpec } from '../../core/network';
import type { TaskKind } from '../../core/tasks/task';
import { readShareCode, sameSpec, type ImportError } from './creatureFile';

export const ANCESTOR_PARAM = 'ancestor';

/** The ancestor named in a query string (`location.search`), or null when there is none. */
export function ancestorFromSearch(search: string): Result<Creature, ImportError> | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  if (!params.has(ANCESTOR_PARAM)) return null;
  return readShareCode(params.get(ANCESTOR_PARAM) ?? '');
}

/** The link that opens the game at `base` (its address without query) with this creature as ancestor. */
export function ancestorLink(base: string, code: string): string {
  const url = base.split(/[?#]/)[0] ?? base;
  return `${url}?${ANCESTOR_PARAM}=${code}`;
}

export interface WorldLike {
  readonly id: string;
  readonly spec: NetworkSpec;
  readonly task: { readonly kind: TaskKind };
}

/** The first world the creature can live in: same network, and the same task when the code names one. */
export function worldForCreature<W extends WorldLike>(creature: Creature, worlds: readonly W[]): W | null {
  return (
    worlds.find((w) => sameSpec(w.spec, creature.spec) && (creature.task === null || creature.task === w.task.kind)) ??
    null
  );
}
