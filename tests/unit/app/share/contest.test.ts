// The class arena's contest: entries that fit, the cap of 30, ranking, and the engine's own fitness.
import { describe, expect, it } from 'vitest';
import { ContestEntries, MAX_CONTESTANTS, rankContestants, runContest } from '../../../../src/app/share/contest';
import { BUILTIN_LEVELS } from '../../../../src/app/play/levels';
import { LocalEngine } from '../../../../src/app/play/localEngine';
import type { Creature } from '../../../../src/core/codec/sharecode';
import { createGenome, Network } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { createTask } from '../../../../src/core/tasks/registry';

const forage = BUILTIN_LEVELS.find((l) => l.id === 'forage')!;
const moth = BUILTIN_LEVELS.find((l) => l.id === 'pattern')!;

function creatureFor(level: typeof forage, seed: number, name: string): Creature {
  const genome = createGenome(new Network(level.spec), new Rng(seed), 1);
  return { spec: level.spec, genome, codec: { k: 3, range: 4 }, name, task: level.task.kind };
}

describe('contest', () => {
  it('admits creatures that fit the world, up to 30', () => {
    const entries = new ContestEntries(forage);
    expect(entries.add(creatureFor(moth, 1, 'moth'), 'x')).toMatchObject({
      ok: false,
      error: { code: 'spec-mismatch' },
    });
    for (let i = 0; i < MAX_CONTESTANTS; i++) expect(entries.add(creatureFor(forage, i, `f${i}`), 'x').ok).toBe(true);
    expect(entries.add(creatureFor(forage, 99, 'late'), 'x')).toEqual({ ok: false, error: 'full' });
    entries.remove(entries.all[0]!.id);
    expect(entries.all.length).toBe(MAX_CONTESTANTS - 1);
    expect(entries.add(creatureFor(forage, 3, ''), 'Creature 31')).toMatchObject({
      ok: true,
      contestant: { name: 'Creature 31' },
    });
  });

  it('ranks best first; ties share a rank; a fitness that is not a number comes last', () => {
    const c = (id: number) => ({ id, name: `c${id}`, genome: new Float32Array(0) });
    const rows = rankContestants([c(1), c(2), c(3), c(4)], [0.5, NaN, 0.9, 0.5]);
    expect(rows.map((r) => [r.rank, r.id])).toEqual([
      [1, 3],
      [2, 1],
      [2, 4],
      [4, 2],
    ]);
  });

  it('every creature gets the engine’s fitness on the world’s seed, to the bit', async () => {
    const entries = new ContestEntries(forage);
    for (let i = 0; i < 10; i++) entries.add(creatureFor(forage, 10 + i, `forager ${i}`), 'x');
    const rows = await runContest(new LocalEngine(), forage, entries.all);
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    const task = createTask(forage.task, forage.spec);
    if (!task.ok) throw new Error(task.error.message);
    const seed = forage.evolution.evaluationSeed!;
    for (const row of rows.value) {
      const c = entries.all.find((e) => e.id === row.id)!;
      expect(row.fitness).toBe(task.value.fitness(c.genome, 0, seed));
    }
    for (let i = 1; i < rows.value.length; i++) {
      expect(rows.value[i]!.fitness).toBeLessThanOrEqual(rows.value[i - 1]!.fitness);
    }
  });
});
