// An imported creature joins the population (in place of the least fit) or starts a new one.
import { describe, expect, it } from 'vitest';
import { findLevel } from '../../../../src/app/play/levels';
import { LocalEngine } from '../../../../src/app/play/localEngine';
import { PlaySession } from '../../../../src/app/play/session';
import { createGenome, Network } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';

async function session(id: string): Promise<PlaySession> {
  const s = await PlaySession.create(findLevel(id)!, new LocalEngine());
  if (!(s instanceof PlaySession)) throw new Error(s.message);
  return s;
}

describe('importing into a play session', () => {
  it('joins in place of the least fit, born by import, evaluated', async () => {
    const s = await session('sort');
    const pop = s.evo.population;
    let worst = 0;
    for (let p = 1; p < pop.count; p++) if (pop.fitness[p]! < pop.fitness[worst]!) worst = p;
    const genome = createGenome(new Network(s.level.spec), new Rng(77), 1);
    const id = await s.importCreature(genome, 'join');
    expect(id).not.toBeNull();
    expect(pop.ids[worst]).toBe(id);
    expect(Array.from(pop.genome(worst))).toEqual(Array.from(genome));
    expect(s.lineage.get(id!)!.event).toBe('import');
    expect(Number.isFinite(pop.fitness[worst])).toBe(true);
    expect(pop.pending()).toEqual([]);
    s.close();
  });

  it('starts a new population of its mutants, itself in slot 0; from train mode too', async () => {
    const s = await session('forage');
    await s.switchToTrain();
    await s.trainSteps(3);
    const genome = createGenome(new Network(s.level.spec), new Rng(78), 1);
    const id = await s.importCreature(genome, 'new');
    expect(s.mode).toBe('evolve');
    const pop = s.evo.population;
    expect(pop.ids[0]).toBe(id);
    expect(Array.from(pop.genome(0))).toEqual(Array.from(genome));
    expect(s.lineage.get(id!)!.event).toBe('import');
    for (let p = 1; p < pop.count; p++) expect(s.lineage.get(pop.ids[p]!)!.parentA).toBe(id);
    s.close();
  });

  it('a genome of the wrong length is refused', async () => {
    const s = await session('sort');
    expect(await s.importCreature(new Float32Array(3), 'join')).toBeNull();
    s.close();
  });
});
