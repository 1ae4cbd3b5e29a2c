/** The level files shipped in levels/, read from disk as JSON (for the level tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLevel } from '../../../../src/core/levels/schema';
import type { Level } from '../../../../src/core/levels/types';

export const LEVELS_DIR = fileURLToPath(new URL('../../../../levels/', import.meta.url));

export const LEVEL_FILES: readonly string[] = readdirSync(LEVELS_DIR)
  .filter((f) => /^\d\d-[a-z0-9-]+\.json$/.test(f))
  .sort();

export function levelJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${LEVELS_DIR}${file}`, 'utf8')) as Record<string, unknown>;
}

export function shippedLevel(file: string): Level {
  const parsed = parseLevel(levelJson(file), `levels/${file}`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

export function levelById(id: string): Level {
  const file = LEVEL_FILES.find((f) => f.slice(3) === `${id}.json`);
  if (!file) throw new Error(`no level ${id}`);
  return shippedLevel(file);
}
