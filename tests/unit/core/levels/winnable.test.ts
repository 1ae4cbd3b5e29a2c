/**
 * Every level is winnable: the automatic player plays each level in each mode it opens —
 * evolution with natural selection, training on the teacher's examples at the level's default
 * settings — and reaches one star within the level's budget, with fixed seeds. The table of
 * generations / steps it needed is printed (the report's table).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { autoEvolve, autoTrain, type AutoplayResult } from '../../../../src/core/levels/autoplay';
import type { Level, LevelMode } from '../../../../src/core/levels/types';
import { LEVEL_FILES, shippedLevel } from './shipped';

/** Levels whose lesson is that the default fails: the automatic player uses the level's remedy. */
const REMEDY: Readonly<Record<string, { rehearse: boolean }>> = {
  // Training on world B alone forgets world A (lessons.test.ts shows it); rehearsing keeps both (so does
  // freezing layer 1, which both heads read: lessons.test.ts).
  'dont-forget': { rehearse: true },
};

const rows: string[] = [];

function play(level: Level, mode: LevelMode): AutoplayResult {
  const r = mode === 'evolve' ? autoEvolve(level) : autoTrain(level, REMEDY[level.id] ?? {});
  if (!r.ok) throw new Error(`${level.id} ${mode}: ${r.error.message}`);
  return r.value;
}

describe('every level is winnable by the automatic player within its budget', () => {
  for (const file of LEVEL_FILES) {
    const level = shippedLevel(file);
    for (const mode of level.modes) {
      it(`${file} ${mode}`, () => {
        const t0 = performance.now();
        const result = play(level, mode);
        const ms = performance.now() - t0;
        const budget = mode === 'evolve' ? level.budget.generations : level.budget.steps;
        const unit = mode === 'evolve' ? 'generations' : 'steps';
        rows.push(
          `${String(level.number).padStart(2)} ${level.id.padEnd(24)} ${mode.padEnd(6)} ${String(result.used).padStart(4)} / ${String(budget).padEnd(4)} ${unit.padEnd(11)} fitness ${result.measurements.fitness.toFixed(3)} (1★ ${level.goal.stars[0]}) ${result.stars}★ ${ms.toFixed(0)} ms`,
        );
        expect(result.stars).toBeGreaterThanOrEqual(1);
        expect(result.used).toBeLessThanOrEqual(budget);
      });
    }
  }

  it('plays the same way every time (fixed seeds)', () => {
    const level = shippedLevel(LEVEL_FILES[2] as string);
    const a = play(level, 'evolve');
    const b = play(level, 'evolve');
    expect(b.curve).toEqual(a.curve);
    expect(b.genome).toEqual(a.genome);
  });

  afterAll(() => {
    rows.sort();
    console.log(`level                       mode   needed / budget             result\n${rows.join('\n')}`);
  });
});
