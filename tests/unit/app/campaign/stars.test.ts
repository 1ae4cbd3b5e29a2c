// Stars on the play screen: a two-world level gives none until the creature is measured in the second
// world (at once for a level that plays there),
// and the goal meter climbs with fitness and marks each threshold at a third of the bar.
import { describe, expect, it } from 'vitest';
import { levelStars, meterPosition, nextThreshold } from '../../../../src/app/campaign/stars';
import type { Level } from '../../../../src/core/levels/types';

const goal = { stars: [0.5, 0.7, 0.9] as const };
const level = (extra: Partial<Level>): Level => ({ goal, ...extra }) as unknown as Level;

describe('stars', () => {
  it('counts the thresholds a fitness reaches', () => {
    expect([0.1, 0.5, 0.69, 0.7, 0.95, NaN].map((f) => levelStars(level({}), { fitness: f }))).toEqual([
      0, 1, 1, 2, 3, 0,
    ]);
  });

  it('a two-world level counts only in the second world; other conditions come from the level’s rule', () => {
    const second = { kind: 'sort' } as unknown as Level['task'];
    const two = level({ secondTask: second, controls: ['secondTaskSwitch', 'learningRate'] });
    expect(levelStars(two, { fitness: 0.95 })).toBe(0);
    expect(levelStars(two, { fitness: 0.95, inSecondTask: true })).toBe(3);
    // A level that plays in its second world ("New world") measures every fitness there.
    const moved = level({ secondTask: second, controls: ['sideBySide', 'learningRate'] });
    expect(levelStars(moved, { fitness: 0.95 })).toBe(3);
    const keep = level({ goal: { ...goal, keepFirstTask: 0.6 } });
    expect(levelStars(keep, { fitness: 0.95, firstTaskFitness: 0.5 })).toBe(0);
    expect(levelStars(keep, { fitness: 0.75, firstTaskFitness: 0.6 })).toBe(2);
    const squeeze = level({ goal: { ...goal, maxBasesPerWeight: 2 } });
    expect(levelStars(squeeze, { fitness: 0.95, basesPerWeight: 3 })).toBe(0);
    expect(levelStars(squeeze, { fitness: 0.95, basesPerWeight: 2 })).toBe(3);
  });

  it('the meter puts the thresholds at thirds and never runs backwards', () => {
    expect(meterPosition(goal, 0.5, 0.2)).toBeCloseTo(1 / 3);
    expect(meterPosition(goal, 0.7, 0.2)).toBeCloseTo(2 / 3);
    expect(meterPosition(goal, 0.9, 0.2)).toBe(1);
    expect(meterPosition(goal, 0.2, 0.2)).toBe(0);
    let last = -1;
    for (let f = 0; f <= 1; f += 0.01) {
      const p = meterPosition(goal, f, 0.2);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
    expect(nextThreshold(goal, 0.6)).toBe(0.7);
    expect(nextThreshold(goal, 0.95)).toBeNull();
  });
});
