/** What a world's arena draws, and how it reports taps. Plain data in, callbacks out. */
import type * as Phaser from 'phaser';
import type { DemoRecorder } from '../../core/tasks/forage-demo';

export interface ArenaCreature {
  readonly id: number;
  /** Its genome (a view; the arena copies what it keeps). */
  readonly genome: Float32Array;
  readonly fitness: number;
  /** Picked by the player (a parent, or in the pattern world: eaten). */
  readonly chosen: boolean;
}

export interface ArenaState {
  readonly mode: 'evolve' | 'train';
  /** The living population (evolve mode). */
  readonly creatures: readonly ArenaCreature[];
  /** The creature in training (train mode). */
  readonly trainee: { readonly id: number; readonly genome: Float32Array } | null;
  /** Changes whenever the population is a new one (a new generation or a mode switch). */
  readonly generationKey: number;
  /** Changes whenever any creature's genome changed (a gene edit, a training step): redraw looks. */
  readonly version: number;
  /** A training run blew up: glitch the creature for a moment. */
  readonly glitch: boolean;
}

export interface ArenaCallbacks {
  tapCreature(id: number): void;
}

export interface Arena {
  setState(state: ArenaState): void;
  update(dtMs: number): void;
  resize(width: number, height: number): void;
  /** Worlds where the player can steer: while a recorder is given, the player drives the trainee. */
  setDriving?(recorder: DemoRecorder | null): void;
  /** Screen position of a creature (for tests and hints), or null. */
  creatureAt(id: number): { x: number; y: number; r?: number } | null;
  destroy(): void;
}

export type ArenaFactory = (scene: Phaser.Scene, callbacks: ArenaCallbacks) => Arena;
