import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/app/i18n';
import { campaignLevels, levelErrorMessage, loadLevelFiles } from '../../../src/app/levelsLoader';
import type { LevelErrorCode } from '../../../src/core/levels/errors';
import { LEVEL_FILES, levelJson } from '../core/levels/shipped';

const ALL_CODES: readonly LevelErrorCode[] = [
  'not-an-object',
  'unsupported-version',
  'bad-field',
  'unknown-field',
  'bad-stars',
  'card-too-long',
  'bad-task',
  'bad-network',
  'bad-evolution',
  'bad-training',
  'bad-ancestor',
  'inconsistent',
  'duplicate',
];

describe('levels loader', () => {
  it('bundles every shipped level, valid and in order', () => {
    const { levels, errors } = campaignLevels();
    expect(errors).toEqual([]);
    expect(levels.map((l) => l.number)).toEqual(LEVEL_FILES.map((_, i) => i + 1));
  });

  it('skips a bad file and a duplicate with a message naming them, and loads the rest', () => {
    const files: Record<string, unknown> = {};
    for (const f of LEVEL_FILES) files[`/levels/${f}`] = levelJson(f);
    const broken = structuredClone(levelJson('05-mind-the-step.json'));
    (broken.goal as { stars: number[] }).stars = [0.2, 0.1, 0.3];
    files['/levels/05-mind-the-step.json'] = broken;
    files['/levels/14-copy.json'] = levelJson('01-hello-weightling.json');
    files['/levels/level.schema.json'] = { type: 'object' };
    const { levels, errors } = loadLevelFiles(files);
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(errors.map((e) => [e.code, e.file, e.path])).toEqual([
      ['bad-stars', 'levels/05-mind-the-step.json', 'goal.stars[1]'],
      ['duplicate', 'levels/14-copy.json', 'id'],
    ]);
    expect(errors[0]?.message).toBe('levels/05-mind-the-step.json: goal.stars[1]: must be > goal.stars[0]');
  });

  it('has a player message for every error code in every language, naming file and field', () => {
    for (const lang of ['en', 'de', 'es'] as const) {
      const i18n = new I18n(lang);
      for (const code of ALL_CODES) {
        const text = levelErrorMessage(i18n, { code, file: 'levels/05-x.json', path: 'goal.stars[1]', message: '' });
        expect(text, `${lang} ${code}`).toContain('levels/05-x.json');
        expect(text).not.toContain('levels.error.');
        if (code !== 'not-an-object') expect(text, `${lang} ${code}`).toContain('goal.stars[1]');
      }
    }
  });
});
