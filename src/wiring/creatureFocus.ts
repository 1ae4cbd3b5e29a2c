/**
 * Which creature the player looks at in a level: the one last tapped or followed after a
 * generation (else the fittest), or the trainee while training. Gene edits from the brain view and
 * the experiments land on it, and the kiosk's take-home copies it.
 */
import type { PlayLevel } from '../app/play/levels';
import type { PlaySession } from '../app/play/session';
import type { NetworkSpec } from '../core/network';
import type { TaskKind } from '../core/tasks/task';
import type { MicroscopeHost } from './microscopeHost';
import { newbornToFollow } from './playView';

/** Two edits of the same gene closer than this (ms) are one drag: one step in the family line. */
const SAME_DRAG_MS = 800;

export class CreatureFocus {
  /** The creature the player picked or the microscope followed; null (or gone): the fittest. */
  id: number | null = null;
  private lastEdit = { index: -1, at: 0 };

  constructor(
    private readonly session: () => PlaySession | null,
    private readonly level: PlayLevel,
    private readonly microscope: MicroscopeHost,
    private readonly refresh: () => void,
  ) {}

  /** The focused living creature's id (evolve), else the fittest's. */
  creature(): number | null {
    const s = this.session();
    if (!s) return null;
    if (this.id !== null && s.evo.population.indexOf(this.id) >= 0) return this.id;
    return s.evo.best().id;
  }

  /** The focused creature (the trainee in train mode) and its genome. */
  genome(): { id: number; genome: Float32Array } | null {
    const s = this.session();
    if (!s) return null;
    if (s.mode === 'train') return s.trainee;
    const id = this.creature();
    const p = id === null ? -1 : s.evo.population.indexOf(id);
    return id === null || p < 0 ? null : { id, genome: s.evo.population.genome(p) };
  }

  /** A drag in the brain view (levels that open the gene editor, and the Lab). */
  editFromBrain(index: number, value: number): void {
    if (this.level.level && !this.level.level.controls.includes('geneEditor')) return;
    this.applyEdit(index, value);
  }

  /** Sets one weight of the focused creature (a drag in the brain view, a base edit). */
  applyEdit(index: number, value: number): void {
    const s = this.session();
    if (!s) return;
    const id = s.mode === 'train' ? (s.trainee?.id ?? -1) : this.creature();
    if (id === null) return;
    const now = performance.now();
    const continuing = this.lastEdit.index === index && now - this.lastEdit.at < SAME_DRAG_MS;
    this.lastEdit = { index, at: now };
    const slot = s.mode === 'evolve' ? s.evo.population.indexOf(id) : -1;
    void s.editWeight(id, index, value, continuing).then((done) => {
      // An edited creature is a new one in the same slot: keep it in the microscope.
      if (done && slot >= 0) {
        this.id = s.evo.population.ids[slot] ?? null;
        this.refresh();
      }
    });
  }

  /**
   * After a generation the microscope follows a newborn: the fittest child of the creature the
   * player was looking at, else the fittest newborn; its mutated bases flash against its parent.
   */
  followNewborn(s: PlaySession, before: Map<number, Float32Array>): void {
    const pick = newbornToFollow(s, before, this.id);
    if (pick === null) return;
    this.id = pick.id;
    this.microscope.flashAgainst(pick.parentGenome);
  }

  /** The creature the player looks at (the trainee while training), a copy. */
  onScreen(): { spec: NetworkSpec; genome: Float32Array; task: TaskKind } | null {
    const s = this.session();
    if (!s) return null;
    const id = s.mode === 'train' ? null : this.creature();
    const p = id === null ? -1 : s.evo.population.indexOf(id);
    const genome = s.mode === 'train' ? s.trainee?.genome : p >= 0 ? s.evo.population.genome(p) : undefined;
    return genome ? { spec: this.level.spec, genome: genome.slice(), task: this.level.task.kind } : null;
  }
}
