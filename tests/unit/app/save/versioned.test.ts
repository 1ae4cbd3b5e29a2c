import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../../src/core/result';
import {
  BACKUPS_KEPT,
  backupKey,
  listBackups,
  loadVersioned,
  saveVersioned,
  type SaveProblemCode,
  type VersionedFormat,
} from '../../../../src/app/save/versioned';
import { damagedBlob, TestStore } from './fixtures';

/** A small progress save. Version 1 stored one best score per level as a list of [id, stars]; version 2 an object. */
interface Progress {
  readonly stars: Readonly<Record<string, number>>;
}

function parseProgress(data: unknown): Result<Progress, string> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return err('must be an object');
  const stars = (data as { stars?: unknown }).stars;
  if (typeof stars !== 'object' || stars === null || Array.isArray(stars)) return err('"stars" must be an object');
  const out: Record<string, number> = {};
  for (const [id, n] of Object.entries(stars)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 3) return err(`"stars.${id}" must be 0…3`);
    out[id] = n;
  }
  return ok({ stars: out });
}

const V2: VersionedFormat<Progress> = {
  version: 2,
  migrate: (from, data) => {
    if (from !== 1) return err(`unknown version ${from}`);
    if (!Array.isArray(data)) return err('version 1 data must be a list');
    const stars: Record<string, unknown> = {};
    for (const pair of data) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string') return err('each entry must be [id, stars]');
      stars[pair[0]] = pair[1];
    }
    return ok({ stars });
  },
  parse: parseProgress,
};

const CODES: ReadonlySet<SaveProblemCode> = new Set([
  'too-large',
  'not-json',
  'no-envelope',
  'bad-version',
  'newer-version',
  'migration-failed',
  'parse-failed',
]);

