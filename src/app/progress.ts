/**
 * Campaign progress: the stars earned on each level (0…3), saved in the versioned save envelope
 * (save/versioned.ts). A level is open when the level before it has at least one star (or when a
 * teacher unlocks everything). A save that cannot be read is backed up, never thrown away, and
 * progress starts empty (`notice` says so); entries that are only partly wrong are dropped one by one.
 */
import { err, ok, type Result } from '../core/result';
import { loadVersioned, saveVersioned, type SaveNotice, type VersionedFormat } from './save/versioned';
import type { KeyValueStore } from './storage';

export const PROGRESS_KEY = 'progress';
export const PROGRESS_VERSION = 1;
export const MAX_STARS = 3;

/** The stars per level id, as stored. */
export type StarTable = Readonly<Record<string, number>>;

/** Reads the stored stars: the good entries of an object of level id → 1…3. */
export function parseStars(data: unknown): Result<StarTable, string> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return err('"stars" must be an object');
  const stars = (data as { stars?: unknown }).stars;
  if (typeof stars !== 'object' || stars === null || Array.isArray(stars)) return err('"stars" must be an object');
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(stars as Record<string, unknown>)) {
    if (id.length === 0 || id.length > 80) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_STARS) continue;
    out[id] = v;
  }
  return ok(out);
}

export const PROGRESS_FORMAT: VersionedFormat<StarTable> = { version: PROGRESS_VERSION, parse: parseStars };

/** Is the level at `index` of the campaign order open? The first always is. */
export function isUnlocked(order: readonly string[], index: number, stars: StarTable, unlockAll: boolean): boolean {
  if (unlockAll || index <= 0) return true;
  const before = order[index - 1];
  return before !== undefined && (stars[before] ?? 0) >= 1;
}

export interface ProgressOptions {
  /** Every level open (teacher mode). */
  readonly unlockAll?: boolean;
}

export class Progress {
  private table: Record<string, number>;
  private readonly listeners = new Set<() => void>();
  unlockAll: boolean;
  /** Set when the stored progress could not be read (it was backed up): tell the player. */
  readonly notice: SaveNotice | undefined;

  constructor(
    private readonly store: KeyValueStore,
    options: ProgressOptions = {},
  ) {
    this.unlockAll = options.unlockAll ?? false;
    const loaded = loadVersioned(store, PROGRESS_KEY, PROGRESS_FORMAT);
    this.table = { ...(loaded.value ?? {}) };
    this.notice = loaded.notice;
  }

  /** Stars earned on a level, 0 if none. */
  stars(levelId: string): number {
    return this.table[levelId] ?? 0;
  }

  /** All stars, for the map. */
  snapshot(): StarTable {
    return { ...this.table };
  }

  unlocked(order: readonly string[], levelId: string): boolean {
    const index = order.indexOf(levelId);
    return index >= 0 && isUnlocked(order, index, this.table, this.unlockAll);
  }

  /** Keeps the better of the stored and the new stars; true when the level improved (saving may still fail: `saved`). */
  record(levelId: string, stars: number): boolean {
    const s = Math.min(MAX_STARS, Math.max(0, Math.floor(stars)));
    if (s <= this.stars(levelId)) return false;
    this.table[levelId] = s;
    this.save();
    return true;
  }

  /** Forgets every star (the kiosk between visitors, a new player). */
  clear(): void {
    this.table = {};
    this.store.remove(PROGRESS_KEY);
    this.emit();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** False when the last save could not be written (storage full or off). */
  saved = true;

  private save(): void {
    this.saved = saveVersioned(this.store, PROGRESS_KEY, PROGRESS_VERSION, { stars: this.table });
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
