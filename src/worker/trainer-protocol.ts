/**
 * The typed messages between the play screen and its trainer worker (trainer-worker.ts): ONE
 * trainer that lives in the worker and keeps its memory (momentum or Adam's moments, the
 * mini-batch order, the step count, the reference loss) from one `run` to the next, so a Run of
 * many short chunks is one training run — unlike the pool's stateless 'train' job (protocol.ts).
 *
 * Every request carries an `id` chosen by the sender; its one reply carries the same id. The
 * worker answers requests one at a time, in arrival order. Errors are values (`{ type: 'error' }`).
 *
 * Buffers: a request's genome buffer is transferred (the client sends a copy, so the caller keeps
 * its own); datasets are copied (the caller keeps its source to send again); a `trained` reply
 * transfers its genome, losses and gradNorms, which the worker made for that reply alone.
 */
import type { Dataset } from '../core/loss';
import type { NetworkSpec } from '../core/network';
import type { TaskConfig } from '../core/tasks/registry';
import type { DivergenceReason, TrainerConfig, TrainerStatus } from '../core/training/trainer';
import { ownBuffer } from './protocol';

/** Where the trainer's examples come from: `data` if given, else the task's own set for `dataSeed` (default 0). */
export interface TrainerSource {
  readonly data?: Dataset;
  readonly dataSeed?: number;
}

/** Stable codes (`message` is for people). */
export type TrainerErrorCode =
  /** The message is malformed or a value in it is out of range. */
  | 'bad-request'
  /** The task config or network spec could not be built. */
  | 'bad-task'
  /** The task has no loss to train on. */
  | 'not-trainable'
  /** No training examples (the task has no set for the seed, or the data is empty). */
  | 'no-data'
  /** A request other than `open` before a trainer was opened. */
  | 'no-trainer'
  /** The worker could not be started, crashed, or was closed (sent by the client, not the worker). */
  | 'worker-unavailable'
  | 'worker-failed'
  | 'closed'
  /** Anything else that went wrong inside the worker. */
  | 'failed';

export interface TrainerError {
  readonly code: TrainerErrorCode;
  readonly message: string;
}

/** Builds the task and opens the trainer on `genome` (replaces any trainer already open). Replies `ok`. */
export interface OpenTrainerRequest {
  readonly type: 'open';
  readonly id: number;
  readonly taskConfig: TaskConfig;
  readonly spec: NetworkSpec;
  readonly genome: Float32Array;
  readonly trainerConfig: TrainerConfig;
  readonly source: TrainerSource;
}

/** Up to `steps` steps (fewer if the trainer diverges). Replies `trained`. */
export interface RunRequest {
  readonly type: 'run';
  readonly id: number;
  readonly steps: number;
}

/** Turns knobs between runs (trainer.ts `configure`). Replies `ok`. */
export interface ConfigureRequest {
  readonly type: 'configure';
  readonly id: number;
  readonly patch: Partial<TrainerConfig>;
}

/** Learns from other examples from now on. Replies `ok`. */
export interface SetSourceRequest {
  readonly type: 'setSource';
  readonly id: number;
  readonly source: TrainerSource;
}

/** Starts over from `genome` (memory cleared). Replies `ok`. */
export interface ResetRequest {
  readonly type: 'reset';
  readonly id: number;
  readonly genome: Float32Array;
}

/** After a divergence, goes on from the restored genome. Replies `ok`. */
export interface ResumeRequest {
  readonly type: 'resume';
  readonly id: number;
}

export type TrainerRequest =
  OpenTrainerRequest | RunRequest | ConfigureRequest | SetSourceRequest | ResetRequest | ResumeRequest;

export interface OkReply {
  readonly type: 'ok';
  readonly id: number;
}

/** The trainer's genome after the run (always finite) and each step's batch loss and gradient norm. */
export interface TrainedReply {
  readonly type: 'trained';
  readonly id: number;
  readonly genome: Float32Array;
  /** Steps taken (fewer than asked when the trainer diverged); losses and gradNorms have this length. */
  readonly steps: number;
  /** Mean batch loss of step k, at the genome before it. */
  readonly losses: Float64Array;
  /** ‖dLoss/dGenome‖₂ of step k (before clipping). */
  readonly gradNorms: Float64Array;
  readonly status: TrainerStatus;
  readonly divergence: DivergenceReason | null;
}

export interface TrainerErrorReply {
  readonly type: 'error';
  /** The request's id, or −1 when the message had none. */
  readonly id: number;
  readonly error: TrainerError;
}

export type TrainerReply = OkReply | TrainedReply | TrainerErrorReply;

/** The buffers worth transferring with a message (a view's buffer only when the view spans all of it). */
export function trainerTransferOf(message: TrainerRequest | TrainerReply): ArrayBuffer[] {
  switch (message.type) {
    case 'open':
    case 'reset':
      return ownBuffer(message.genome);
    case 'trained':
      return [...ownBuffer(message.genome), ...ownBuffer(message.losses), ...ownBuffer(message.gradNorms)];
    default:
      return [];
  }
}
