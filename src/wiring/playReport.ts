/**
 * What a level tells beyond the screen: the `?inspect` snapshot and probe that browser tests read,
 * and the polite live-region line a screen reader hears after each generation or training chunk.
 */
import type { I18n } from '../app/i18n';
import type { InspectProbe, Inspector } from '../app/inspect';
import type { PlaySession } from '../app/play/session';
import type { LiveRegion } from '../ui/liveRegion';
import type { MicroscopeHost } from './microscopeHost';

/** The last loss of the training run, or null before the first step. */
function lastLoss(s: PlaySession): number | null {
  return s.losses.length > 0 ? (s.losses[s.losses.length - 1] as number) : null;
}

/** Updates the inspector's snapshot and says the generation (evolve) or step (train) in the live region. */
export function reportPlayState(
  inspector: Inspector,
  live: LiveRegion,
  i18n: I18n,
  s: PlaySession,
  focusId: number | null,
): void {
  const loss = lastLoss(s);
  inspector.update({
    mode: s.mode,
    generation: s.generation,
    bestFitness: Number.isFinite(s.bestFitness) ? s.bestFitness : null,
    step: s.steps,
    loss: loss !== null && Number.isFinite(loss) ? loss : null,
    status: s.trainStatus === 'diverged' ? 'diverged' : s.running || s.turbo ? 'running' : 'idle',
    creatureId: focusId,
  });
  const t = i18n.t.bind(i18n);
  live.say(
    s.mode === 'evolve'
      ? t('live.generation', { n: s.generation, value: i18n.number(s.bestFitness, 3) })
      : t('live.step', { n: s.steps, value: loss === null ? '–' : i18n.number(loss, 4) }),
  );
}

/** The read-only queries tests ask an open level: where a gene or a creature is, which are on screen. */
export function playProbe(
  session: PlaySession,
  microscope: MicroscopeHost,
  creaturePoint: (id: number) => { x: number; y: number; r?: number } | null,
): InspectProbe {
  return {
    genePoint: (index) => microscope.genePagePoint(index),
    creaturePoint,
    creatureIds: () => {
      const pop = session.evo.population;
      return session.mode === 'train' && session.trainee ? [session.trainee.id] : Array.from(pop.ids);
    },
    familyLine: (id) => session.familyLine(id).map((r) => ({ id: r.id, event: r.event })),
    panels: () => microscope.panelPageRects(),
  };
}
