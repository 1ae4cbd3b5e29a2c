/**
 * Which level experiments a play screen shows and what they need from the screen around them. A
 * campaign level opens them through its `controls`; the Lab opens the ones that need no second world.
 */
import type { Level, LevelControl, LevelSwitches } from '../../../core/levels/types';
import type { StarMeasure } from '../../campaign/stars';
import type { TaskConfig } from '../../../core/tasks/registry';
import type { PlaySession } from '../session';

export type ExperimentName = 'squeeze' | 'dnaEdit' | 'tally' | 'forget' | 'race' | 'inheritance';

export interface ExperimentSetup {
  readonly controls: readonly LevelControl[];
  /** The second world (task B of "Don't forget", the new world of "New world"). */
  readonly secondTask?: TaskConfig;
  readonly switches: LevelSwitches;
  /** Rounds an evolution race gets (the level's generation budget, 5…60). */
  readonly raceBudget: number;
  /** Steps a training race gets (the level's step budget); a round is 10 steps. */
  readonly raceSteps: number;
}

export function experimentSetupOf(level: Level): ExperimentSetup {
  return {
    controls: level.controls,
    ...(level.secondTask ? { secondTask: level.secondTask } : {}),
    switches: level.switches,
    raceBudget: Math.max(5, Math.min(60, level.budget.generations)),
    raceSteps: Math.max(50, Math.min(600, level.budget.steps)),
  };
}

/** The Lab: squeeze, edit, tally, freeze and inheritance (races and two tasks need a level's second world). */
export const LAB_EXPERIMENTS: ExperimentSetup = {
  controls: ['basesPerWeight', 'baseEdit', 'tally', 'freezeLayers', 'inheritance'],
  switches: {},
  raceBudget: 30,
  raceSteps: 200,
};

/** The experiments a setup opens, in the order the panel shows them. */
export function experimentsOpen(setup: ExperimentSetup): ExperimentName[] {
  const has = (c: LevelControl): boolean => setup.controls.includes(c);
  const out: ExperimentName[] = [];
  if (has('basesPerWeight')) out.push('squeeze');
  if (has('baseEdit')) out.push('dnaEdit');
  if (has('tally')) out.push('tally');
  if (has('freezeLayers') || has('rehearse') || (has('secondTaskSwitch') && setup.secondTask && !has('sideBySide'))) {
    out.push('forget');
  }
  if (has('sideBySide') && setup.secondTask) out.push('race');
  if (has('inheritance')) out.push('inheritance');
  return out;
}

/** What the experiments need from the play screen around them. */
export interface ExperimentHost {
  readonly session: PlaySession;
  /** The creature the microscope shows (the trainee in train mode). */
  focus(): { readonly id: number; readonly genome: Float32Array } | null;
  /** The gene selected in the microscope, or null. */
  selectedGene(): number | null;
  /** Selects a gene in the microscope (the DNA strip and the brain outline it). */
  selectGene(index: number): void;
  /** Sets one weight of the focused creature, as a drag in the brain view does. */
  editGene(index: number, value: number): void;
  /** A campaign level's stars: how the experiments measure them (a squeezed genome, a second world). */
  setStarMeasure?(measure: ((fitness: number) => StarMeasure) | null): void;
}
