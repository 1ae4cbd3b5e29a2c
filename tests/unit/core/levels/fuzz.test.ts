/**
 * Garbage in, an error value out: 10,000 mutated or random level files never make parseLevel
 * throw; each is either a valid level or an error with a known code that names the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelErrorCode } from '../../../../src/core/levels/errors';
import { parseLevel } from '../../../../src/core/levels/schema';
import { LEVEL_FILES, levelJson } from './shipped';

const CODES: readonly LevelErrorCode[] = [
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

type Path = readonly (string | number)[];

/** Every path into a JSON value (objects' keys and arrays' indices). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push([...prefix, i], ...pathsOf(v, [...prefix, i])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  }
  return out;
}

type Edit = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function edited(json: unknown, path: Path, edit: Edit): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (edit.kind === 'set') cur[last] = edit.value;
  else if (edit.kind === 'delete') delete cur[last];
  else if (typeof cur[last] === 'object' && cur[last] !== null)
    (cur[last] as Record<string, unknown>)[edit.key] = edit.value;
  return copy;
}

const LEVELS = LEVEL_FILES.map((f) => ({ file: f, json: levelJson(f), paths: pathsOf(levelJson(f)) }));

const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, 1, 2, 1e9, -1e9, 0.5, '', 'x', null, true, [], {}, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double(),
  fc.integer(),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: jsonValue }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 8 }), value: jsonValue }),
);

function expectErrorValue(input: unknown, file: string): void {
  const r = parseLevel(input, file);
  if (r.ok) return;
  expect(CODES).toContain(r.error.code);
  expect(r.error.file).toBe(file);
  expect(r.error.message.startsWith(`${file}: `)).toBe(true);
}

describe('parseLevel under fuzzing', () => {
  it('a shipped level with one to three fields changed, removed or added: a level or an error value', () => {
    const mutation = fc.integer({ min: 0, max: LEVELS.length - 1 }).chain((i) => {
      const level = LEVELS[i] as (typeof LEVELS)[number];
      return fc.tuple(
        fc.constant(level),
        fc.array(fc.tuple(fc.constantFrom(...level.paths), edit), { minLength: 1, maxLength: 3 }),
      );
    });
    fc.assert(
      fc.property(mutation, ([level, edits]) => {
        let json: unknown = level.json;
        for (const [path, e] of edits) {
          try {
            json = edited(json, path, e);
          } catch {
            // An earlier edit removed this path's parent: skip the edit.
          }
        }
        expectErrorValue(json, `levels/${level.file}`);
      }),
      { numRuns: 6000, seed: 20261129 },
    );
  });

  it('anything at all: an error value', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (input) => {
        const r = parseLevel(input, 'levels/99-garbage.json');
        expect(r.ok).toBe(false);
        expectErrorValue(input, 'levels/99-garbage.json');
      }),
      { numRuns: 4000, seed: 7 },
    );
  });
});
