// The evolve hint says what a tap does in this level: only look (natural selection), eat a moth, cull,
// or pick a parent — never the moth game's words in a level that is not the moth game.
import { describe, expect, it } from 'vitest';
import { playLevelOf } from '../../../src/app/play/campaignLevel';
import { BUILTIN_LEVELS } from '../../../src/app/play/levels';
import { evolveHintKey, evolveTapKey, tapOnlyLooks } from '../../../src/wiring/playView';
import { LEVEL_FILES, shippedLevel } from '../core/levels/shipped';

describe('evolveHintKey', () => {
  it('gives each campaign level that evolves the hint that fits its selection and world', () => {
    const hints = Object.fromEntries(
      LEVEL_FILES.map((f) => shippedLevel(f))
        .filter((l) => l.modes.includes('evolve'))
        .map((l) => [l.id, evolveHintKey(playLevelOf(l))]),
    );
    expect(hints).toEqual({
      'hello-weightling': 'lessons.hint.natural',
      'you-are-the-bird': 'evolve.mothHint',
      'survival-of-the-fittest': 'lessons.hint.natural',
      'two-climbers-one-hill': 'lessons.hint.natural',
      'stuck-on-a-hill': 'lessons.hint.natural',
      'silent-letters': 'lessons.hint.natural',
      'new-world': 'lessons.hint.natural',
      'gene-editor': 'lessons.hint.natural',
      'born-to-learn': 'lessons.hint.natural',
    });
  });

  it("keeps the Lab worlds' hints: moths on bark, picking parents elsewhere, culling on a shape", () => {
    const [pattern, forage, sort] = BUILTIN_LEVELS;
    if (!pattern || !forage || !sort || pattern.task.kind !== 'pattern') throw new Error('the built-in worlds changed');
    expect([pattern, forage, sort].map(evolveHintKey)).toEqual([
      'evolve.mothHint',
      'evolve.pickHint',
      'evolve.pickHint',
    ]);
    const ring = { ...pattern, task: { ...pattern.task, target: { type: 'shape', name: 'ring' } as const } };
    expect(evolveHintKey(ring)).toBe('lessons.hint.cull');
  });

  it('says what a tap did in the same words as the hint: looked (natural selection), eaten, taken out, chosen', () => {
    const taps = Object.fromEntries(
      LEVEL_FILES.map((f) => shippedLevel(f))
        .filter((l) => l.modes.includes('evolve'))
        .map((l) => [l.id, [evolveTapKey(playLevelOf(l)), tapOnlyLooks(playLevelOf(l))]]),
    );
    expect(taps).toEqual({
      'hello-weightling': ['tap.looking', true],
      'you-are-the-bird': ['tap.eaten', false],
      'survival-of-the-fittest': ['tap.looking', true],
      'two-climbers-one-hill': ['tap.looking', true],
      'stuck-on-a-hill': ['tap.looking', true],
      'silent-letters': ['tap.looking', true],
      'new-world': ['tap.looking', true],
      'gene-editor': ['tap.looking', true],
      'born-to-learn': ['tap.looking', true],
    });
    const [pattern, forage, sort] = BUILTIN_LEVELS;
    if (!pattern || !forage || !sort || pattern.task.kind !== 'pattern') throw new Error('the built-in worlds changed');
    expect([pattern, forage, sort].map(evolveTapKey)).toEqual(['tap.eaten', 'evolve.chosen', 'evolve.chosen']);
    const ring = { ...pattern, task: { ...pattern.task, target: { type: 'shape', name: 'ring' } as const } };
    expect(evolveTapKey(ring)).toBe('tap.culled');
  });
});
