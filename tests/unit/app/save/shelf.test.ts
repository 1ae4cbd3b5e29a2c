import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHELF_CAPACITY, SHELF_KEY, SHELF_VERSION, Shelf } from '../../../../src/app/save/shelf';
import { saveVersioned } from '../../../../src/app/save/versioned';
import { damagedBlob, shareCode, TestStore } from './fixtures';

const CODE = shareCode(1, 'forage');

describe('the Lab shelf', () => {
  it('starts empty, saves creatures newest first, and reads them back', () => {
    const store = new TestStore();
    const { shelf, notice } = Shelf.load(store);
    expect(notice).toBeUndefined();
    expect(shelf.list()).toEqual([]);
    const a = shelf.add({ name: 'Ada', code: CODE }, 1000);
    const b = shelf.add({ name: 'Bo', code: shareCode(2, 'sort'), task: 'sort' }, 2000);
    expect(a).toMatchObject({ ok: true, value: { name: 'Ada', task: 'forage', savedAt: 1000 } });
    expect(b.ok).toBe(true);
    const again = Shelf.load(store);
    expect(again.notice).toBeUndefined();
    expect(again.shelf.list().map((e) => e.name)).toEqual(['Bo', 'Ada']);
    expect(JSON.parse(store.get(SHELF_KEY)!)).toMatchObject({ version: SHELF_VERSION });
  });

  it('renames and removes by id', () => {
    const store = new TestStore();
    const { shelf } = Shelf.load(store);
    const added = shelf.add({ name: 'Ada', code: CODE });
    if (!added.ok) throw new Error('add failed');
    expect(shelf.rename(added.value.id, 'Ada II')).toMatchObject({ ok: true, value: { name: 'Ada II' } });
    expect(Shelf.load(store).shelf.list()[0]?.name).toBe('Ada II');
    expect(shelf.remove('nope')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(shelf.remove(added.value.id).ok).toBe(true);
    expect(Shelf.load(store).shelf.size).toBe(0);
  });

  it('refuses bad names, bad codes and a full shelf, with a code', () => {
    const { shelf } = Shelf.load(new TestStore());
    expect(shelf.add({ name: 'a\nb', code: CODE })).toMatchObject({ ok: false, error: { code: 'bad-name' } });
    expect(shelf.add({ name: 'x'.repeat(49), code: CODE })).toMatchObject({ ok: false, error: { code: 'bad-name' } });
    expect(shelf.add({ name: 'x', code: CODE.slice(0, -2) })).toMatchObject({ ok: false, error: { code: 'bad-code' } });
    expect(shelf.add({ name: 'x', code: 'A'.repeat(5000) })).toMatchObject({ ok: false, error: { code: 'bad-code' } });
    for (let i = 0; i < SHELF_CAPACITY; i++) expect(shelf.add({ name: `n${i}`, code: CODE }).ok).toBe(true);
    expect(shelf.full).toBe(true);
    expect(shelf.add({ name: 'one more', code: CODE })).toMatchObject({ ok: false, error: { code: 'full' } });
    expect(new Set(shelf.list().map((e) => e.id)).size).toBe(SHELF_CAPACITY);
  });

  it('a refused write is reported and leaves the shelf as it was', () => {
    const store = new TestStore();
    const { shelf } = Shelf.load(store);
    shelf.add({ name: 'Ada', code: CODE });
    store.capacity = store.used();
    expect(shelf.add({ name: 'Bo', code: CODE })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(shelf.list().map((e) => e.name)).toEqual(['Ada']);
  });

  it('keeps the readable creatures of a partly damaged shelf, and backs the whole blob up', () => {
    const store = new TestStore();
    const good = { id: 'a', name: 'Ada', code: CODE, task: 'forage', savedAt: 1 };
    saveVersioned(store, SHELF_KEY, SHELF_VERSION, {
      creatures: [good, { ...good, id: 'b', code: 'garbage' }, { ...good, id: 'a' }, 42],
    });
    const raw = store.get(SHELF_KEY)!;
    const { shelf, notice } = Shelf.load(store);
    expect(shelf.list()).toEqual([good]);
    expect(notice).toMatchObject({ code: 'parse-failed', backupKey: `${SHELF_KEY}.backup.1` });
    expect(notice!.message).toMatch(/3 creature/);
    expect(store.get(`${SHELF_KEY}.backup.1`)).toBe(raw);
    // The cleaned shelf is written back, so the next load is quiet.
    expect(Shelf.load(store).notice).toBeUndefined();
  });
});

describe('damaged shelves (fuzz)', () => {
  it('10,000 damaged shelf blobs over a populated save: never throws, always a code, nothing lost', () => {
    const populated = new TestStore();
    const { shelf } = Shelf.load(populated);
    for (let i = 0; i < 4; i++) shelf.add({ name: `creature ${i}`, code: shareCode(10 + i, 'pattern') }, 100 + i);
    populated.set('campaign.progress', '{"version":1,"data":{"stars":{"moths":3}}}');
    const valid = populated.get(SHELF_KEY)!;
    const before = Shelf.load(populated).shelf.list();
    fc.assert(
      fc.property(damagedBlob(valid), (blob) => {
        const store = new TestStore();
        for (const [k, v] of populated.map) store.set(k, v);
        store.set(SHELF_KEY, blob);
        const loaded = Shelf.load(store);
        expect(store.get('campaign.progress')).toBe(populated.get('campaign.progress'));
        // Whatever was read is a real, checked subset of what could be there.
        for (const e of loaded.shelf.list()) expect(typeof e.name).toBe('string');
        if (loaded.notice) {
          expect([
            'too-large',
            'not-json',
            'no-envelope',
            'bad-version',
            'newer-version',
            'migration-failed',
            'parse-failed',
          ]).toContain(loaded.notice.code);
          expect(store.get(`${SHELF_KEY}.backup.1`)).toBe(blob);
        } else {
          // Read cleanly: then the blob is still the save (or there was none to read).
          expect(store.get(SHELF_KEY)).toBe(blob);
        }
        // The shelf still works after any blob.
        expect(loaded.shelf.add({ name: 'after', code: CODE }).ok).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    expect(before).toHaveLength(4);
  });
});
