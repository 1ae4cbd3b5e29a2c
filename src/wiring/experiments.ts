/**
 * Mounts a level's experiments (bases per weight, base edit and tally, two tasks, side by side,
 * inheritance) beside the arena of a play screen: which ones a level opens, and the host the
 * experiments work through (the session, the focused creature, the microscope's gene selection).
 */
import type { I18n } from '../app/i18n';
import {
  experimentSetupOf,
  LAB_EXPERIMENTS,
  type ExperimentHost,
  type ExperimentSetup,
} from '../app/play/experiments/setup';
import type { PlayLevel } from '../app/play/levels';
import type { Level } from '../core/levels/types';
import { ExperimentsPanel } from '../ui/play/controls/experimentsPanel';

/** A campaign level's setup (its controls), the Lab's for a Lab world, none for the plain worlds. */
export function experimentSetupFor(level: PlayLevel & { readonly level?: Level }): ExperimentSetup | null {
  if (level.level) return experimentSetupOf(level.level);
  return level.id.startsWith('lab-') ? LAB_EXPERIMENTS : null;
}

/** The panel for a level, appended to `parent` (the page grid gives it a column), or null when it opens none. */
export function mountExperiments(
  parent: HTMLElement,
  i18n: I18n,
  level: PlayLevel,
  host: ExperimentHost,
  onChange: () => void,
): ExperimentsPanel | null {
  const setup = experimentSetupFor(level);
  if (!setup || !ExperimentsPanel.wanted(setup)) return null;
  return new ExperimentsPanel(parent, i18n, host, setup, onChange);
}
