/**
 * A random visitor: someone who presses whatever is on screen. On "You are the bird" it is a
 * random bird — it taps a random number of moths, each more likely the more it stands out from
 * the bark (poorer camouflage = lower fitness), and the rest breed. On "Survival of the fittest"
 * it taps random creatures as parents, sometimes presses Natural selection, and moves the mutation
 * sliders at random. Either way the creatures' fitness still rises within the level's budget.
 */
import { describe, expect, it } from 'vitest';
import type { Evolution } from '../../../../src/core/evolution/evolution';
import { autoEvolve } from '../../../../src/core/levels/autoplay';
import { Rng } from '../../../../src/core/rng';
import { levelById } from './shipped';

function ids(evo: Evolution): number[] {
  const pop = evo.population;
  return Array.from({ length: pop.count }, (_, p) => pop.ids[p] as number);
}

/**
 * A bird that eats 1–6 moths. It spots a moth with a chance that grows with how much the moth
 * differs from the bark: weight (1 − fitness)², the mismatch squared (a moth twice as far off is
 * four times as easy to see). The survivors breed.
 */
function randomBird(rng: Rng) {
  return (evo: Evolution): number[] => {
    const pop = evo.population;
    const alive = ids(evo);
    const eaten = new Set<number>();
    const meals = 1 + rng.int(6);
    for (let m = 0; m < meals; m++) {
      let total = 0;
      for (let p = 0; p < pop.count; p++)
        if (!eaten.has(alive[p] as number)) total += (1 - (pop.fitness[p] as number)) ** 2;
      let r = rng.uniform() * total;
      for (let p = 0; p < pop.count; p++) {
        const id = alive[p] as number;
        if (eaten.has(id)) continue;
        r -= (1 - (pop.fitness[p] as number)) ** 2;
        if (r <= 0) {
          eaten.add(id);
          break;
        }
      }
    }
    return alive.filter((id) => !eaten.has(id));
  };
}

/** Taps 1–4 random creatures, or (one time in three) presses Natural selection; moves the sliders now and then. */
function randomForager(rng: Rng) {
  return (evo: Evolution): number[] => {
    if (rng.uniform() < 0.3) {
      evo.configure({
        mutation: { kind: 'gaussian', rate: 0.05 + 0.45 * rng.uniform(), size: 0.05 + 0.95 * rng.uniform() },
      });
    }
    if (rng.uniform() < 1 / 3) return [];
    const alive = ids(evo);
    const taps = 1 + rng.int(4);
    return Array.from({ length: taps }, () => alive[rng.int(alive.length)] as number);
  };
}

describe('a random visitor still raises fitness within the budget', () => {
  for (const [id, visitor] of [
    ['you-are-the-bird', randomBird],
    ['survival-of-the-fittest', randomForager],
  ] as const) {
    it(id, () => {
      const level = levelById(id);
      for (const seed of [1, 2, 3, 4, 5]) {
        const r = autoEvolve(level, { pick: visitor(new Rng(seed)), untilBudget: true });
        if (!r.ok) throw new Error(r.error.message);
        const curve = r.value.curve;
        const first = curve[0] as number;
        const last = curve[curve.length - 1] as number;
        console.log(
          `${id} visitor ${seed}: best fitness ${first.toFixed(3)} → ${last.toFixed(3)} in ${r.value.used} generations`,
        );
        expect(r.value.used).toBe(level.budget.generations);
        expect(last).toBeGreaterThan(first);
      }
    });
  }
});
