/**
 * A versioned save envelope over a KeyValueStore. What is stored under a key is
 * `{"version": n, "data": …}`; reading it back migrates older versions step by step to the current
 * one and then parses the data into a checked value.
 *
 * A blob that cannot be read — not JSON, no envelope, a version this game does not know (for
 * example one written by a newer release), a migration or a parse that fails — is never silently
 * lost: it is copied aside verbatim to `<key>.backup.1` (older backups move to .2, .3; the last
 * BACKUPS_KEPT are kept), removed from its key so the game starts fresh, and reported as a
 * SaveNotice with a stable code. Nothing here throws, whatever the store holds.
 */
import { err, ok, type Result } from '../../core/result';
import type { KeyValueStore } from '../storage';

/** How many unreadable blobs are kept aside per key (the oldest is dropped first). */
export const BACKUPS_KEPT = 3;
/** Longest blob read at all (a localStorage holds ~5 MB in all); longer ones are backed up unread. */
export const MAX_SAVE_CHARS = 2_000_000;

export type SaveProblemCode =
  'too-large' | 'not-json' | 'no-envelope' | 'bad-version' | 'newer-version' | 'migration-failed' | 'parse-failed';

/** Why data could not be used: a stable code and a human message naming what is wrong. */
export interface SaveProblem {
  readonly code: SaveProblemCode;
  readonly message: string;
}

/** What the player must be told about one save: it could not be read, and where the copy went. */
export interface SaveNotice extends SaveProblem {
  /** The store key of the save (without the storage prefix). */
  readonly key: string;
  /** Where the unreadable blob was copied, or null when even the copy could not be written (then it stays at `key`). */
  readonly backupKey: string | null;
}

export interface VersionedFormat<T> {
  /** The current version (an integer ≥ 1): what saveVersioned writes and parse reads. */
  readonly version: number;
  /** Data at version `from` → data at version `from + 1`. May also throw: that counts as a failure. */
  readonly migrate?: (from: number, data: unknown) => Result<unknown, string>;
  /** Data at the current version → the checked value, or a message naming the field that is wrong. */
  readonly parse: (data: unknown) => Result<T, string>;
}

export interface Loaded<T> {
  /** The value, or null when nothing usable was stored (start fresh). */
  readonly value: T | null;
  /** Set when a stored blob could not be read: tell the player. */
  readonly notice?: SaveNotice;
}

export function backupKey(key: string, n: number): string {
  return `${key}.backup.${n}`;
}

/**
 * Copies `raw` aside to `<key>.backup.1`, moving older backups up one slot and dropping the
 * oldest. Returns the backup key, or null when the store refused the write (full or unavailable).
 */
export function keepBackup(store: KeyValueStore, key: string, raw: string): string | null {
  if (shiftAndWrite(store, key, raw)) return backupKey(key, 1);
  // The store may be full: give up the oldest copy to make room for the newest, once.
  store.remove(backupKey(key, BACKUPS_KEPT));
  return shiftAndWrite(store, key, raw) ? backupKey(key, 1) : null;
}

/** Moves each backup up one slot (oldest first, so nothing is overwritten before it was copied), then writes slot 1. */
function shiftAndWrite(store: KeyValueStore, key: string, raw: string): boolean {
  for (let n = BACKUPS_KEPT; n >= 2; n--) {
    const older = store.get(backupKey(key, n - 1));
    // A failed move leaves slot n − 1 holding the only copy: then slot 1 must not be overwritten.
    if (older !== null && !store.set(backupKey(key, n), older)) return false;
  }
  return store.set(backupKey(key, 1), raw);
}

/** Every backup kept for `key`, newest first (for a "restore" or "download" action). */
export function listBackups(store: KeyValueStore, key: string): { key: string; raw: string }[] {
  const out: { key: string; raw: string }[] = [];
  for (let n = 1; n <= BACKUPS_KEPT; n++) {
    const raw = store.get(backupKey(key, n));
    if (raw !== null) out.push({ key: backupKey(key, n), raw });
  }
  return out;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads the envelope and brings its data to the current version, without touching the store. */
export function readEnvelope<T>(raw: string, format: VersionedFormat<T>): Result<T, SaveProblem> {
  if (raw.length > MAX_SAVE_CHARS)
    return err({ code: 'too-large', message: `the save is ${raw.length} characters, at most ${MAX_SAVE_CHARS}` });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return err({ code: 'not-json', message: `the save is not JSON (${describe(e)})` });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('version' in parsed))
    return err({ code: 'no-envelope', message: 'the save has no "version" field' });
  const envelope = parsed as { version: unknown; data?: unknown };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return err({
      code: 'bad-version',
      message: `"version" must be a whole number ≥ 1, not ${JSON.stringify(version)}`,
    });
  if (version > format.version)
    return err({
      code: 'newer-version',
      message: `the save is version ${version}, written by a newer game; this one reads up to ${format.version}`,
    });
  let data: unknown = envelope.data;
  for (let from = version; from < format.version; from++) {
    if (!format.migrate)
      return err({ code: 'migration-failed', message: `no migration from version ${from} to ${from + 1}` });
    let step: Result<unknown, string>;
    try {
      step = format.migrate(from, data);
    } catch (e) {
      step = err(describe(e));
    }
    if (!step.ok) return err({ code: 'migration-failed', message: `version ${from} → ${from + 1}: ${step.error}` });
    data = step.value;
  }
  let result: Result<T, string>;
  try {
    result = format.parse(data);
  } catch (e) {
    result = err(describe(e));
  }
  if (!result.ok) return err({ code: 'parse-failed', message: `"data": ${result.error}` });
  return ok(result.value);
}

/**
 * Reads the save under `key`. Nothing stored → `{ value: null }`. An unreadable blob → backed up,
 * removed from `key` (so the next save starts fresh), `{ value: null, notice }`. Never throws.
 */
export function loadVersioned<T>(store: KeyValueStore, key: string, format: VersionedFormat<T>): Loaded<T> {
  const raw = store.get(key);
  if (raw === null) return { value: null };
  const read = readEnvelope(raw, format);
  if (read.ok) return { value: read.value };
  return { value: null, notice: setAside(store, key, raw, read.error) };
}

/** Backs `raw` up and, once the copy is safe, clears `key`; returns the notice to show. */
export function setAside(store: KeyValueStore, key: string, raw: string, problem: SaveProblem): SaveNotice {
  const copy = keepBackup(store, key, raw);
  if (copy !== null) store.remove(key);
  return { ...problem, key, backupKey: copy };
}

/** Writes `value` under `key` at `version`. False when it could not be stored (full, unavailable, not JSON-able). */
export function saveVersioned(store: KeyValueStore, key: string, version: number, value: unknown): boolean {
  let text: string;
  try {
    text = JSON.stringify({ version, data: value });
  } catch {
    return false;
  }
  if (typeof text !== 'string') return false;
  return store.set(key, text);
}
