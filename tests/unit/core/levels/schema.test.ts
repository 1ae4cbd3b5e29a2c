import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LEVEL_SCHEMA_FILE, levelJsonSchemaText } from '../../../../scripts/export-level-schema';
import { wordCount } from '../../../../src/core/levels/checks';
import { parseLevel } from '../../../../src/core/levels/schema';
import { LEVEL_IDEAS, LEVEL_LANGUAGES } from '../../../../src/core/levels/types';
import { LEVEL_FILES, levelJson, shippedLevel } from './shipped';

/** A deep copy of a level file with one field set (path as keys) or removed (value undefined). */
function patched(file: string, path: readonly (string | number)[], value: unknown): unknown {
  const json = structuredClone(levelJson(file)) as Record<string | number, unknown>;
  let cur = json;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return json;
}

const FILE = '05-mind-the-step.json';
const NAME = `levels/${FILE}`;

describe('shipped levels', () => {
  it('has the 13 campaign levels, numbered 1…13, with unique ids', () => {
    const levels = LEVEL_FILES.map(shippedLevel);
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(new Set(levels.map((l) => l.id)).size).toBe(13);
    for (const [i, file] of LEVEL_FILES.entries())
      expect(file).toBe(`${String(i + 1).padStart(2, '0')}-${levels[i]?.id}.json`);
  });

  it('teaches every row of the DESIGN table at least once', () => {
    const taught = new Set(LEVEL_FILES.map((f) => shippedLevel(f).idea));
    for (const idea of LEVEL_IDEAS) expect(taught, idea).toContain(idea);
  });

  it('has a card of at most 60 words, a title and a closing sentence in every language', () => {
    for (const file of LEVEL_FILES) {
      const level = shippedLevel(file);
      for (const lang of LEVEL_LANGUAGES) {
        const t = level.texts[lang];
        expect(wordCount(t.card), `${file} ${lang}`).toBeLessThanOrEqual(60);
        expect(wordCount(t.card), `${file} ${lang}`).toBeGreaterThanOrEqual(20);
        expect(t.title.length).toBeGreaterThan(0);
        expect(t.closing.trim().endsWith('.'), `${file} ${lang} closing is one sentence`).toBe(true);
        expect(t.closing.slice(0, -1)).not.toMatch(/[.!?]\s/);
      }
    }
  });

  it('opens every control a level card asks for', () => {
    const byId = new Map(LEVEL_FILES.map((f) => [shippedLevel(f).id, shippedLevel(f)]));
    expect(byId.get('pack-it-small')?.controls).toContain('basesPerWeight');
    expect(byId.get('silent-letters')?.controls).toEqual(expect.arrayContaining(['tally', 'baseEdit']));
    expect(byId.get('dont-forget')?.controls).toEqual(expect.arrayContaining(['rehearse', 'freezeLayers']));
    expect(byId.get('new-world')?.controls).toContain('sideBySide');
    expect(byId.get('gene-editor')?.controls).toContain('geneEditor');
    expect(byId.get('born-to-learn')?.controls).toContain('inheritance');
    expect(byId.get('show-me-how')?.controls).toContain('demo');
  });
});

