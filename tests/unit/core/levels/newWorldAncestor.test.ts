// "New world" starts from an evolved forager, not a hand-made one: breeding it again the way
// scripts/new-world-ancestor.ts does (natural selection in the level's open forest, then polish on the
// DNA grid) gives exactly the genome of the level's share code.
import { describe, expect, it } from 'vitest';
import { breedNewWorldAncestor, NEW_WORLD_BREEDING } from '../../../../scripts/new-world-ancestor';
import { decodeShareCode } from '../../../../src/core/codec/sharecode';
import { levelWorlds } from '../../../../src/core/levels/worlds';
import { levelById } from './shipped';

describe('the New world ancestor', () => {
  it('is the forager natural selection breeds in the old forest, bit for bit', () => {
    const level = levelById('new-world');
    if (level.start.kind !== 'ancestor') throw new Error('New world starts from an ancestor');
    const shared = decodeShareCode(level.start.code);
    if (!shared.ok) throw new Error(shared.error.message);
    const bred = breedNewWorldAncestor(level);
    expect(Array.from(bred)).toEqual(Array.from(shared.value.genome));
    const worlds = levelWorlds(level);
    if (!worlds.ok) throw new Error(worlds.error.message);
    // Bred 120 generations of 16 from random creatures: 19 pellets in 600 ticks of the open forest.
    expect(NEW_WORLD_BREEDING.generations).toBe(120);
    expect(worlds.value.first.fitness(bred, 0, worlds.value.seed)).toBe(19);
  });
});
