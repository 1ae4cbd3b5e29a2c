// The play session's journey in Node, on the same engine calls the worker pool answers in the
// browser: evolve by picking, train, hand back, edit a gene, explode and recover.
import { describe, expect, it } from 'vitest';
import { isFiniteGenome } from '../../../src/core/network';
import { LAB_LEVELS } from '../../../src/app/play/labLevels';
import { BUILTIN_LEVELS, findLevel } from '../../../src/app/play/levels';
import { LocalEngine } from '../../../src/app/play/localEngine';
import { PlaySession } from '../../../src/app/play/session';

async function session(id: string): Promise<PlaySession> {
  const s = await PlaySession.create(findLevel(id, LAB_LEVELS)!, new LocalEngine());
  if (!(s instanceof PlaySession)) throw new Error(s.message);
  return s;
}

describe('play session', () => {
  it('every built-in and Lab world builds and evaluates its first generation', async () => {
    for (const level of [...BUILTIN_LEVELS, ...LAB_LEVELS]) {
      const s = await session(level.id);
      expect(s.history.length).toBe(1);
      expect(Number.isFinite(s.bestFitness)).toBe(true);
      s.close();
    }
  });

  it('evolve by picking → train (loss falls) → evolve from the trained creature', async () => {
    const s = await session('sort');
    for (let g = 0; g < 3; g++) {
      const pop = s.evo.population;
      const picked = [pop.ids[0]!, pop.ids[1]!, pop.ids[2]!];
      for (const id of picked) s.toggleChosen(id);
      await s.nextGeneration();
      // Picked parents survive into the next generation unchanged.
      for (const id of picked) expect(s.evo.population.indexOf(id)).toBeGreaterThanOrEqual(0);
    }
    expect(s.generation).toBe(3);
    await s.switchToTrain();
    expect(s.mode).toBe('train');
    const traineeId = s.trainee!.id;
    for (let k = 0; k < 10; k++) await s.trainSteps(5);
    expect(s.steps).toBe(50);
    const first = s.losses.slice(0, 5).reduce((a, b) => a + b, 0) / 5;
    const last = s.losses.slice(-5).reduce((a, b) => a + b, 0) / 5;
    expect(last).toBeLessThan(first);
    const trained = s.trainee!.genome.slice();
    await s.switchToEvolve();
    expect(s.mode).toBe('evolve');
    // Slot 0 is the trained creature itself; every other creature is its mutant.
    expect(Array.from(s.evo.population.genome(0))).toEqual(Array.from(trained));
    const trainedRecord = s.lineage.get(s.evo.population.ids[0]!)!;
    expect(trainedRecord.event).toBe('training');
    expect(trainedRecord.parentA).toBe(traineeId);
    for (let p = 1; p < s.evo.population.count; p++) {
      expect(s.lineage.get(s.evo.population.ids[p]!)!.parentA).toBe(s.evo.population.ids[0]);
    }
    s.close();
  });

  it('the pattern world: eaten moths do not breed', async () => {
    const s = await session('pattern');
    const pop = s.evo.population;
    const eaten = [pop.ids[3]!, pop.ids[4]!, pop.ids[5]!];
    for (const id of eaten) s.toggleChosen(id);
    await s.nextGeneration();
    for (let p = 0; p < s.evo.population.count; p++) {
      const r = s.lineage.get(s.evo.population.ids[p]!)!;
      expect(eaten).not.toContain(r.parentA);
      expect(eaten).not.toContain(s.evo.population.ids[p]);
    }
    s.close();
  });

  it('looking (natural selection): one creature at a time, a second tap lets it go, and it is the one carried to training', async () => {
    const s = await session('sort');
    const pop = s.evo.population;
    const [a, b] = [pop.ids[2]!, pop.ids[5]!];
    s.lookAt(a);
    s.lookAt(b);
    expect([...s.chosen]).toEqual([b]);
    s.lookAt(b);
    expect(s.chosen.size).toBe(0);
    s.lookAt(a);
    await s.switchToTrain();
    expect(s.trainee!.id).toBe(a);
    s.close();
  });

  it('a far too large learning rate explodes, is reported, and the creature stays finite', async () => {
    const s = await session('pattern');
    await s.switchToTrain();
    const events: string[] = [];
    s.on((e) => events.push(e));
    await s.configureTrainer({ optimizer: { kind: 'sgd', learningRate: 1e4 } });
    for (let k = 0; k < 5 && s.trainStatus !== 'diverged'; k++) await s.trainSteps(5);
    expect(events).toContain('exploded');
    expect(isFiniteGenome(s.trainee!.genome)).toBe(true);
    expect(s.losses[s.losses.length - 1]).toBe(Number.POSITIVE_INFINITY);
    // Lower the rate and training goes on.
    await s.configureTrainer({ optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9 } });
    await s.trainSteps(5);
    expect(s.trainStatus).toBe('ready');
    s.close();
  });

  // CI's journey: the Step tapped while an explosion was still being handled was dropped, and the
  // creature stayed "Exploded".
  it('a step asked for while steps are being taken follows them, it is not dropped', async () => {
    const s = await session('pattern');
    await s.switchToTrain();
    const before = s.steps;
    await Promise.all([s.trainSteps(3), s.trainSteps(1), s.trainSteps(1)]);
    expect(s.steps - before).toBe(5);
    s.close();
  });

  it('gene editing makes a new creature born by an edit', async () => {
    const s = await session('sort');
    const id = s.evo.population.ids[0]!;
    await s.editWeight(id, 0, 0);
    const p = s.evo.population.indexOf(id);
    expect(p).toBe(-1);
    const editedId = s.evo.population.ids[0]!;
    expect(s.lineage.get(editedId)!.event).toBe('edit');
    expect(s.evo.population.genome(0)[0]).toBe(0);
    s.close();
  });
});
