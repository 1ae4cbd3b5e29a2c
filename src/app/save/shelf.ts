/**
 * The Lab's shelf: creatures the player saved (name, share code, task kind, when), kept in the
 * browser with the versioned save envelope. At most SHELF_CAPACITY creatures; the newest first.
 *
 * Reading is forgiving per creature: one damaged entry does not hide the others. When any entry
 * had to be left out, the whole stored blob is first copied aside (keepBackup) and the player is
 * told, so nothing saved before is lost. Nothing here throws.
 */
import { checkName, decodeShareCode, MAX_SHARE_CODE_LENGTH } from '../../core/codec/sharecode';
import { err, ok, type Result } from '../../core/result';
import type { TaskKind } from '../../core/tasks/task';
import type { KeyValueStore } from '../storage';
import { loadVersioned, saveVersioned, setAside, type SaveNotice } from './versioned';

export const SHELF_KEY = 'lab.shelf';
export const SHELF_VERSION = 1;
export const SHELF_CAPACITY = 50;

export interface ShelfEntry {
  /** Unique on this shelf; stable across renames. */
  readonly id: string;
  /** Plain text, checked like a share-code name (no control characters, ≤ 48 bytes). */
  readonly name: string;
  /** The creature itself: a share code that decodes. */
  readonly code: string;
  readonly task: TaskKind;
  /** Milliseconds since 1970 (Date.now()) when it was saved. */
  readonly savedAt: number;
}

export type ShelfErrorCode = 'full' | 'bad-name' | 'bad-code' | 'not-found' | 'storage';

export interface ShelfError {
  readonly code: ShelfErrorCode;
  readonly message: string;
}

const TASKS: readonly TaskKind[] = ['pattern', 'forage', 'sort'];

function checkEntry(v: unknown, index: number): Result<ShelfEntry, string> {
  const where = `creature ${index + 1}`;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return err(`${where} is not an object`);
  const e = v as Record<string, unknown>;
  if (typeof e.id !== 'string' || e.id.length === 0 || e.id.length > 64)
    return err(`${where}: "id" must be text of 1…64 characters`);
  if (typeof e.name !== 'string' || checkName(e.name) !== null) return err(`${where}: "name" is not a valid name`);
  if (typeof e.task !== 'string' || !TASKS.includes(e.task as TaskKind))
    return err(`${where}: "task" must be one of ${TASKS.join(', ')}`);
  if (typeof e.savedAt !== 'number' || !Number.isFinite(e.savedAt)) return err(`${where}: "savedAt" must be a number`);
  if (typeof e.code !== 'string' || e.code.length > MAX_SHARE_CODE_LENGTH || !decodeShareCode(e.code).ok)
    return err(`${where}: "code" is not a readable share code`);
  return ok({ id: e.id, name: e.name, code: e.code, task: e.task as TaskKind, savedAt: e.savedAt });
}

interface ShelfData {
  readonly entries: readonly ShelfEntry[];
  /** Why entries were left out (empty when none were). */
  readonly dropped: readonly string[];
}

function parseShelf(data: unknown): Result<ShelfData, string> {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { creatures?: unknown }).creatures))
    return err('"creatures" must be a list');
  const list = (data as { creatures: unknown[] }).creatures;
  const entries: ShelfEntry[] = [];
  const dropped: string[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const checked = checkEntry(list[i], i);
    if (!checked.ok) dropped.push(checked.error);
    else if (ids.has(checked.value.id)) dropped.push(`creature ${i + 1}: "id" repeats an earlier one`);
    else if (entries.length >= SHELF_CAPACITY) dropped.push(`creature ${i + 1}: more than ${SHELF_CAPACITY}`);
    else {
      ids.add(checked.value.id);
      entries.push(checked.value);
    }
  }
  return ok({ entries, dropped });
}

let idCounter = 0;
function newId(now: number, taken: ReadonlySet<string>): string {
  let id: string;
  do id = `${now.toString(36)}-${(idCounter++).toString(36)}`;
  while (taken.has(id));
  return id;
}

