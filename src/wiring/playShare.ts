/**
 * The play screen's sharing: which creature Share shows (the trainee, or the one in the
 * microscope, under its name if it came from outside), how a creature from outside comes in (it
 * joins, or starts a new population) and becomes the one in view, and the class's common ancestor
 * that a level starts from.
 */
import type { PlayLevel } from '../app/play/levels';
import type { PlaySession } from '../app/play/session';
import type { Creature } from '../core/codec/sharecode';
import type { PlayActions } from '../ui/play/model';
import type { PlayWiringDeps } from './play';

export interface PlayFocus {
  /** The creature in the microscope (evolve mode), or null. */
  focused(): number | null;
  /** Look at this creature. */
  focus(id: number): void;
  refresh(): void;
}

export class PlayShare {
  /** Names of creatures that came in from outside (shares, files, the shelf, the ancestor), by id. */
  private readonly names = new Map<number, string>();

  constructor(
    private readonly level: PlayLevel,
    private readonly deps: PlayWiringDeps,
    private readonly session: PlaySession,
    private readonly view: PlayFocus,
  ) {}

  /** The session started from the class's common ancestor (slot 0): look at it, under its name. */
  welcomeAncestor(ancestor: Creature): void {
    this.welcome(this.session.evo.population.ids[0] ?? null, ancestor.name);
  }

  private welcome(id: number | null, name: string): void {
    if (id === null) return;
    this.view.focus(id);
    if (name) this.names.set(id, name);
  }

  actions(): Pick<PlayActions, 'share' | 'bringIn'> {
    const sharing = this.deps.sharing;
    if (!sharing) return {};
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    const s = this.session;
    return {
      share: () => {
        const trainee = s.mode === 'train' ? s.trainee : null;
        const id = trainee ? trainee.id : this.view.focused();
        const p = id === null ? -1 : s.evo.population.indexOf(id);
        const genome = trainee ? trainee.genome : p >= 0 ? s.evo.population.genome(p) : null;
        if (id === null || !genome) return;
        sharing.share(this.level, genome.slice(), this.names.get(id) ?? t('arena.contestant', { n: id }));
      },
      bringIn: () =>
        sharing.bringIn(this.level, (creature, how) => {
          void s.importCreature(creature.genome, how).then((id) => {
            this.welcome(id, creature.name);
            if (id !== null) sharing.notify('import.joined', { name: creature.name || t('import.unnamed') });
            this.view.refresh();
          });
        }),
    };
  }
}
