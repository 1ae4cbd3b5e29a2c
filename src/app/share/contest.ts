/**
 * The class arena's contest: up to MAX_CONTESTANTS creatures of one world, every one evaluated by the
 * engine on the same task and the same seed (the very fitness evolution uses), ranked by fitness.
 */
import type { Creature } from '../../core/codec/sharecode';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { NetworkSpec } from '../../core/network';
import type { TaskConfig } from '../../core/tasks/registry';
import type { Engine, EngineError } from '../play/engine';
import { checkFits, type ImportError } from './creatureFile';

export const MAX_CONTESTANTS = 30;

export interface ContestWorld {
  readonly id: string;
  readonly task: TaskConfig;
  readonly spec: NetworkSpec;
  readonly evolution: { readonly evaluationSeed?: number };
}

export interface Contestant {
  /** Order of arrival, from 1. */
  readonly id: number;
  readonly name: string;
  readonly genome: Float32Array;
  /** As it came in (to move it to another world). */
  readonly creature?: Creature;
}

export interface LeaderboardRow {
  /** 1 for the best; equal fitness shares a rank (1, 1, 3). */
  readonly rank: number;
  readonly id: number;
  readonly name: string;
  readonly fitness: number;
}

export type AddResult =
  { readonly ok: true; readonly contestant: Contestant } | { readonly ok: false; readonly error: ImportError | 'full' };

/** The contestants of one contest; each must fit the world. */
export class ContestEntries {
  private readonly list: Contestant[] = [];
  private nextId = 1;

  constructor(readonly world: ContestWorld) {}

  get all(): readonly Contestant[] {
    return this.list;
  }

  add(creature: Creature, fallbackName: string, fileName?: string): AddResult {
    if (this.list.length >= MAX_CONTESTANTS) return { ok: false, error: 'full' };
    const fits = checkFits(creature, this.world.spec, this.world.task.kind, fileName);
    if (!fits.ok) return { ok: false, error: fits.error };
    const contestant = { id: this.nextId++, name: creature.name || fallbackName, genome: creature.genome, creature };
    this.list.push(contestant);
    return { ok: true, contestant };
  }

  remove(id: number): void {
    const i = this.list.findIndex((c) => c.id === id);
    if (i >= 0) this.list.splice(i, 1);
  }
}

/** Ranks by fitness, best first; a fitness that is not a number comes last. Ties keep arrival order. */
export function rankContestants(contestants: readonly Contestant[], fitness: ArrayLike<number>): LeaderboardRow[] {
  const rows = contestants.map((c, i) => ({ id: c.id, name: c.name, fitness: fitness[i] as number }));
  const score = (f: number): number => (Number.isFinite(f) ? f : -Infinity);
  rows.sort((a, b) => score(b.fitness) - score(a.fitness) || a.id - b.id);
  const out: LeaderboardRow[] = [];
  rows.forEach((r, i) => {
    const prev = out[i - 1];
    const rank = prev && score(prev.fitness) === score(r.fitness) ? prev.rank : i + 1;
    out.push({ ...r, rank });
  });
  return out;
}

/** Evaluates every contestant with the engine (the same task, the same seed) and ranks them. */
export async function runContest(
  engine: Engine,
  world: ContestWorld,
  contestants: readonly Contestant[],
): Promise<Result<LeaderboardRow[], EngineError>> {
  if (contestants.length === 0) return ok([]);
  const ready = await engine.setTask(world.task, world.spec);
  if (!ready.ok) return ready;
  const n = ready.value;
  const genomes = new Float32Array(n * contestants.length);
  for (let i = 0; i < contestants.length; i++) {
    const g = (contestants[i] as Contestant).genome;
    if (g.length !== n)
      return err({ code: 'bad-genome', message: `contestant ${i + 1} has ${g.length} weights, not ${n}` });
    genomes.set(g, i * n);
  }
  const fitness = new Float64Array(contestants.length);
  const slots = Array.from({ length: contestants.length }, (_, i) => i);
  const done = await engine.evaluateSlots(genomes, slots, fitness, world.evolution.evaluationSeed ?? 1);
  if (!done.ok) return done;
  return ok(rankContestants(contestants, fitness));
}
