import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng';
import { BENCH_FORAGE_CONFIG, type ForageConfig } from '../../../../src/core/tasks/forage-config';
import { ForageSim } from '../../../../src/core/tasks/forage-sim';

/**
 * Shared arenas (4 creatures, dense respawning or moving food, hazards, random actions, 600 ticks):
 * a checksum of every sensor reading, and the food eaten, hazards touched and final x of each
 * creature, recorded with the simulation before candidate lists replaced the grid queries (commit
 * 35d3a59). Creatures eat in index order within a tick, so a pellet one eats respawns before the
 * next moves: the lists must give the grid's answers exactly, also then.
 */
const KNOWN = [
  {
    seed: 3,
    foodSpeed: 0,
    sensed: 666573297,
    eaten: [3, 6, 12, 15],
    touched: [0, 4, 2, 2],
    x: [-392, -389.43493222931824, 392, 125.20464804787686],
  },
  {
    seed: 4,
    foodSpeed: 2,
    sensed: 985686532,
    eaten: [6, 18, 8, 23],
    touched: [1, 5, 0, 0],
    x: [-392, 359.66271332395735, -392, 103.58804521919807],
  },
  {
    seed: 5,
    foodSpeed: 0,
    sensed: 378919098,
    eaten: [8, 6, 8, 6],
    touched: [4, 3, 2, 1],
    x: [-382.2778995926765, 25.839431514217253, 191.49934381927977, 388.98327865452796],
  },
  {
    seed: 6,
    foodSpeed: 1.5,
    sensed: 610210779,
    eaten: [9, 11, 14, 8],
    touched: [0, 5, 1, 0],
    x: [-389.6258682304681, 392, -392, 170.5236056043629],
  },
];

function run(seed: number, foodSpeed: number): { sensed: number; sim: ForageSim } {
  const config: ForageConfig = {
    ...BENCH_FORAGE_CONFIG,
    food: { count: 150, radius: 8, respawn: true, speed: foodSpeed },
    hazards: { count: 14, radius: 22 },
  };
  const sim = new ForageSim(config, 4);
  const rng = new Rng(seed);
  sim.reset(seed, 4);
  let sensed = 0;
  for (let t = 0; t < 600; t++) {
    for (let i = 0; i < 4; i++) {
      sim.sense(i);
      for (let j = 0; j < sim.inputSize; j++) {
        sensed = (sensed * 31 + Math.round(sim.inputs[i * sim.inputSize + j]! * 1e9)) % 1000000007;
      }
    }
    for (let i = 0; i < 4; i++) sim.act(i, rng.range(-1, 1), rng.range(0, 1));
    sim.endTick();
  }
  return { sensed, sim };
}

describe('forage shared arenas: known answers from before the candidate lists', () => {
  it.each(KNOWN)('seed $seed, food speed $foodSpeed', (known) => {
    const { sensed, sim } = run(known.seed, known.foodSpeed);
    expect(sensed).toBe(known.sensed);
    expect(Array.from(sim.eaten)).toEqual(known.eaten);
    expect(Array.from(sim.touched)).toEqual(known.touched);
    expect(Array.from(sim.x)).toEqual(known.x);
  });
});
