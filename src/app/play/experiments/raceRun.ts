/**
 * The side-by-side races on a play session: "New world" (the creature carried over to the second
 * world vs a random one, same budget, in the session's mode) and "Born to learn" (Darwin,
 * Lamarck, Baldwin from the same start). The race runs on this thread in slices of a few ms, so the
 * page stays responsive; each slice is whole rounds of the core Race.
 */
import { validateEvolutionConfig, type EvolutionConfig } from '../../../core/evolution/config';
import type { Inheritance } from '../../../core/evolution/inheritance';
import { fineTuneRace, inheritanceRace, type Race } from '../../../core/experiments/race';
import { createGenome } from '../../../core/network';
import type { Result } from '../../../core/result';
import { err } from '../../../core/result';
import { Rng } from '../../../core/rng';
import { createTask } from '../../../core/tasks/registry';
import type { LifetimeConfig } from '../../../core/training/lifetime';
import { startCreature } from '../../campaign/start';
import { playsInSecondWorld } from '../campaignLevel';
import type { ExperimentHost, ExperimentSetup } from './setup';

export type RaceKind = 'fineTune' | 'inheritance';
export const DEFAULT_LIFETIME_STEPS = 5;
/** Training steps a round of a training race. */
export const STEPS_PER_ROUND = 10;

/** The session's evolution settings with fitness choosing the parents (a race has no player picking). */
export function automaticSelection(config: EvolutionConfig): EvolutionConfig {
  if (config.selection.kind !== 'player') return config;
  const auto = validateEvolutionConfig({
    ...config,
    selection: { kind: 'truncation', fraction: 0.25 },
    elitism: Math.max(1, config.elitism),
  });
  return auto.ok ? auto.value : config;
}

/** Lifetime learning for the inheritance race and choice: the level's steps with the session's trainer settings. */
export function lifetimeOf(host: ExperimentHost, setup: ExperimentSetup): LifetimeConfig {
  return { steps: setup.switches.lifetimeSteps ?? DEFAULT_LIFETIME_STEPS, trainer: host.session.trainerConfig };
}

export class RaceRun {
  race: Race | null = null;
  running = false;
  error: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: ExperimentHost,
    private readonly setup: ExperimentSetup,
    readonly kind: RaceKind,
    private readonly onProgress: () => void,
    /** Longest slice of work, ms. */
    private readonly sliceMs = 12,
  ) {}

  build(): Result<Race, { code: string; message: string }> {
    const s = this.host.session;
    const config = automaticSelection(s.evolutionConfig);
    if (this.kind === 'inheritance') {
      return inheritanceRace(s.task, config, lifetimeOf(this.host, this.setup), this.setup.raceBudget);
    }
    if (!this.setup.secondTask) return err({ code: 'no-second-world', message: 'the level has no second world' });
    const world = createTask(this.setup.secondTask, s.level.spec);
    if (!world.ok) return err(world.error);
    const carried = this.carriedCreature();
    if (!carried) return err({ code: 'no-creature', message: 'no creature to carry over' });
    const scratch = createGenome(world.value.network, new Rng(config.seed), s.level.initGain);
    return fineTuneRace(world.value, carried, {
      mode: s.mode,
      evolution: config,
      training: s.trainerConfig,
      budget: s.mode === 'train' ? Math.ceil(this.setup.raceSteps / STEPS_PER_ROUND) : this.setup.raceBudget,
      stepsPerRound: STEPS_PER_ROUND,
      scratch,
    });
  }

  /**
   * The creature that moves to the new world: on a level that plays there, the one it arrived as (the
   * level's start creature, however much the player has trained it since, so the race stays fair);
   * otherwise the creature in focus.
   */
  private carriedCreature(): Float32Array | null {
    const level = this.host.session.level;
    if (level.level && playsInSecondWorld(level.level)) {
      const arrived = startCreature(level);
      if (arrived.ok && arrived.value) return arrived.value;
    }
    return this.host.focus()?.genome.slice() ?? null;
  }

  start(): void {
    this.stop();
    const built = this.build();
    if (!built.ok) {
      this.error = built.error.message;
      this.onProgress();
      return;
    }
    this.error = null;
    this.race = built.value;
    this.running = true;
    this.onProgress();
    this.schedule();
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) {
      this.running = false;
      this.onProgress();
    }
  }

  /** One slice: rounds until sliceMs has passed (at least one). Returns false when the race is over. */
  slice(now: () => number = () => performance.now()): boolean {
    const race = this.race;
    if (!race) return false;
    const t0 = now();
    let more = race.advance();
    while (more && now() - t0 < this.sliceMs) more = race.advance();
    return more;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.running) return;
      const more = this.slice();
      if (!more) this.running = false;
      this.onProgress();
      if (more) this.schedule();
    }, 0);
  }
}

/** The session's inheritance: the choice sets it, with lifetime learning for Lamarck and Baldwin. */
export function chooseInheritance(host: ExperimentHost, setup: ExperimentSetup, inheritance: Inheritance): void {
  host.session.setEvolution({
    inheritance,
    lifetime: inheritance === 'darwinian' ? null : lifetimeOf(host, setup),
  });
}