describe('parseLevel rejects a broken level, naming the file and the field', () => {
  const cases: [string, readonly (string | number)[], unknown, string, string][] = [
    ['stars out of order', ['goal', 'stars', 1], 0.05, 'bad-stars', 'goal.stars[1]'],
    ['third star not above the second', ['goal', 'stars', 2], 0.17, 'bad-stars', 'goal.stars[2]'],
    ['a star above the best fitness', ['goal', 'stars'], [0.1, 0.5, 2], 'bad-stars', 'goal.stars[2]'],
    ['a star that is text', ['goal', 'stars', 0], 'one', 'bad-field', 'goal.stars[0]'],
    ['two stars only', ['goal', 'stars'], [0.1, 0.2], 'bad-field', 'goal.stars[2]'],
    ['missing id', ['id'], undefined, 'bad-field', 'id'],
    ['id with spaces', ['id'], 'Mind the step', 'bad-field', 'id'],
    ['number 0', ['number'], 0, 'bad-field', 'number'],
    ['unknown idea', ['idea'], 'telepathy', 'bad-field', 'idea'],
    ['a typo field', ['goal', 'keepFirstTaks'], 0.3, 'unknown-field', 'goal.keepFirstTaks'],
    ['missing German', ['texts', 'de'], undefined, 'bad-field', 'texts.de'],
    ['a long card', ['texts', 'es', 'card'], 'palabra '.repeat(61).trim(), 'card-too-long', 'texts.es.card'],
    ['empty title', ['texts', 'en', 'title'], '', 'bad-field', 'texts.en.title'],
    ['unknown task kind', ['task', 'kind'], 'swim', 'bad-field', 'task.kind'],
    ['too few sort items', ['task', 'itemCount'], 0, 'bad-field', 'task.itemCount'],
    ['a rule on a missing feature', ['task', 'rule', 'b'], 3, 'bad-task', 'task'],
    ['network with wrong inputs', ['spec', 'layers'], [3, 8, 1], 'bad-network', 'spec'],
    ['activations not matching layers', ['spec', 'activations'], ['tanh'], 'bad-network', 'spec'],
    ['unknown mode', ['modes'], ['dream'], 'bad-field', 'modes[0]'],
    ['a mode twice', ['modes'], ['train', 'train'], 'inconsistent', 'modes'],
    ['unknown control', ['controls', 0], 'teleport', 'bad-field', 'controls[0]'],
    ['second world switch without a second world', ['controls'], ['secondTaskSwitch'], 'inconsistent', 'controls'],
    ['keepFirstTask without a second world', ['goal', 'keepFirstTask'], 0.2, 'inconsistent', 'goal.keepFirstTask'],
    ['bases per weight 5', ['goal', 'maxBasesPerWeight'], 5, 'bad-field', 'goal.maxBasesPerWeight'],
    ['train mode without steps', ['budget', 'steps'], 0, 'inconsistent', 'budget.steps'],
    [
      'negative learning rate',
      ['training', 'optimizer', 'learningRate'],
      -1,
      'bad-field',
      'training.optimizer.learningRate',
    ],
    [
      'freezing a layer the network lacks',
      ['switches', 'frozenLayers'],
      [3],
      'bad-training',
      'switches.frozenLayers[0]',
    ],
    ['elitism as big as the population', ['evolution', 'elitism'], 12, 'bad-evolution', 'evolution.elitism'],
    ['lifetime inside evolution', ['evolution', 'lifetime'], { steps: 3 }, 'unknown-field', 'evolution.lifetime'],
    ['unreadable ancestor', ['start'], { kind: 'ancestor', code: 'not-a-code' }, 'bad-ancestor', 'start.code'],
    ['an unknown start', ['start'], { kind: 'egg', seed: 1 }, 'bad-field', 'start.kind'],
    ['rehearsing without a second world', ['switches', 'rehearseShare'], 0.5, 'inconsistent', 'switches.rehearseShare'],
    ['format 2', ['formatVersion'], 2, 'unsupported-version', 'formatVersion'],
    ['no format', ['formatVersion'], undefined, 'unsupported-version', 'formatVersion'],
  ];
  it.each(cases)('%s', (_name, path, value, code, field) => {
    const r = parseLevel(patched(FILE, path, value), NAME);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.path).toBe(field);
    expect(r.error.file).toBe(NAME);
    expect(r.error.message.startsWith(`${NAME}: ${field}: `)).toBe(true);
  });

  it('names the file for a file that is not an object', () => {
    for (const bad of [null, 3, 'level', [1, 2]]) {
      const r = parseLevel(bad, 'levels/99-x.json');
      expect(r.ok ? null : r.error).toMatchObject({ code: 'not-an-object', file: 'levels/99-x.json', path: '' });
    }
  });

  it('checks the second world of a two-world level against the network', () => {
    const second = {
      kind: 'sort',
      features: ['hue', 'spikes', 'size'].map((name) => ({ name, distribution: { kind: 'uniform', lo: -1, hi: 1 } })),
      rule: { kind: 'linear', weights: [0, 1, 0], bias: 0 },
      itemCount: 100,
    };
    const r = parseLevel(patched('11-dont-forget.json', ['secondTask'], second), 'levels/11-dont-forget.json');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'bad-network', path: 'spec' });
  });
});

describe('levels/level.schema.json', () => {
  it('is what `npm run levels:schema` writes from the schema the game checks with', async () => {
    expect(readFileSync(LEVEL_SCHEMA_FILE, 'utf8')).toBe(await levelJsonSchemaText());
  });
});
