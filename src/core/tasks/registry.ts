/**
 * One door from plain-JSON task configuration to a running Task: levels, the worker and the
 * pool build every task through `createTask`, so a config that is wrong comes back as a value
 * with a stable code and a message, never as an exception.
 *
 * A TaskConfig is the task's own config plus `kind`, which picks the task:
 *   { "kind": "pattern", …PatternConfig }  { "kind": "forage", …ForageConfig }  { "kind": "sort", …SortConfig }
 */
import type { NetworkSpec } from '../network';
import { err, ok, type Result } from '../result';
import { createForageTask } from './forage';
import type { ForageConfig } from './forage-config';
import { createPatternTask, type PatternConfig } from './pattern';
import { createSortTask, type SortConfig } from './sort';
import type { Task } from './task';

export type ForageTaskConfig = ForageConfig & { readonly kind: 'forage' };
export type SortTaskConfig = SortConfig & { readonly kind: 'sort' };

/** Plain JSON, the same on every thread. */
export type TaskConfig = PatternConfig | ForageTaskConfig | SortTaskConfig;

export interface TaskConfigError {
  /** `unknown-task` for a kind that is not a task; otherwise the task's own error code. */
  readonly code: string;
  readonly message: string;
  /** The offending field, when the task names one. */
  readonly field?: string;
}

/** Builds the task named by `config.kind`; any malformed config is an error value. */
export function createTask(config: TaskConfig, spec: NetworkSpec): Result<Task, TaskConfigError> {
  const kind = typeof config === 'object' && config !== null ? (config as { kind?: unknown }).kind : undefined;
  try {
    switch (kind) {
      case 'pattern':
        return widen(createPatternTask(config, spec));
      case 'sort':
        return widen(createSortTask(config as SortTaskConfig, spec));
      case 'forage':
        return widen(createForageTask(config as ForageTaskConfig, spec));
      default:
        return err({ code: 'unknown-task', message: `no task of kind "${String(kind)}": pattern, forage or sort` });
    }
  } catch (e) {
    // A factory that meets a config shape it did not expect (e.g. a missing array) must not throw past here.
    return err({
      code: 'bad-config',
      message: `malformed ${String(kind)} config: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

function widen<T extends Task, E extends TaskConfigError>(r: Result<T, E>): Result<Task, TaskConfigError> {
  return r.ok ? ok(r.value) : err(r.error);
}
