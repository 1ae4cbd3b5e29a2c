import { describe, expect, it } from 'vitest';
import { measureCreature, starsFor } from '../../../../src/core/levels/goal';
import { quantisedFitness } from '../../../../src/core/experiments/compression';
import { levelWorlds, seededGenome } from '../../../../src/core/levels/worlds';
import { levelById } from './shipped';

describe('starsFor', () => {
  const level = levelById('mind-the-step'); // stars 0.1, 0.17, 0.21

  it('counts the thresholds reached, each inclusive', () => {
    expect([0.05, 0.1, 0.169, 0.17, 0.2, 0.21, 0.3].map((fitness) => starsFor(level, { fitness }))).toEqual([
      0, 1, 1, 2, 2, 3, 3,
    ]);
  });

  it('gives no star for a fitness that is not a number', () => {
    expect(starsFor(level, { fitness: Number.NaN })).toBe(0);
    expect(starsFor(level, { fitness: Number.POSITIVE_INFINITY })).toBe(0);
  });

  it("Don't forget: no star unless the first world is kept", () => {
    const forget = levelById('dont-forget'); // keepFirstTask 0.47, stars 0.45 / 0.48 / 0.5
    expect(starsFor(forget, { fitness: 0.5 })).toBe(0);
    expect(starsFor(forget, { fitness: 0.5, firstTaskFitness: 0.46 })).toBe(0);
    expect(starsFor(forget, { fitness: 0.5, firstTaskFitness: 0.47 })).toBe(3);
  });

  it('Pack it small: no star for a creature written with more bases than allowed', () => {
    const pack = levelById('pack-it-small'); // maxBasesPerWeight 2
    expect(starsFor(pack, { fitness: 0.99 })).toBe(0);
    expect(starsFor(pack, { fitness: 0.99, basesPerWeight: 3 })).toBe(0);
    expect(starsFor(pack, { fitness: 0.99, basesPerWeight: 2 })).toBe(3);
    expect(starsFor(pack, { fitness: 0.99, basesPerWeight: 1 })).toBe(3);
  });
});

describe('measureCreature', () => {
  it('measures a Pack-it-small creature squeezed to the allowed bases', () => {
    const pack = levelById('pack-it-small');
    const worlds = levelWorlds(pack);
    if (!worlds.ok) throw new Error(worlds.error.message);
    const genome = seededGenome(pack, worlds.value.stars.network);
    const m = measureCreature(pack, worlds.value, genome, 123);
    expect(m.basesPerWeight).toBe(2);
    expect(m.fitness).toBe(quantisedFitness(worlds.value.stars, genome, { k: 2, range: 4 }, worlds.value.seed));
    expect(measureCreature(pack, worlds.value, genome, undefined, 1).basesPerWeight).toBe(1);
  });

  it("measures both worlds of Don't forget", () => {
    const forget = levelById('dont-forget');
    const worlds = levelWorlds(forget);
    if (!worlds.ok) throw new Error(worlds.error.message);
    const genome = seededGenome(forget, worlds.value.first.network);
    const m = measureCreature(forget, worlds.value, genome);
    expect(m.fitness).toBe(worlds.value.second?.fitness(genome, 0, worlds.value.seed));
    expect(m.firstTaskFitness).toBe(worlds.value.first.fitness(genome, 0, worlds.value.seed));
  });
});
