/**
 * A creature as a file (`<name>.weightling.json`) and as pasted text: versioned JSON around the share
 * code, read back with a stable error code for anything wrong. Nothing here throws, whatever the text.
 *
 *   { "format": "weightling", "version": 1, "name": "Zippy", "spec": { layers, activations },
 *     "code": "<share code>", "task": "forage" | "pattern" | "sort" | null, "created": "<ISO time>" }
 *
 * The share code is the truth (it is checksummed); `spec` and `task` are there for people reading the
 * file and must agree with it; `name` may be edited by hand and is checked like any name.
 */
import {
  checkName,
  decodeShareCode,
  MAX_NAME_BYTES,
  type Creature,
  type ShareCodeErrorCode,
} from '../../core/codec/sharecode';
import { utf8Encode } from '../../core/codec/utf8';
import type { NetworkSpec } from '../../core/network';
import { err, ok, type Result } from '../../core/result';
import type { TaskKind } from '../../core/tasks/task';

export const CREATURE_FILE_FORMAT = 'weightling';
export const CREATURE_FILE_VERSION = 1;
/** Largest file (bytes of UTF-8) or pasted text read at all. */
export const MAX_CREATURE_FILE_BYTES = 64 * 1024;
export const CREATURE_FILE_SUFFIX = '.weightling.json';

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'bad-version'
  | 'bad-code'
  | 'name-too-long'
  | 'bad-name'
  | 'spec-mismatch'
  | 'task-mismatch';

