/** What the play screen and the arena are shown: plain data built from the session. */
import type { MessageKey } from '../app/i18n';
import type { LabLevel } from '../app/play/labLevels';
import type { PlayLevel } from '../app/play/levels';
import type { PlaySession } from '../app/play/session';
import type { ArenaState } from '../game/arena/types';
import type { ExampleSource, PlayView } from '../ui/play/model';
import type { ForageDemo } from './forageDemo';

/**
 * What tapping a creature in evolve mode does, in the level's words: with natural selection (any
 * selection but the player's) a tap only looks; with the player's selection the picks breed — except
 * in a picture world, where a picked creature is eaten (moths on bark) or culled, and the rest breed.
 */
export function evolveHintKey(level: PlayLevel): MessageKey {
  if ((level.evolution.selection?.kind ?? 'player') !== 'player') return 'lessons.hint.natural';
  if (level.task.kind !== 'pattern') return 'evolve.pickHint';
  return level.task.target.type === 'texture' ? 'evolve.mothHint' : 'lessons.hint.cull';
}

/** What the play screen says once creatures are tapped: the word for what a tap does in this level. */
export function evolveTapKey(level: PlayLevel): MessageKey {
  const hint = evolveHintKey(level);
  if (hint === 'lessons.hint.natural') return 'tap.looking';
  if (hint === 'evolve.mothHint') return 'tap.eaten';
  return hint === 'lessons.hint.cull' ? 'tap.culled' : 'evolve.chosen';
}

/** With natural selection a tap only looks: one creature at a time, and it is not marked as eaten. */
export function tapOnlyLooks(level: PlayLevel): boolean {
  return evolveHintKey(level) === 'lessons.hint.natural';
}

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
    titleTexts: level.level?.texts ?? null,
    modes: level.level?.modes ?? ['evolve', 'train'],
    controls: level.level?.controls ?? null,
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
    hintKey: evolveHintKey(level),
    tapKey: evolveTapKey(level),
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

/** `markChosen` false: the picks are not drawn as picked (a picture world where a tap only looks). */
export function arenaStateOf(
  s: PlaySession,
  generationKey: number,
  version: number,
  glitch: boolean,
  markChosen = true,
): ArenaState {
  const pop = s.evo.population;
  const creatures = [];
  for (let p = 0; p < pop.count; p++) {
    const id = pop.ids[p] as number;
    const chosen = markChosen && s.chosen.has(id);
    creatures.push({ id, genome: pop.genome(p), fitness: pop.fitness[p] as number, chosen });
  }
  return { mode: s.mode, creatures, trainee: s.trainee, generationKey, version, glitch };
}

/** The loss tone's pitch, 0…1: the last loss against the run's first (high pitch = high loss). */
export function lossTonePitch(losses: readonly number[]): number {
  const loss = losses[losses.length - 1] ?? NaN;
  const first = losses[0] ?? loss;
  return Number.isFinite(loss) && first > 0 ? Math.min(1, Math.max(0, loss / first)) : 1;
}

/**
 * The newborn the microscope follows after a generation: the fittest child of the focused creature,
 * else the fittest newborn; with the genome of its parent (to flash the mutated bases against).
 */
export function newbornToFollow(
  s: PlaySession,
  before: ReadonlyMap<number, Float32Array>,
  focusId: number | null,
): { id: number; parentGenome: Float32Array | null } | null {
  const pop = s.evo.population;
  let pick = -1;
  let pickFitness = -Infinity;
  let fromFocus = false;
  for (let p = 0; p < pop.count; p++) {
    const id = pop.ids[p] as number;
    if (before.has(id)) continue;
    const parent = s.lineage.get(id)?.parentA ?? -1;
    const isChildOfFocus = parent === focusId;
    const f = pop.fitness[p] as number;
    if ((isChildOfFocus && !fromFocus) || (isChildOfFocus === fromFocus && f > pickFitness)) {
      pick = p;
      pickFitness = f;
      fromFocus = isChildOfFocus;
    }
  }
  if (pick < 0) return null;
  const id = pop.ids[pick] as number;
  return { id, parentGenome: before.get(s.lineage.get(id)?.parentA ?? -1) ?? null };
}
