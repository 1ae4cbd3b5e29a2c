// Stars for a fitness: thresholds counted, conditions (second world, first world kept, squeezed DNA)
// required before any star; the goal meter's position climbs with fitness and marks each threshold.
import { describe, expect, it } from 'vitest';
import { meterPosition, nextThreshold, starsFor } from '../../../../src/app/campaign/stars';

const goal = { stars: [0.5, 0.7, 0.9] as const };

describe('stars', () => {
  it('counts the thresholds a fitness reaches', () => {
    expect([0.1, 0.5, 0.69, 0.7, 0.95, NaN].map((f) => starsFor(goal, { fitness: f }))).toEqual([0, 1, 1, 2, 3, 0]);
  });

  it('gives no star until the level’s conditions hold', () => {
    expect(starsFor(goal, { fitness: 0.95 }, true)).toBe(0);
    expect(starsFor(goal, { fitness: 0.95, inSecondTask: true }, true)).toBe(3);
    const keep = { ...goal, keepFirstTask: 0.6 };
    expect(starsFor(keep, { fitness: 0.95 })).toBe(0);
    expect(starsFor(keep, { fitness: 0.95, firstTaskFitness: 0.5 })).toBe(0);
    expect(starsFor(keep, { fitness: 0.75, firstTaskFitness: 0.6 })).toBe(2);
    const squeeze = { ...goal, maxBasesPerWeight: 2 };
    expect(starsFor(squeeze, { fitness: 0.95, basesPerWeight: 3 })).toBe(0);
    expect(starsFor(squeeze, { fitness: 0.95, basesPerWeight: 2 })).toBe(3);
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