/** The shelf of one store. Every change is written at once; a refused write is reported and undone. */
export class Shelf {
  private entries: ShelfEntry[];

  private constructor(
    private readonly store: KeyValueStore,
    entries: readonly ShelfEntry[],
  ) {
    this.entries = [...entries];
  }

  /** Reads the shelf; an unreadable or partly damaged save is backed up and reported as `notice`. */
  static load(store: KeyValueStore): { shelf: Shelf; notice?: SaveNotice } {
    const raw = store.get(SHELF_KEY);
    const loaded = loadVersioned(store, SHELF_KEY, { version: SHELF_VERSION, parse: parseShelf });
    if (!loaded.value) return { shelf: new Shelf(store, []), notice: loaded.notice };
    const { entries, dropped } = loaded.value;
    const shelf = new Shelf(store, entries);
    if (dropped.length === 0 || raw === null) return { shelf };
    // Keep the whole damaged blob aside before the next save overwrites it; keep the good entries.
    const notice = setAside(store, SHELF_KEY, raw, {
      code: 'parse-failed',
      message: `${dropped.length} creature(s) could not be read: ${dropped.slice(0, 3).join('; ')}`,
    });
    if (notice.backupKey !== null) shelf.persist();
    return { shelf, notice };
  }

  /** The saved creatures, newest first. */
  list(): readonly ShelfEntry[] {
    return this.entries;
  }

  get size(): number {
    return this.entries.length;
  }

  get full(): boolean {
    return this.entries.length >= SHELF_CAPACITY;
  }

  /** Saves a creature (newest first). The code must decode; the task defaults to the code's own hint. */
  add(
    creature: { name: string; code: string; task?: TaskKind },
    now: number = Date.now(),
  ): Result<ShelfEntry, ShelfError> {
    if (this.full) return err({ code: 'full', message: `the shelf holds at most ${SHELF_CAPACITY} creatures` });
    const nameProblem = checkName(creature.name);
    if (nameProblem !== null) return err({ code: 'bad-name', message: nameProblem });
    const decoded =
      creature.code.length > MAX_SHARE_CODE_LENGTH
        ? err({ message: `a share code is at most ${MAX_SHARE_CODE_LENGTH} characters` })
        : decodeShareCode(creature.code);
    if (!decoded.ok) return err({ code: 'bad-code', message: decoded.error.message });
    const task = creature.task ?? decoded.value.task;
    if (task === null) return err({ code: 'bad-code', message: 'the share code does not say which world it is for' });
    const entry: ShelfEntry = {
      id: newId(now, new Set(this.entries.map((e) => e.id))),
      name: creature.name,
      code: creature.code,
      task,
      savedAt: now,
    };
    return this.commit([entry, ...this.entries], entry);
  }

  rename(id: string, name: string): Result<ShelfEntry, ShelfError> {
    const nameProblem = checkName(name);
    if (nameProblem !== null) return err({ code: 'bad-name', message: nameProblem });
    const found = this.entries.find((e) => e.id === id);
    if (!found) return err({ code: 'not-found', message: `no creature "${id}" on the shelf` });
    const renamed = { ...found, name };
    return this.commit(
      this.entries.map((e) => (e.id === id ? renamed : e)),
      renamed,
    );
  }

  remove(id: string): Result<ShelfEntry, ShelfError> {
    const found = this.entries.find((e) => e.id === id);
    if (!found) return err({ code: 'not-found', message: `no creature "${id}" on the shelf` });
    return this.commit(
      this.entries.filter((e) => e.id !== id),
      found,
    );
  }

  private commit(next: ShelfEntry[], changed: ShelfEntry): Result<ShelfEntry, ShelfError> {
    const before = this.entries;
    this.entries = next;
    if (this.persist()) return ok(changed);
    this.entries = before;
    return err({ code: 'storage', message: 'the browser did not let the shelf be saved (storage full or off)' });
  }

  private persist(): boolean {
    return saveVersioned(this.store, SHELF_KEY, SHELF_VERSION, { creatures: this.entries });
  }
}