export interface ImportError {
  readonly code: ImportErrorCode;
  /** English, for logs and tests; the screen shows the translated message for `code`. */
  readonly message: string;
  /** The share code's own error, when `code` is 'bad-code'. */
  readonly codeError?: ShareCodeErrorCode;
  /** The file that was read, when there was one. */
  readonly fileName?: string | undefined;
  /** Figures the translated message names (a size, a network shape…). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface CreatureFile {
  readonly format: typeof CREATURE_FILE_FORMAT;
  readonly version: number;
  readonly name: string;
  readonly spec: NetworkSpec;
  readonly code: string;
  readonly task: TaskKind | null;
  readonly created: string;
}

function fail(
  code: ImportErrorCode,
  message: string,
  extra: Omit<ImportError, 'code' | 'message'> = {},
): { ok: false; error: ImportError } {
  return err({ code, message, ...extra });
}

/** The file's text for a creature whose share code is `code`. */
export function creatureFileText(creature: Creature, code: string, created: Date): string {
  const file: CreatureFile = {
    format: CREATURE_FILE_FORMAT,
    version: CREATURE_FILE_VERSION,
    name: creature.name,
    spec: { layers: [...creature.spec.layers], activations: [...creature.spec.activations] },
    code,
    task: creature.task,
    created: created.toISOString(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A safe download name: `<name>.weightling.json`, letters, digits, - and _ only (else "weightling"). */
export function creatureFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'weightling'}${CREATURE_FILE_SUFFIX}`;
}

/** "3-8-8-3" */
export function specLabel(spec: NetworkSpec): string {
  return spec.layers.join('-');
}

export function sameSpec(a: NetworkSpec, b: NetworkSpec): boolean {
  return (
    a.layers.length === b.layers.length &&
    a.layers.every((n, i) => n === b.layers[i]) &&
    a.activations.length === b.activations.length &&
    a.activations.every((x, i) => x === b.activations[i])
  );
}

function isSpecLike(v: unknown): v is NetworkSpec {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as { layers?: unknown; activations?: unknown };
  return (
    Array.isArray(s.layers) &&
    s.layers.length <= 16 &&
    s.layers.every((n) => typeof n === 'number') &&
    Array.isArray(s.activations) &&
    s.activations.length <= 16 &&
    s.activations.every((a) => typeof a === 'string')
  );
}

/** Reads a share code; a failure keeps the code's own error. */
export function readShareCode(code: string, fileName?: string): Result<Creature, ImportError> {
  const decoded = decodeShareCode(code);
  if (decoded.ok) return decoded;
  const where = fileName === undefined ? '' : `${fileName}: `;
  return fail('bad-code', `${where}the share code cannot be read: ${decoded.error.message}`, {
    codeError: decoded.error.code,
    ...(fileName === undefined ? {} : { fileName }),
  });
}

function tooLarge(text: string): boolean {
  return text.length > MAX_CREATURE_FILE_BYTES || utf8Encode(text).length > MAX_CREATURE_FILE_BYTES;
}

/** Reads a `.weightling.json` file's text. */
export function parseCreatureFile(text: string, fileName: string): Result<Creature, ImportError> {
  const at = { fileName };
  if (typeof text !== 'string' || text.trim().length === 0) return fail('empty', `${fileName} is empty`, at);
  if (tooLarge(text)) {
    return fail('too-large', `${fileName} is larger than ${MAX_CREATURE_FILE_BYTES / 1024} KB`, {
      ...at,
      params: { max: MAX_CREATURE_FILE_BYTES / 1024 },
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('not-json', `${fileName} is not JSON`, at);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('wrong-format', `${fileName} is not a weightling file`, at);
  }
  const f = parsed as Record<string, unknown>;
  if (f.format !== CREATURE_FILE_FORMAT) {
    return fail('wrong-format', `${fileName}: "format" must be "${CREATURE_FILE_FORMAT}"`, at);
  }
  if (f.version !== CREATURE_FILE_VERSION) {
    const v = typeof f.version === 'number' ? f.version : String(JSON.stringify(f.version) ?? 'missing').slice(0, 12);
    return fail('bad-version', `${fileName}: version ${v}; this game reads version ${CREATURE_FILE_VERSION}`, {
      ...at,
      params: { version: v, supported: CREATURE_FILE_VERSION },
    });
  }
  if (typeof f.code !== 'string')
    return fail('bad-code', `${fileName}: "code" is missing`, { ...at, codeError: 'empty' });
  const decoded = readShareCode(f.code, fileName);
  if (!decoded.ok) return decoded;
  const creature = decoded.value;
  let name = creature.name;
  if (f.name !== undefined) {
    if (typeof f.name !== 'string') return fail('bad-name', `${fileName}: "name" must be text`, at);
    if (utf8Encode(f.name).length > MAX_NAME_BYTES) {
      return fail('name-too-long', `${fileName}: a name is at most ${MAX_NAME_BYTES} bytes`, {
        ...at,
        params: { max: MAX_NAME_BYTES },
      });
    }
    const problem = checkName(f.name);
    if (problem) return fail('bad-name', `${fileName}: ${problem}`, at);
    name = f.name;
  }
  if (f.spec !== undefined && !(isSpecLike(f.spec) && sameSpec(f.spec, creature.spec))) {
    return fail('spec-mismatch', `${fileName}: "spec" does not match the network in the code`, {
      ...at,
      params: { have: specLabel(creature.spec), need: isSpecLike(f.spec) ? specLabel(f.spec) : '?' },
    });
  }
  if (f.task !== undefined && f.task !== creature.task) {
    return fail('task-mismatch', `${fileName}: "task" does not match the code`, {
      ...at,
      params: {
        have: String(creature.task),
        need: typeof f.task === 'string' ? f.task.slice(0, 12) : JSON.stringify(f.task).slice(0, 12),
      },
    });
  }
  return ok({ ...creature, name });
}

/**
 * Text a player pasted: a share code, a link with `?ancestor=<code>`, or a whole file's JSON.
 */
export function parseShareText(text: string): Result<Creature, ImportError> {
  if (typeof text !== 'string' || text.trim().length === 0) return fail('empty', 'nothing was pasted');
  if (tooLarge(text)) {
    return fail('too-large', `the text is larger than ${MAX_CREATURE_FILE_BYTES / 1024} KB`, {
      params: { max: MAX_CREATURE_FILE_BYTES / 1024 },
    });
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    // Pasted, not opened: no file name to show.
    const read = parseCreatureFile(trimmed, 'pasted text');
    if (read.ok) return read;
    return err({ ...read.error, fileName: undefined });
  }
  const inLink = /[?&]ancestor=([^&#\s]*)/.exec(trimmed);
  return readShareCode(inLink ? (inLink[1] ?? '') : trimmed);
}

/** Does the creature fit a world: the same network and (when the code names one) the same task? */
export function checkFits(
  creature: Creature,
  spec: NetworkSpec,
  task: TaskKind,
  fileName?: string,
): Result<Creature, ImportError> {
  const at = fileName === undefined ? {} : { fileName };
  if (!sameSpec(creature.spec, spec)) {
    return fail(
      'spec-mismatch',
      `this creature has a ${specLabel(creature.spec)} network; this world needs ${specLabel(spec)}`,
      { ...at, params: { have: specLabel(creature.spec), need: specLabel(spec) } },
    );
  }
  if (creature.task !== null && creature.task !== task) {
    return fail('task-mismatch', `this creature was made for the ${creature.task} task, not ${task}`, {
      ...at,
      params: { have: creature.task, need: task },
    });
  }
  return ok(creature);
}
