/**
 * Key-value storage that never throws: localStorage when the browser allows it, memory when it
 * does not (private mode, a full disk, a kiosk with storage disabled). `persistent` tells which.
 */

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  readonly persistent: boolean;
}

export const STORAGE_PREFIX = 'weightlings.';

class MemoryStore implements KeyValueStore {
  readonly persistent = false;
  private readonly map = new Map<string, string>();
  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string): boolean {
    this.map.set(key, value);
    return true;
  }
  remove(key: string): void {
    this.map.delete(key);
  }
}

class LocalStore implements KeyValueStore {
  readonly persistent = true;
  constructor(private readonly ls: Storage) {}
  get(key: string): string | null {
    try {
      return this.ls.getItem(STORAGE_PREFIX + key);
    } catch {
      return null;
    }
  }
  set(key: string, value: string): boolean {
    try {
      this.ls.setItem(STORAGE_PREFIX + key, value);
      return true;
    } catch {
      return false;
    }
  }
  remove(key: string): void {
    try {
      this.ls.removeItem(STORAGE_PREFIX + key);
    } catch {
      // nothing to do
    }
  }
}

export function memoryStore(): KeyValueStore {
  return new MemoryStore();
}

/** The browser's localStorage if it works (a write and read back succeed), otherwise memory. */
export function openStore(): KeyValueStore {
  try {
    const ls = globalThis.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    ls.setItem(probe, '1');
    const ok = ls.getItem(probe) === '1';
    ls.removeItem(probe);
    if (ok) return new LocalStore(ls);
  } catch {
    // fall through
  }
  return new MemoryStore();
}
