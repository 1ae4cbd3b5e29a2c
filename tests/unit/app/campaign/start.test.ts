import { describe, expect, it } from 'vitest';
import { startCreature } from '../../../../src/app/campaign/start';
import { playLevelOf } from '../../../../src/app/play/campaignLevel';
import { levelWorlds } from '../../../../src/core/levels/worlds';
import { levelById } from '../../core/levels/shipped';

describe('startCreature', () => {
  it('starts a random level from its seed (no creature)', () => {
    const level = levelById('mind-the-step');
    expect(startCreature({ ...playLevelOf(level), level })).toEqual({ ok: true, value: null });
  });

  it("starts Don't forget from a creature that already knows the first world", () => {
    const level = levelById('dont-forget');
    const r = startCreature({ ...playLevelOf(level), level });
    if (!r.ok || !r.value) throw new Error('no start creature');
    const worlds = levelWorlds(level);
    if (!worlds.ok) throw new Error(worlds.error.message);
    expect(worlds.value.first.fitness(r.value, 0, worlds.value.seed)).toBeGreaterThan(0.4);
  });

  it('names the level and field when an ancestor code cannot be read', () => {
    const level = { ...levelById('mind-the-step'), start: { kind: 'ancestor', code: 'nope' } as const };
    const r = startCreature({ ...playLevelOf(level), level });
    expect(r.ok ? null : r.error.message).toMatch(/^mind-the-step: start\.code: /);
  });
});
