/**
 * The campaign's levels, bundled: every `levels/NN-slug.json` is imported at build time (so the
 * offline cache holds them with the game) and checked by `parseLevel`. A bad file is skipped and
 * reported — naming the file and the field — and the other levels still load. Two files with the
 * same id or number: the second is reported as a duplicate and skipped.
 */
import { levelError, type LevelError, type LevelErrorCode } from '../core/levels/errors';
import { parseLevel } from '../core/levels/schema';
import type { Level } from '../core/levels/types';
import type { I18n, MessageKey } from './i18n';

export interface LoadedLevels {
  /** The valid levels, by number. */
  readonly levels: readonly Level[];
  /** One error per skipped file, in file-name order. */
  readonly errors: readonly LevelError[];
}

const LEVEL_FILE = /(^|\/)\d\d-[a-z0-9-]+\.json$/;

/** Checks level files given as { path: parsed JSON }; files not named NN-slug.json are ignored. */
export function loadLevelFiles(files: Readonly<Record<string, unknown>>): LoadedLevels {
  const levels: Level[] = [];
  const errors: LevelError[] = [];
  const ids = new Map<string, string>();
  const numbers = new Map<number, string>();
  for (const path of Object.keys(files).sort()) {
    if (!LEVEL_FILE.test(path)) continue;
    const file = path.replace(/^\//, '');
    const parsed = parseLevel(files[path], file);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const level = parsed.value;
    const sameId = ids.get(level.id);
    const sameNumber = numbers.get(level.number);
    if (sameId !== undefined || sameNumber !== undefined) {
      const [field, other] = sameId !== undefined ? ['id', sameId] : ['number', sameNumber as string];
      errors.push(levelError('duplicate', file, field, `the same ${field} as ${other}`));
      continue;
    }
    ids.set(level.id, file);
    numbers.set(level.number, file);
    levels.push(level);
  }
  levels.sort((a, b) => a.number - b.number);
  return { levels, errors };
}

const BUNDLED = import.meta.glob<unknown>('/levels/[0-9][0-9]-*.json', { eager: true, import: 'default' });

let cache: LoadedLevels | null = null;

/** The levels shipped with the game (checked once). */
export function campaignLevels(): LoadedLevels {
  cache ??= loadLevelFiles(BUNDLED);
  return cache;
}

/** The player's message for a skipped level file, in the current language. */
export function levelErrorMessage(i18n: I18n, error: LevelError): string {
  const key: `levels.error.${LevelErrorCode}` & MessageKey = `levels.error.${error.code}`;
  return i18n.t(key, { file: error.file, field: error.path || '—' });
}
