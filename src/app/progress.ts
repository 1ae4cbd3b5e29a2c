/**
 * Campaign progress: the stars earned on each level (0…3), saved as versioned JSON. A level is open
 * when the level before it has at least one star (or when a teacher unlocks everything). Stored
 * data that cannot be read is kept aside under a backup key, never thrown away, and progress starts
 * empty; a value that is only partly wrong keeps its good entries.
 */
import type { KeyValueStore } from './storage';

export const PROGRESS_KEY = 'progress';
export const PROGRESS_BACKUP_KEY = 'progress.unreadable';
export const PROGRESS_VERSION = 1;
export const MAX_STARS = 3;

/** The stars per level id, as stored. */
export type StarTable = Readonly<Record<string, number>>;

/** Reads a stored progress value: the good entries of a version-1 object; null when unreadable. */
export function parseProgress(raw: string): StarTable | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const o = parsed as { version?: unknown; stars?: unknown };
  if (o.version !== PROGRESS_VERSION || typeof o.stars !== 'object' || o.stars === null) return null;
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(o.stars as Record<string, unknown>)) {
    if (id.length === 0 || id.length > 80) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_STARS) continue;
    out[id] = v;
  }
  return out;
}

export function serialiseProgress(stars: StarTable): string {
  return JSON.stringify({ version: PROGRESS_VERSION, stars });
}

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

  constructor(
    private readonly store: KeyValueStore,
    options: ProgressOptions = {},
  ) {
    this.unlockAll = options.unlockAll ?? false;
    this.table = {};
    const raw = store.get(PROGRESS_KEY);
    if (raw === null) return;
    const parsed = parseProgress(raw);
    if (parsed) this.table = { ...parsed };
    else store.set(PROGRESS_BACKUP_KEY, raw);
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

  /** Keeps the better of the stored and the new stars; true when the level improved. */
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

  private save(): void {
    this.store.set(PROGRESS_KEY, serialiseProgress(this.table));
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
