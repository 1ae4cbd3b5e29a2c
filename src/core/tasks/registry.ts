/**
 * One door from plain-JSON task configuration to a running Task: levels, the worker and the
 * pool build every task through `createTask`, so a config that is wrong comes back as a value
 * with a stable code and a message, never as an exception.
 *
 * (Being filled in as the tasks land: pattern, forage, sort.)
 */
import type { NetworkSpec } from '../network';
import { err, type Result } from '../result';
import type { Task, TaskKind } from './task';

export interface TaskConfigError {
  readonly code: 'unknown-task' | 'bad-config' | 'bad-spec';
  readonly message: string;
}

/** Plain JSON, the same on every thread. */
export interface TaskConfig {
  readonly kind: TaskKind;
}

export function createTask(config: TaskConfig, _spec: NetworkSpec): Result<Task, TaskConfigError> {
  return err({ code: 'unknown-task', message: `no task of kind "${String(config.kind)}" is available yet` });
}
