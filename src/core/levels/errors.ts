/**
 * What a bad level file is reported as: a stable code (the player's message in locales/levels.ts is
 * chosen by it), the file, the field path and an English message naming both.
 */
/** Stable error codes: what the player's message (locales/levels.ts) is chosen by. */
export type LevelErrorCode =
  /** Not a JSON object. */
  | 'not-an-object'
  /** formatVersion is missing or not the one this game reads. */
  | 'unsupported-version'
  /** A field is missing, of the wrong type, out of range or not one of the allowed words. */
  | 'bad-field'
  /** A field the format does not have (often a typo). */
  | 'unknown-field'
  /** goal.stars not strictly ascending, or outside the world's fitness range. */
  | 'bad-stars'
  /** A lesson card longer than MAX_CARD_WORDS words. */
  | 'card-too-long'
  /** The world (task or secondTask) is not one the engine can build, or the network does not fit it. */
  | 'bad-task'
  | 'bad-network'
  | 'bad-evolution'
  | 'bad-training'
  /** start.code is not a share code for this network. */
  | 'bad-ancestor'
  /** Fields that contradict each other (e.g. keepFirstTask without a second world, a mode without budget). */
  | 'inconsistent'
  /** Two level files with the same id or number (found by the loader). */
  | 'duplicate';

export interface LevelError {
  readonly code: LevelErrorCode;
  /** The file as named to parseLevel, e.g. "levels/05-mind-the-step.json". */
  readonly file: string;
  /** The field path, e.g. "goal.stars[1]"; "" for the whole file. */
  readonly path: string;
  /** English, naming file and field: "file: path: what is wrong". */
  readonly message: string;
}

export function levelError(code: LevelErrorCode, file: string, path: string, detail: string): LevelError {
  return { code, file, path, message: path === '' ? `${file}: ${detail}` : `${file}: ${path}: ${detail}` };
}
