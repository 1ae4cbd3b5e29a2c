/** What the play screen and the arena are shown: plain data built from the session. */
import type { LabLevel } from '../app/play/labLevels';
import type { PlayLevel } from '../app/play/levels';
import type { PlaySession } from '../app/play/session';
import type { ArenaState } from '../game/arena/types';
import type { ExampleSource, PlayView } from '../ui/play/model';
import type { ForageDemo } from './forageDemo';

const HINTS = { pattern: 'evolve.mothHint', forage: 'evolve.pickHint', sort: 'evolve.pickHint' } as const;

export function gaussianRate(s: PlaySession): number {
  return s.evolutionConfig.mutation.rate;
}

export function gaussianSize(s: PlaySession): number {
  const m = s.evolutionConfig.mutation;
  return m.kind === 'gaussian' ? m.size : 0.3;
}

export interface PlayViewExtras {
  readonly source: ExampleSource;
  readonly demo: ForageDemo | null;
  /** The creature the microscope and the family line follow. */
  readonly focusId: number | null;
  readonly geneSelected: boolean;
}

export function playView(s: PlaySession, level: PlayLevel, x: PlayViewExtras): PlayView {
  const opt = s.trainerConfig.optimizer;
  const loss = s.losses.length > 0 ? (s.losses[s.losses.length - 1] as number) : NaN;
  const lab = 'titleKey' in level ? (level as LabLevel) : null;
  return {
    titleKey: lab ? lab.titleKey : `level.${level.task.kind}.title`,
    titleName: lab ? lab.nameKey : null,
    mode: s.mode,
    generation: s.generation,
    bestFitness: s.bestFitness,
    step: s.steps,
    loss,
    status: s.trainStatus === 'diverged' ? 'diverged' : s.running || s.turbo ? 'running' : 'idle',
    busy: s.busy,
    turbo: s.turbo,
    running: s.running,
    chosenCount: s.chosen.size,
    hintKey: HINTS[level.task.kind],
    mutationRate: gaussianRate(s),
    mutationSize: gaussianSize(s),
    crossover: s.evolutionConfig.crossover !== 'none',
    logLearningRate: Math.log10(opt.learningRate),
    momentum: opt.momentum ?? 0.9,
    optimiser: opt.kind === 'nesterov' ? 'momentum' : opt.kind,
    batchSize: s.trainerConfig.batchSize,
    source: x.source,
    demoAvailable: x.demo !== null,
    demoCount: x.demo?.count() ?? 0,
    family:
      x.focusId === null
        ? []
        : s.familyLine(x.focusId, 6).map((r) => ({ id: r.id, eventKey: `event.${r.event}` as const })),
    geneSelected: x.geneSelected,
  };
}

export function arenaStateOf(s: PlaySession, generationKey: number, version: number, glitch: boolean): ArenaState {
  const pop = s.evo.population;
  const creatures = [];
  for (let p = 0; p < pop.count; p++) {
    const id = pop.ids[p] as number;
    creatures.push({ id, genome: pop.genome(p), fitness: pop.fitness[p] as number, chosen: s.chosen.has(id) });
  }
  return { mode: s.mode, creatures, trainee: s.trainee, generationKey, version, glitch };
}
