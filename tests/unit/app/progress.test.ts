// Campaign progress: stars kept at their best, levels unlocked one by one (or all, for a teacher),
// saved and read back, and stored data that cannot be read kept aside instead of lost.
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, Progress, isUnlocked, parseStars } from '../../../src/app/progress';
import { backupKey } from '../../../src/app/save/versioned';
import { memoryStore } from '../../../src/app/storage';

const ORDER = ['one', 'two', 'three'];

describe('progress', () => {
  it('keeps the best stars per level and survives a reload', () => {
    const store = memoryStore();
    const p = new Progress(store);
    expect(p.stars('one')).toBe(0);
    expect(p.record('one', 2)).toBe(true);
    expect(p.record('one', 1)).toBe(false);
    expect(p.stars('one')).toBe(2);
    expect(p.record('one', 7)).toBe(true);
    expect(p.stars('one')).toBe(3);
    expect(p.record('two', 0)).toBe(false);
    const again = new Progress(store);
    expect(again.snapshot()).toEqual({ one: 3 });
  });

  it('opens a level when the one before has a star; unlockAll opens every level', () => {
    const p = new Progress(memoryStore());
    expect(ORDER.map((id) => p.unlocked(ORDER, id))).toEqual([true, false, false]);
    p.record('one', 1);
    expect(ORDER.map((id) => p.unlocked(ORDER, id))).toEqual([true, true, false]);
    expect(p.unlocked(ORDER, 'not-a-level')).toBe(false);
    p.unlockAll = true;
    expect(ORDER.map((id) => p.unlocked(ORDER, id))).toEqual([true, true, true]);
    expect(isUnlocked(ORDER, 2, {}, false)).toBe(false);
  });

  it('clear() forgets every star and tells listeners', () => {
    const store = memoryStore();
    const p = new Progress(store);
    let heard = 0;
    p.onChange(() => heard++);
    p.record('one', 3);
    p.clear();
    expect(heard).toBe(2);
    expect(p.stars('one')).toBe(0);
    expect(store.get(PROGRESS_KEY)).toBeNull();
  });

  it('keeps unreadable stored data aside and starts empty', () => {
    const store = memoryStore();
    store.set(PROGRESS_KEY, '{not json');
    const p = new Progress(store);
    expect(p.snapshot()).toEqual({});
    expect(p.notice?.code).toBe('not-json');
    expect(store.get(backupKey(PROGRESS_KEY, 1))).toBe('{not json');
    p.record('one', 1);
    expect(new Progress(store).stars('one')).toBe(1);
  });

  it('reads only the good entries of a partly wrong value', () => {
    const got = parseStars({ stars: { a: 2, b: 9, c: 1.5, d: 'x', e: 0, f: 3 } });
    expect(got.ok && got.value).toEqual({ a: 2, f: 3 });
    expect(parseStars(null).ok).toBe(false);
    expect(parseStars({ stars: [] }).ok).toBe(false);
    const store = memoryStore();
    store.set(PROGRESS_KEY, JSON.stringify({ version: 1, data: { stars: { a: 2, b: 'no' } } }));
    expect(new Progress(store).snapshot()).toEqual({ a: 2 });
  });
});