describe('versioned save envelope', () => {
  it('round-trips a value and reads nothing as null without a notice', () => {
    const store = new TestStore();
    expect(loadVersioned(store, 'progress', V2)).toEqual({ value: null });
    expect(saveVersioned(store, 'progress', 2, { stars: { a: 3, b: 1 } })).toBe(true);
    expect(loadVersioned(store, 'progress', V2)).toEqual({ value: { stars: { a: 3, b: 1 } } });
  });

  it('migrates a version 1 save to version 2', () => {
    const store = new TestStore();
    store.set(
      'progress',
      JSON.stringify({
        version: 1,
        data: [
          ['moths', 2],
          ['foragers', 3],
        ],
      }),
    );
    expect(loadVersioned(store, 'progress', V2)).toEqual({ value: { stars: { moths: 2, foragers: 3 } } });
    // Migration does not rewrite the store; the next save writes version 2.
    expect(JSON.parse(store.get('progress')!)).toMatchObject({ version: 1 });
  });

  it.each([
    ['not-json', '{"version":2,"data":'],
    ['no-envelope', '[1,2,3]'],
    ['no-envelope', '{"stars":{}}'],
    ['bad-version', '{"version":"2","data":{}}'],
    ['bad-version', '{"version":1.5,"data":{}}'],
    ['newer-version', '{"version":3,"data":{"stars":{}}}'],
    ['migration-failed', '{"version":1,"data":{"not":"a list"}}'],
    ['parse-failed', '{"version":2,"data":{"stars":{"a":9}}}'],
  ] as const)('backs up and reports %s', (code, raw) => {
    const store = new TestStore();
    store.set('progress', raw);
    const loaded = loadVersioned(store, 'progress', V2);
    expect(loaded.value).toBeNull();
    expect(loaded.notice).toMatchObject({ code, key: 'progress', backupKey: 'progress.backup.1' });
    expect(loaded.notice!.message.length).toBeGreaterThan(5);
    expect(store.get('progress.backup.1')).toBe(raw);
    expect(store.get('progress')).toBeNull();
  });

  it('a migration or parse that throws is a failure, not an exception', () => {
    const store = new TestStore();
    store.set('k', '{"version":1,"data":0}');
    const throwing: VersionedFormat<number> = {
      version: 2,
      migrate: () => {
        throw new Error('boom');
      },
      parse: () => {
        throw new Error('bang');
      },
    };
    expect(loadVersioned(store, 'k', throwing).notice).toMatchObject({ code: 'migration-failed' });
    store.set('k', '{"version":2,"data":0}');
    expect(loadVersioned(store, 'k', throwing).notice).toMatchObject({ code: 'parse-failed' });
    store.set('k', '{"version":1,"data":0}');
    expect(loadVersioned(store, 'k', { version: 2, parse: () => ok(1) }).notice).toMatchObject({
      code: 'migration-failed',
    });
  });

  it(`keeps the last ${BACKUPS_KEPT} unreadable blobs, newest first`, () => {
    const store = new TestStore();
    for (let i = 1; i <= BACKUPS_KEPT + 2; i++) {
      store.set('k', `broken ${i}`);
      loadVersioned(store, 'k', V2);
    }
    const kept = listBackups(store, 'k').map((b) => b.raw);
    expect(kept).toEqual(Array.from({ length: BACKUPS_KEPT }, (_, i) => `broken ${BACKUPS_KEPT + 2 - i}`));
    expect(store.get(backupKey('k', BACKUPS_KEPT + 1))).toBeNull();
  });

  it('when even the backup cannot be written, the blob stays where it was', () => {
    const store = new TestStore();
    store.set('k', 'x'.repeat(100));
    store.capacity = 150;
    const loaded = loadVersioned(store, 'k', V2);
    expect(loaded.notice).toMatchObject({ code: 'not-json', backupKey: null });
    expect(store.get('k')).toBe('x'.repeat(100));
  });

  it('a full store makes the newest backup fit by dropping the oldest', () => {
    const store = new TestStore();
    for (let i = 1; i <= BACKUPS_KEPT; i++) store.set(backupKey('k', i), `old ${i}`.padEnd(50, '.'));
    store.set('k', 'new'.padEnd(50, '.'));
    store.capacity = store.used() + 10;
    const loaded = loadVersioned(store, 'k', V2);
    expect(loaded.notice?.backupKey).toBe('k.backup.1');
    expect(listBackups(store, 'k').map((b) => b.raw.slice(0, 5))).toEqual(['new..', 'old 1', 'old 2']);
  });

  it('saveVersioned reports a refused or impossible write as false', () => {
    const store = new TestStore();
    store.capacity = 10;
    expect(saveVersioned(store, 'k', 1, { a: 'long enough to overflow' })).toBe(false);
    store.capacity = Infinity;
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(saveVersioned(store, 'k', 1, cyclic)).toBe(false);
    expect(saveVersioned(store, 'k', 1, 10n)).toBe(false);
    expect(saveVersioned(store, 'k', 1, undefined)).toBe(true);
    expect(loadVersioned(store, 'k', V2).notice).toMatchObject({ code: 'migration-failed' });
  });
});

describe('damaged progress saves (fuzz)', () => {
  it('10,000 damaged blobs with a populated save in place: never throws, always a code, nothing lost', () => {
    const populated = new TestStore();
    saveVersioned(populated, 'progress', 2, { stars: { moths: 3, foragers: 2, sort: 1 } });
    populated.set('lab.shelf', '{"version":1,"data":{"creatures":[]}}');
    populated.set('progress.backup.1', 'an older unreadable save');
    const valid = populated.get('progress')!;
    fc.assert(
      fc.property(damagedBlob(valid), (blob) => {
        const store = new TestStore();
        for (const [k, v] of populated.map) store.set(k, v);
        store.set('progress', blob);
        const loaded = loadVersioned(store, 'progress', V2);
        // Every other save is exactly as it was.
        expect(store.get('lab.shelf')).toBe(populated.get('lab.shelf'));
        if (loaded.value !== null) {
          expect(loaded.notice).toBeUndefined();
          expect(store.get('progress')).toBe(blob);
          return;
        }
        expect(loaded.notice).toBeDefined();
        expect(CODES.has(loaded.notice!.code)).toBe(true);
        // The damaged blob and the older backup are both still there.
        expect(store.get('progress.backup.1')).toBe(blob);
        expect(store.get('progress.backup.2')).toBe('an older unreadable save');
      }),
      { numRuns: 10_000 },
    );
  });
});
