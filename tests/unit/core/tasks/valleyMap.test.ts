import { describe, expect, it } from 'vitest';
import { autoTrain } from '../../../../src/core/levels/autoplay';
import { levelWorlds, startGenome } from '../../../../src/core/levels/worlds';
import { createSortTask, type SortTask } from '../../../../src/core/tasks/sort';
import { valleyMap, valleyOwners } from '../../../../src/core/tasks/valleyMap';
import { levelById } from '../levels/shipped';

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const level = levelById('dont-forget');
const worlds = value(levelWorlds(level));
const first = worlds.first as SortTask;
const second = worlds.second as SortTask;
const RES = 32;

describe('valleyMap (Don’t forget: one head per valley)', () => {
  it('gives the old valley’s side of the map to head A and the new valley’s side to head B', () => {
    const owners = valleyOwners(first, second);
    if (!owners) throw new Error('no valley map');
    // The old valley's berries have colour −1…−0.1, the new one's 0.1…1: the left and right halves.
    for (let r = 0; r < RES; r++) {
      for (let c = 0; c < RES; c++) expect(owners[r * RES + c], `cell ${r},${c}`).toBe(c < RES / 2 ? 0 : 1);
    }
  });

  it('reads each cell from its valley’s head and draws its valley’s rule', () => {
    const genome = value(startGenome(level, worlds)) as Float32Array;
    const m = valleyMap(first, second, genome, worlds.seed);
    if (!m) throw new Error('no valley map');
    const a = first.phenotype(genome, worlds.seed);
    const b = second.phenotype(genome, worlds.seed);
    if (a.kind !== 'sort' || b.kind !== 'sort') throw new Error('not a taste map');
    const ruleA = first.ruleMap();
    const ruleB = second.ruleMap();
    for (let i = 0; i < RES * RES; i++) {
      const inB = m.valley[i] === 1;
      expect(m.map[i]).toBe(inB ? b.map[i] : a.map[i]);
      expect(m.rule[i]).toBe(inB ? ruleB[i] : ruleA[i]);
    }
    // The two rules differ on the map, so the plate shows two different boundaries.
    expect(ruleA).not.toEqual(ruleB);
  });

  it('keeps the old side to the bit when the shared layer is frozen, and repaints it when it is not', () => {
    const before = value(startGenome(level, worlds)) as Float32Array;
    const side = (g: Float32Array): number[] => {
      const m = valleyMap(first, second, g, worlds.seed);
      if (!m) throw new Error('no valley map');
      return Array.from(m.map).filter((_, i) => m.valley[i] === 0);
    };
    const frozen = value(autoTrain(level, { frozenLayers: [0], untilBudget: true })).genome;
    const plain = value(autoTrain(level, { untilBudget: true })).genome;
    expect(side(frozen)).toEqual(side(before));
    expect(side(plain)).not.toEqual(side(before));
  });

  it('is null when both tasks read the same head or span other maps', () => {
    const sameHead = value(createSortTask({ ...second.config, head: 0 }, level.spec));
    expect(valleyOwners(first, sameHead)).toBeNull();
    const otherMap = value(createSortTask({ ...second.config, mapFeatures: [1, 0] }, level.spec));
    expect(valleyOwners(first, otherMap)).toBeNull();
    const coarse = value(createSortTask({ ...second.config, mapResolution: 16 }, level.spec));
    expect(valleyMap(first, coarse, new Float32Array(first.network.paramCount), 1)).toBeNull();
  });
});
